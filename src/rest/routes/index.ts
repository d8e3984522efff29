// Every REST route the server serves.
import type { RestRoute } from "../route.js";
import { agentRoutes } from "./agents.js";
import { channelRoutes } from "./channels.js";
import { orchestratorRoutes } from "./orchestrator.js";
import { sessionRoutes } from "./sessions.js";
import { systemRoutes } from "./system.js";

export const restRoutes: readonly RestRoute[] = [...agentRoutes, ...sessionRoutes, ...channelRoutes, ...orchestratorRoutes, ...systemRoutes];
