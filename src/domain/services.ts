// The application's services, each a factory with explicit dependencies.
import type { Clock } from "../clock.js";
import type { Db } from "../db.js";
import type { Events } from "../events.js";
import type { Logger } from "../logger.js";
import { createAgentService } from "./agents/service.js";
import { createAuthService } from "./auth/service.js";

export interface ServiceDeps {
  db: Db;
  events: Events;
  clock: Clock;
  logger: Logger;
  jwtSecret: string | null;
}

export function createServices(deps: ServiceDeps) {
  return {
    auth: createAuthService(deps),
    agents: createAgentService(deps),
  };
}

export type Services = ReturnType<typeof createServices>;
