// A real webhook receiver on an ephemeral port: records every delivery and can be told to fail the
// next few, the way a receiver that is down or overloaded does.
import http from "node:http";
import { listenLocal } from "./local-server.js";

export interface ReceivedDelivery {
  headers: http.IncomingHttpHeaders;
  body: string;
  answeredWith: number;
}

export interface WebhookReceiver {
  url: string;
  received: ReceivedDelivery[];
  /** Answer 500 to the next `count` deliveries. */
  failNext(count: number): void;
  close(): Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: ReceivedDelivery[] = [];
  let failures = 0;
  const server = http.createServer(async (req, res) => {
    let body = "";
    for await (const chunk of req) body += chunk;
    const answeredWith = failures > 0 ? 500 : 204;
    if (failures > 0) failures--;
    received.push({ headers: req.headers, body, answeredWith });
    res.writeHead(answeredWith).end();
  });
  const { port, close } = await listenLocal(server, "webhook receiver");
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    failNext: (count) => void (failures = count),
    close,
  };
}
