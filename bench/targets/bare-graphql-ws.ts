// Baseline: graphql-ws's own server (`useServer`, as shipped) with a one-field subscription and no
// application around it — what the library itself costs per subscriber and per event. Documents
// are parsed once, as yoga's parser cache does for the project. POST /broadcast sends one event to
// every subscriber (the fields of FANOUT_QUERY, resolved from the event object).
import { createServer } from "node:http";
import { buildSchema, parse, type DocumentNode } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import { announce, onCommand } from "../lib/child.js";

const schema = buildSchema(`
  type Query { hello: String }
  type Agent { id: ID! name: String! status: String! }
  type AgentStatusChange { agentId: ID! previousStatus: String! status: String! changedAt: String! agent: Agent }
  type Subscription { agentStatusChanged: AgentStatusChange! }
`);

/** Every open subscriber: its undelivered events, and its wake-up while it waits. */
interface Subscriber {
  queue: unknown[];
  wake: (() => void) | null;
}
const subscribers = new Set<Subscriber>();

function events(): AsyncIterableIterator<unknown> {
  const subscriber: Subscriber = { queue: [], wake: null };
  subscribers.add(subscriber);
  const iterator: AsyncIterableIterator<unknown> = {
    async next() {
      while (!subscriber.queue.length) {
        if (!subscribers.has(subscriber)) return { done: true, value: undefined };
        await new Promise<void>((resolve) => (subscriber.wake = resolve));
      }
      return { done: false, value: { agentStatusChanged: subscriber.queue.shift() } };
    },
    return() {
      subscribers.delete(subscriber);
      subscriber.wake?.();
      return Promise.resolve({ done: true, value: undefined });
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

const documents = new Map<string, DocumentNode>();
let subscriptions = 0;
const wss = new WebSocketServer({ noServer: true });
useServer(
  {
    schema,
    roots: { subscription: { agentStatusChanged: events } },
    onSubscribe: (_ctx, _id, payload) => {
      let document = documents.get(payload.query);
      if (!document) documents.set(payload.query, (document = parse(payload.query)));
      return { schema, document, variableValues: payload.variables, rootValue: { agentStatusChanged: events } };
    },
    onOperation: () => void subscriptions++,
    onComplete: () => void subscriptions--,
  },
  wss,
);

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    const event = JSON.parse(Buffer.concat(chunks).toString());
    for (const subscriber of subscribers) {
      subscriber.queue.push(event);
      subscriber.wake?.();
    }
    res.writeHead(204).end();
  });
});
server.on("upgrade", (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => wss.emit("connection", ws, req)));
onCommand({ subscriptions: () => subscriptions });
server.listen(0, "127.0.0.1", () => announce(server));
