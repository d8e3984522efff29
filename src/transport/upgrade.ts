// One owner of the HTTP server's `upgrade` event: each WebSocket path goes to its own server
// (graphql-ws on /graphql, the legacy protocols on theirs); any other path, and every upgrade once
// the server is stopping, is refused with a plain HTTP answer.
import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import type { WebSocketServer } from "ws";

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

// A client that vanished mid-handshake. Not a closure: the listener stays as long as the socket,
// and a closure here would keep the upgrade request (and its headers) with it.
function destroyOnError(this: Duplex): void {
  this.destroy();
}

export function routeUpgrades(httpServer: Server, routes: Record<string, WebSocketServer>) {
  let accepting = true;
  httpServer.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on("error", destroyOnError);
    if (!accepting) return refuse(socket, 503, "Service Unavailable");
    const path = new URL(req.url ?? "/", "http://upgrade").pathname.replace(/\/+$/, "") || "/";
    const wss = routes[path];
    if (!wss) return refuse(socket, 404, "Not Found");
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit("connection", ws, req));
  });
  return {
    /** New upgrades are refused from now on (shutdown). */
    stopAccepting(): void {
      accepting = false;
    },
  };
}
