// Every REST route the server serves.
import type { RestRoute } from "../route.js";
import { agentRoutes } from "./agents.js";

export const restRoutes: readonly RestRoute[] = [...agentRoutes];
