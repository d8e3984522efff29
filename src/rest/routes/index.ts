// Every REST route the server serves.
import type { RestRoute } from "../route.js";
import { agentRoutes } from "./agents.js";
import { channelRoutes } from "./channels.js";
import { deprecatedRoutes } from "./deprecated.js";
import { orchestratorRoutes } from "./orchestrator.js";
import { sessionRoutes } from "./sessions.js";
import { systemRoutes } from "./system.js";
import { taskRoutes } from "./tasks.js";
import { workflowRoutes } from "./workflows.js";
import { securityRoutes } from "./security.js";
import { eventRoutes } from "./events.js";
import { batchTeamRoutes } from "./batch-teams.js";
import { v1MoreRoutes } from "./v1-more.js";
import { deploymentRoutes } from "./deployments.js";

export const restRoutes: readonly RestRoute[] = [
  ...agentRoutes,
  ...sessionRoutes,
  ...channelRoutes,
  ...orchestratorRoutes,
  ...systemRoutes,
  ...taskRoutes,
  ...workflowRoutes,
  ...securityRoutes,
  ...deprecatedRoutes,
  ...eventRoutes,
  ...batchTeamRoutes,
  ...v1MoreRoutes,
  ...deploymentRoutes,
];
