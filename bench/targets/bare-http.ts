// Baseline: the cheapest JSON answer node:http can give — the ceiling for any HTTP route here.
import { createServer } from "node:http";
import { announce } from "../lib/child.js";

const body = JSON.stringify({ data: { hello: "world" } });
const server = createServer((_req, res) => {
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
});
server.listen(0, "127.0.0.1", () => announce(server));
