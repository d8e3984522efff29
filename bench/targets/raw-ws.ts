// Baseline: a raw `ws` broadcast. POST /broadcast sends its body to every open socket, once each —
// the floor for subscription fan-out of the same payload.
import { createServer } from "node:http";
import { WebSocketServer } from "ws";
import { announce, onCommand } from "../lib/child.js";

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    const payload = Buffer.concat(chunks).toString();
    for (const socket of wss.clients) socket.send(payload);
    res.writeHead(204).end();
  });
});
const wss = new WebSocketServer({ server });
onCommand({ sockets: () => wss.clients.size });
server.listen(0, "127.0.0.1", () => announce(server));
