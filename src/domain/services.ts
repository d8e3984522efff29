// The application's services, each a factory with explicit dependencies.
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { Db } from "../db.js";
import type { Events } from "../events.js";
import type { Logger } from "../logger.js";
import { createAgentService } from "./agents/service.js";
import { createAuthService } from "./auth/service.js";
import { createChannelService } from "./channels/service.js";
import { createCatalogue } from "./runtime/catalogue.js";
import { createBuiltinProvider } from "./runtime/providers/builtin.js";
import { createOpenAICompatibleProvider } from "./runtime/providers/openai-compatible.js";
import { createAgentRuntime } from "./runtime/runtime.js";
import { createSessionService } from "./sessions/service.js";
import { createSessionTurns } from "./sessions/turns.js";
import { createUsageService } from "./usage/service.js";

export interface ServiceDeps {
  db: Db;
  events: Events;
  clock: Clock;
  logger: Logger;
  config: Pick<Config, "jwtSecret" | "openai" | "modelCatalogue">;
  startedAt: Date;
}

export function createServices({ db, events, clock, logger, config, startedAt }: ServiceDeps) {
  const catalogue = createCatalogue({ entries: config.modelCatalogue, openai: config.openai });
  const runtime = createAgentRuntime({
    db,
    clock,
    logger,
    catalogue,
    providers: {
      builtin: createBuiltinProvider(),
      ...(config.openai ? { openai: createOpenAICompatibleProvider(config.openai) } : {}),
    },
  });
  return {
    auth: createAuthService({ db, clock, logger, jwtSecret: config.jwtSecret }),
    agents: createAgentService({ db, events, clock }),
    runtime,
    sessions: createSessionService({ db, events, clock, runtime, turns: createSessionTurns(), startedAt }),
    channels: createChannelService({ db, events, clock, logger, runtime }),
    usage: createUsageService({ db }),
  };
}

export type Services = ReturnType<typeof createServices>;
