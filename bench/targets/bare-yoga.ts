// Baseline: a bare graphql-yoga `{ hello }` server — what the per-request pipeline is compared with.
import { createServer } from "node:http";
import { createSchema, createYoga } from "graphql-yoga";
import { announce } from "../lib/child.js";

const yoga = createYoga({
  schema: createSchema({ typeDefs: "type Query { hello: String! }", resolvers: { Query: { hello: () => "world" } } }),
  logging: false,
  graphiql: false,
  landingPage: false,
});
const server = createServer(yoga);
server.listen(0, "127.0.0.1", () => announce(server));
