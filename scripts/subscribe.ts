// npm run subscribe -- '<subscription document>' [variables-json]
// A minimal graphql-ws client for the terminal: prints each event as one JSON line.
// Reads CP_URL (default http://127.0.0.1:4000) and CP_API_KEY from the environment.
import { createClient } from "graphql-ws";
import WebSocket from "ws";

const [query, variables] = process.argv.slice(2);
if (!query) {
  console.error("usage: npm run subscribe -- 'subscription { agentStatusChanged { agentId previousStatus status changedAt } }' [variables-json]");
  process.exit(2);
}
const base = process.env.CP_URL ?? "http://127.0.0.1:4000";
const client = createClient({
  url: `${base.replace(/^http/, "ws")}/graphql`,
  webSocketImpl: WebSocket,
  connectionParams: process.env.CP_API_KEY ? { authorization: `ApiKey ${process.env.CP_API_KEY}` } : {},
  retryAttempts: 0,
});
client.subscribe(
  { query, variables: variables ? JSON.parse(variables) : undefined },
  {
    next: (result) => console.log(JSON.stringify(result)),
    error: (error) => {
      console.error("subscription failed:", error instanceof Error ? error.message : JSON.stringify(error));
      process.exit(1);
    },
    complete: () => process.exit(0),
  },
);
console.error(`subscribed at ${base}/graphql — waiting for events (Ctrl-C to stop)`);
