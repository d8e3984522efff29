// The fake servers tests start (an OpenAI-compatible model, a webhook receiver): on a free loopback
// port, closed after the test or file that started them.
import type http from "node:http";
import type { AddressInfo } from "node:net";
import { onCleanup } from "./cleanup.js";

/**
 * Listens on 127.0.0.1 (a free port). The server keeps idle keep-alive sockets far longer than clients
 * do (undici: 4 s), so a client never sends a request on a socket the server is closing at that instant
 * (ECONNRESET on a busy machine, where timers fire late).
 */
export async function listenLocal(server: http.Server, label: string): Promise<{ port: number; close(): Promise<void> }> {
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const close = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      server.closeAllConnections();
    });
  const unregister = onCleanup(label, close);
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      unregister();
      await close();
    },
  };
}
