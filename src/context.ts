// Per request (and per subscription event): who is acting, the request id, the services.
// Services are application singletons; anything that caches (loaders) lives on this object so
// it never outlives one request or one subscription event.
import type { Clock } from "./clock.js";
import type { Db } from "./db.js";
import type { Principal } from "./domain/auth/principal.js";
import type { Services } from "./domain/services.js";

export interface Context {
  requestId: string;
  principal: Principal;
  /** The client's address (socket, or X-Forwarded-For through TRUSTED_PROXIES). */
  clientIp: string;
  services: Services;
  clock: Clock;
  /** For @pothos/plugin-prisma's own relation loading only; resolvers call services, never this. */
  prisma: Db;
}
