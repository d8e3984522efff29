// A plain `ws` client for the legacy WebSocket protocols: every message it receives is kept, tests
// await the next one matching a predicate, and the close code and reason.
import WebSocket from "ws";
import { onCleanup } from "./cleanup.js";
import { EVENT_TIMEOUT_MS } from "./timeouts.js";

type Message = Record<string, any>;

export interface LegacyClient {
  ws: WebSocket;
  received: Message[];
  /** Resolves once the socket is open (rejects if the upgrade is refused). */
  opened: Promise<void>;
  /** The close the client saw. */
  closed: Promise<{ code: number; reason: string }>;
  send(message: unknown): void;
  /** The first unread message matching `predicate`; waits for it. */
  next(predicate?: (m: Message) => boolean, timeoutMs?: number): Promise<Message>;
  close(): void;
}

export function legacyClient(url: string, options: WebSocket.ClientOptions = {}): LegacyClient {
  const ws = new WebSocket(url, options);
  const received: Message[] = [];
  const waiters = new Set<() => void>();
  ws.on("message", (data) => {
    received.push(JSON.parse(String(data)) as Message);
    for (const wake of [...waiters]) wake();
  });
  ws.on("error", () => undefined); // an upgrade refused or a socket cut is what some tests wait for
  const opened = new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("unexpected-response", (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    ws.once("close", () => reject(new Error("closed before opening")));
  });
  opened.catch(() => undefined);
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.once("close", (code, reason) => resolve({ code, reason: String(reason) })));
  const unregister = onCleanup("legacy ws client", () => ws.terminate());
  ws.once("close", unregister);
  return {
    ws,
    received,
    opened,
    closed,
    send: (message) => ws.send(typeof message === "string" ? message : JSON.stringify(message)),
    close: () => ws.close(),
    next(predicate = () => true, timeoutMs = EVENT_TIMEOUT_MS) {
      return new Promise((resolve, reject) => {
        const check = () => {
          for (let i = 0; i < received.length; i++) {
            if (predicate(received[i]!)) {
              const [found] = received.splice(i, 1);
              waiters.delete(check);
              clearTimeout(timer);
              resolve(found!);
              return;
            }
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching message within ${timeoutMs} ms; received ${JSON.stringify(received).slice(0, 500)}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}
