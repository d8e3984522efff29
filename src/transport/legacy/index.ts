// The two legacy WebSocket protocols, each on its own WebSocketServer (noServer: the upgrade router
// hands them their sockets), with what shutdown and metrics need to see of them.
import type { IncomingMessage } from "node:http";
import { WebSocketServer, type WebSocket } from "ws";
import { acceptSeed001 } from "./seed001.js";
import { acceptSeed002 } from "./seed002.js";
import { CLOSE, type LegacyDeps, type LegacySocket } from "./socket.js";

export function createLegacySockets(deps: LegacyDeps, maxPayloadBytes: number) {
  const sockets = new Set<LegacySocket>();
  const servers = {
    "/v1/ws": { server: new WebSocketServer({ noServer: true, maxPayload: maxPayloadBytes }), accept: acceptSeed001 },
    "/ws/v1/connect": { server: new WebSocketServer({ noServer: true, maxPayload: maxPayloadBytes }), accept: acceptSeed002 },
  };
  for (const { server, accept } of Object.values(servers)) {
    server.on("connection", (ws: WebSocket, req: IncomingMessage) => accept(ws, req, deps, sockets));
  }
  return {
    /** Path → server, for the upgrade router. */
    servers: Object.fromEntries(Object.entries(servers).map(([path, { server }]) => [path, server])),
    /** Open legacy sockets on this instance (not those already closing). */
    count: () => [...sockets].filter((s) => !s.isClosed).length,
    /** Closes every socket with 1001 (the server is stopping); resolves when all are gone or after `timeoutMs`. */
    async close(timeoutMs = 1_000): Promise<void> {
      for (const socket of [...sockets]) socket.close(CLOSE.goingAway, "server shutting down");
      const until = Date.now() + timeoutMs;
      while (sockets.size && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    },
    terminate(): void {
      for (const socket of [...sockets]) socket.ws.terminate();
      for (const { server } of Object.values(servers)) server.close();
    },
  };
}
