// Real-time: the graphql-transport-ws protocol as spoken by the listening server, a real
// graphql-ws client receiving the seed's agent_status_update as agentStatusChanged, and SSE.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { gqlOk } from "./support/client.js";
import { AgentStatusChanged, CreateAgent, StartAgent, StopAgent } from "./support/documents.js";
import { startServer, type TestServer } from "./support/server.js";
import { subscribe, subscribeOpen, wsClient } from "./support/ws.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ env: { WS_CONNECTION_INIT_TIMEOUT_MS: "300", WS_KEEPALIVE_MS: "100" } });
});
afterAll(() => server.stop());

/** A raw protocol connection: send frames, read frames, learn the close code. */
function rawSocket({ autoPong = true } = {}) {
  const socket = new WebSocket(server.wsUrl, "graphql-transport-ws", { autoPong });
  let pings = 0;
  socket.on("ping", () => pings++);
  const messages: any[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on("close", (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  socket.on("message", (data) => messages.push(JSON.parse(data.toString())));
  const opened = new Promise<void>((resolve) => socket.on("open", () => resolve()));
  return {
    messages,
    closed,
    async send(message: unknown) {
      await opened;
      socket.send(typeof message === "string" ? message : JSON.stringify(message));
    },
    async acked(authorization = server.admin) {
      await this.send({ type: "connection_init", payload: { authorization } });
      await expect.poll(() => messages.some((m) => m.type === "connection_ack")).toBe(true);
    },
    close: () => socket.close(),
    pings: () => pings,
    isOpen: () => socket.readyState === WebSocket.OPEN,
  };
}

const subscribeFrame = (id: string) => ({ id, type: "subscribe", payload: { query: AgentStatusChanged.toString(), variables: {} } });

describe("graphql-transport-ws protocol", () => {
  it("closes with 4400 on a message that is not a protocol message", async () => {
    const ws = rawSocket();
    await ws.acked();
    await ws.send("{ this is not json");
    expect((await ws.closed).code).toBe(4400);
  });

  it("closes with 4401 on subscribe before the connection is acknowledged", async () => {
    const ws = rawSocket();
    await ws.send(subscribeFrame("1"));
    expect((await ws.closed).code).toBe(4401);
  });

  it("closes with 4403 when connectionParams.authorization is not a valid credential", async () => {
    const ws = rawSocket();
    await ws.send({ type: "connection_init", payload: { authorization: "ApiKey definitely-not-valid" } });
    expect((await ws.closed).code).toBe(4403);
  });

  it("closes with 4408 when no connection_init arrives in time", async () => {
    const ws = rawSocket();
    expect((await ws.closed).code).toBe(4408);
  });

  it("closes with 4409 when a subscription id is reused while active", async () => {
    const ws = rawSocket();
    await ws.acked();
    await ws.send(subscribeFrame("dup"));
    await ws.send(subscribeFrame("dup"));
    expect((await ws.closed).code).toBe(4409);
  });

  it("closes with 4429 on a second connection_init", async () => {
    const ws = rawSocket();
    await ws.acked();
    await ws.send({ type: "connection_init", payload: { authorization: server.admin } });
    expect((await ws.closed).code).toBe(4429);
  });

  it("drops a socket that stops answering the server's pings (WS_KEEPALIVE_MS), ending its subscriptions", async () => {
    const ws = rawSocket({ autoPong: false });
    await ws.acked();
    const before = server.app.events.openSubscriptions();
    await ws.send(subscribeFrame("silent"));
    await expect.poll(() => server.app.events.openSubscriptions()).toBe(before + 1);
    expect((await ws.closed).code).toBe(1006); // terminated: no close frame for a peer that is gone
    expect(ws.pings()).toBeGreaterThanOrEqual(1);
    await expect.poll(() => server.app.events.openSubscriptions()).toBe(before);
  });

  it("keeps a socket that answers the server's pings open", async () => {
    const ws = rawSocket();
    await ws.acked();
    await expect.poll(() => ws.pings(), { timeout: 5_000 }).toBeGreaterThanOrEqual(3);
    expect(ws.isOpen()).toBe(true);
    ws.close();
  });

  it("answers ping with pong", async () => {
    const ws = rawSocket();
    await ws.acked();
    await ws.send({ type: "ping", payload: { at: 1 } });
    await expect.poll(() => ws.messages.find((m) => m.type === "pong")).toBeTruthy();
    ws.close();
  });
});

describe("agentStatusChanged (the seed's agent_status_update)", () => {
  it("delivers every status change of the agent with previous and new status and time, after the commit", async () => {
    const { createAgent } = await gqlOk(server, CreateAgent, { input: { name: "watched", type: "ceo_mimi" } });
    const other = await gqlOk(server, CreateAgent, { input: { name: "not-watched", type: "ceo_mimi" } });
    const client = wsClient(server);
    const sub = await subscribeOpen(server, client, AgentStatusChanged, { agentId: createAgent.agent.id });

    await gqlOk(server, StartAgent, { id: other.createAgent.agent.id }); // another agent: filtered out
    await gqlOk(server, StartAgent, { id: createAgent.agent.id });
    const started = await sub.next();
    expect(started.data!.agentStatusChanged).toEqual({
      agentId: createAgent.agent.id,
      previousStatus: "CREATED",
      status: "RUNNING",
      changedAt: server.clock.now().toISOString(),
      // Read from the database when the event is delivered: the change was already committed.
      agent: { id: createAgent.agent.id, name: "watched", status: "RUNNING" },
    });

    server.clock.advance(5000);
    await gqlOk(server, StopAgent, { id: createAgent.agent.id });
    const stopped = await sub.next();
    // A fresh context per event: the agent is not served from the first event's cache.
    expect(stopped.data!.agentStatusChanged).toMatchObject({ previousStatus: "RUNNING", status: "STOPPED", agent: { status: "STOPPED" } });
    expect(sub.received).toHaveLength(2);

    sub.unsubscribe();
    await sub.done; // unsubscribing completes cleanly
    await expect.poll(() => server.app.events.openSubscriptions()).toBe(0);
    await client.dispose();
  });

  it("fails with agent_not_found when subscribing to an unknown agent, before any event", async () => {
    const client = wsClient(server);
    const sub = subscribe(client, AgentStatusChanged, { agentId: "agt_unknown" });
    await sub.done;
    expect(sub.received[0]!.errors![0]!.extensions!.code).toBe("agent_not_found");
    expect(server.app.events.openSubscriptions()).toBe(0);
    await client.dispose();
  });

  it("is also served over SSE", async () => {
    const { createAgent } = await gqlOk(server, CreateAgent, { input: { name: "sse-agent", type: "t" } });
    const controller = new AbortController();
    const opened = server.app.events.subscriptionsOpened();
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      signal: controller.signal,
      headers: { "content-type": "application/json", accept: "text/event-stream", authorization: server.admin },
      body: JSON.stringify({ query: AgentStatusChanged.toString(), variables: { agentId: createAgent.agent.id } }),
    });
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    await expect.poll(() => server.app.events.subscriptionsOpened()).toBeGreaterThan(opened);
    await gqlOk(server, StartAgent, { id: createAgent.agent.id });
    const reader = response.body!.getReader();
    let text = "";
    while (!text.includes('"status":"RUNNING"')) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toContain("event: next");
    controller.abort();
  });
});
