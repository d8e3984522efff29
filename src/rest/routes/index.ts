// Every REST route the server serves.
import type { RestRoute } from "../route.js";
import { agentRoutes } from "./agents.js";
import { channelRoutes } from "./channels.js";
import { sessionRoutes } from "./sessions.js";

export const restRoutes: readonly RestRoute[] = [...agentRoutes, ...sessionRoutes, ...channelRoutes];
