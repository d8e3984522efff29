// Sockets and streams honour credentials while they are open: revoking an API key, a key reaching
// its expiry, a login's refresh-token family being revoked, or an access token expiring closes every
// graphql-ws socket opened with it (4403, with the reason) and ends its SSE streams — on every
// instance, through the pub/sub the events use.
import { randomBytes } from "node:crypto";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCodes, gql, gqlOk } from "./support/client.js";
import { hours, minutes } from "./support/clock.js";
import { AgentStatusChanged, CreateAgent, CreateApiKey, CreateUser, Login, RefreshToken, RevokeApiKey, StartAgent, StopAgent, Viewer } from "./support/documents.js";
import { freshDatabase, startServer, type TestServer } from "./support/server.js";
import { eventually, subscribeOpen } from "./support/ws.js";

/** The target is one second; this only keeps a busy test machine from failing the test. */
const CLOSED_WITHIN_MS = 5000;

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

async function newAgent(target: TestServer = server) {
  return (await gqlOk(target, CreateAgent, { input: { name: `watched-${randomBytes(4).toString("hex")}`, type: "t" } })).createAgent.agent.id;
}

async function newKey(target: TestServer = server, expiresAt?: Date) {
  const { createApiKey } = await gqlOk(target, CreateApiKey, {
    input: { name: `live-${randomBytes(3).toString("hex")}`, roles: ["AGENT_MANAGER"], expiresAt: expiresAt?.toISOString() },
  });
  return { id: createApiKey.apiKey.id, authorization: `ApiKey ${createApiKey.secret}` };
}

async function newLogin(target: TestServer = server) {
  const email = `live-${randomBytes(4).toString("hex")}@example.com`;
  const password = "correct horse battery staple";
  await gqlOk(target, CreateUser, { input: { email, name: "Live", password, roles: ["AGENT_MANAGER"] } });
  return (await gqlOk(target, Login, { email, password }, { auth: null })).login;
}

/** A real graphql-ws client that expects to be closed (no console noise when it is). */
function wsClient(target: TestServer, authorization: string): Client {
  return createClient({ url: target.wsUrl, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, connectionParams: { authorization }, onNonLazyError: () => undefined });
}

/** A graphql-ws socket with its close frame observed, subscribed to one agent's status changes. */
async function watchedSocket(target: TestServer, authorization: string, agentId: string) {
  const client = wsClient(target, authorization);
  const closed = new Promise<{ code: number; reason: string; at: number }>((resolve) =>
    client.on("closed", (event) => {
      const { code, reason } = event as { code: number; reason: string };
      resolve({ code, reason, at: performance.now() });
    }),
  );
  const sub = await subscribeOpen(target, client, AgentStatusChanged, { agentId });
  return { client, closed, sub };
}

async function closedWith(socket: { closed: Promise<{ code: number; reason: string; at: number }> }) {
  return Promise.race([
    socket.closed,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`socket still open after ${CLOSED_WITHIN_MS} ms`)), CLOSED_WITHIN_MS)),
  ]);
}

/** An SSE subscription read as a client reads it, over real HTTP. */
async function sseStream(target: TestServer, authorization: string, agentId: string) {
  const opened = target.app.events.subscriptionsOpened();
  const response = await fetch(`${target.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "text/event-stream", authorization },
    body: JSON.stringify({ query: AgentStatusChanged.toString(), variables: { agentId } }),
  });
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  await expect.poll(() => target.app.events.subscriptionsOpened()).toBeGreaterThan(opened);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let ended = false;
  return {
    text: () => text,
    /** Reads until `predicate` holds of everything read so far, or the stream ends. */
    async readUntil(predicate: (text: string) => boolean, timeoutMs = CLOSED_WITHIN_MS) {
      const until = Date.now() + timeoutMs;
      while (!predicate(text) && !ended) {
        if (Date.now() > until) throw new Error(`SSE: condition not met in ${timeoutMs} ms; read so far: ${text}`);
        const chunk = await reader.read();
        if (chunk.done) ended = true;
        else text += decoder.decode(chunk.value, { stream: true });
      }
      return text;
    },
    ended: () => ended,
    cancel: () => reader.cancel().catch(() => undefined),
  };
}

describe("graphql-ws sockets end with their credential", () => {
  it("revoking an API key closes its open socket with 4403 'API key revoked'; the next event is not delivered", async () => {
    const agentId = await newAgent();
    const key = await newKey();
    const revokedSocket = await watchedSocket(server, key.authorization, agentId);
    const bystander = await watchedSocket(server, server.admin, agentId); // another credential: stays open
    try {
      await gqlOk(server, StartAgent, { id: agentId });
      expect((await revokedSocket.sub.next()).data!.agentStatusChanged.status).toBe("RUNNING");
      await bystander.sub.next();

      const revokedAt = performance.now();
      await gqlOk(server, RevokeApiKey, { id: key.id });
      const closed = await closedWith(revokedSocket);
      expect(closed).toMatchObject({ code: 4403, reason: "API key revoked" });
      console.info(`revocation → socket closed: ${Math.round(closed.at - revokedAt)} ms (same instance)`);

      await gqlOk(server, StopAgent, { id: agentId });
      expect((await bystander.sub.next()).data!.agentStatusChanged.status).toBe("STOPPED");
      expect(revokedSocket.sub.received).toHaveLength(1);
      // The revoked key cannot open a new socket either.
      const again = wsClient(server, key.authorization);
      const refused = await new Promise<{ code: number }>((resolve) => again.on("closed", (e) => resolve(e as { code: number })));
      expect(refused.code).toBe(4403);
      await again.dispose();
    } finally {
      await revokedSocket.client.dispose();
      await bystander.client.dispose();
    }
  });

  it("an access token that expires while its socket is open closes it with 'access token expired'", async () => {
    const agentId = await newAgent();
    const login = await newLogin();
    const socket = await watchedSocket(server, `Bearer ${login.accessToken}`, agentId);
    try {
      await gqlOk(server, StartAgent, { id: agentId });
      await socket.sub.next();
      server.clock.advance(minutes(59)); // not expired yet: events still arrive
      await gqlOk(server, StopAgent, { id: agentId });
      expect((await socket.sub.next()).data!.agentStatusChanged.status).toBe("STOPPED");
      server.clock.advance(minutes(1) + 1000);
      expect(await closedWith(socket)).toMatchObject({ code: 4403, reason: "access token expired" });
      await gqlOk(server, StartAgent, { id: agentId });
      expect(socket.sub.received).toHaveLength(2);
    } finally {
      await socket.client.dispose();
    }
  });

  it("an API key that reaches its expiresAt closes its socket with 'API key expired'", async () => {
    const agentId = await newAgent();
    const key = await newKey(server, new Date(server.clock.now().getTime() + minutes(10)));
    const socket = await watchedSocket(server, key.authorization, agentId);
    try {
      await gqlOk(server, StartAgent, { id: agentId });
      await socket.sub.next();
      server.clock.advance(minutes(10));
      expect(await closedWith(socket)).toMatchObject({ code: 4403, reason: "API key expired" });
      await gqlOk(server, StopAgent, { id: agentId });
      expect(socket.sub.received).toHaveLength(1);
    } finally {
      await socket.client.dispose();
    }
  });

  it("a reused refresh token revokes its login: sockets opened with that login's access tokens close, the tokens stop working", async () => {
    const agentId = await newAgent();
    const login = await newLogin();
    const socket = await watchedSocket(server, `Bearer ${login.accessToken}`, agentId);
    const otherLogin = await newLogin(); // another family: untouched
    const otherSocket = await watchedSocket(server, `Bearer ${otherLogin.accessToken}`, agentId);
    try {
      await gqlOk(server, StartAgent, { id: agentId });
      await socket.sub.next();
      await otherSocket.sub.next();

      const rotated = (await gqlOk(server, RefreshToken, { refreshToken: login.refreshToken }, { auth: null })).refreshToken;
      expect(errorCodes(await gql(server, RefreshToken, { refreshToken: login.refreshToken }, { auth: null }))).toEqual(["invalid_refresh_token"]);
      expect(await closedWith(socket)).toMatchObject({ code: 4403, reason: "login revoked (refresh token reused)" });

      // Every access token of the revoked login is refused over HTTP too, the rotated one included.
      for (const token of [login.accessToken, rotated.accessToken]) {
        expect(errorCodes(await gql(server, Viewer, {}, { auth: `Bearer ${token}` }))).toEqual(["AUTH_FAILED"]);
      }
      await gqlOk(server, StopAgent, { id: agentId });
      expect((await otherSocket.sub.next()).data!.agentStatusChanged.status).toBe("STOPPED");
      expect(socket.sub.received).toHaveLength(1);
    } finally {
      await socket.client.dispose();
      await otherSocket.client.dispose();
    }
  });

  it("stops watching a socket and its subscriptions once it closes", async () => {
    const agentId = await newAgent();
    await expect.poll(() => server.app.credentials.watching()).toBe(0); // the sockets of earlier tests are gone
    const key = await newKey();
    const socket = await watchedSocket(server, key.authorization, agentId);
    // The socket only: closing it ends its subscriptions, so they need no watch of their own.
    expect(server.app.credentials.watching()).toBe(1);
    await socket.client.dispose();
    await expect.poll(() => server.app.credentials.watching()).toBe(0);
  });
});

describe("SSE streams end with their credential", () => {
  it("revoking the API key ends its SSE stream: a last AUTH_FAILED result naming why, then complete", async () => {
    const agentId = await newAgent();
    const key = await newKey();
    const stream = await sseStream(server, key.authorization, agentId);
    try {
      await gqlOk(server, StartAgent, { id: agentId });
      await stream.readUntil((t) => t.includes('"status":"RUNNING"'));
      const openBefore = server.app.events.openSubscriptions();
      await gqlOk(server, RevokeApiKey, { id: key.id });
      const text = await stream.readUntil((t) => t.includes("event: complete"));
      expect(text).toContain("Subscription ended: API key revoked");
      expect(text).toContain('"code":"AUTH_FAILED"');
      await expect.poll(() => server.app.events.openSubscriptions()).toBeLessThan(openBefore);
      await gqlOk(server, StopAgent, { id: agentId });
      await stream.readUntil(() => false).catch(() => undefined); // to the end of the response
      expect(stream.ended()).toBe(true);
      expect(stream.text()).not.toContain('"status":"STOPPED"');
    } finally {
      await stream.cancel();
    }
  });

  it("an access token that expires ends its SSE stream with 'access token expired'", async () => {
    const agentId = await newAgent();
    const login = await newLogin();
    const stream = await sseStream(server, `Bearer ${login.accessToken}`, agentId);
    try {
      server.clock.advance(hours(1));
      const text = await stream.readUntil((t) => t.includes("event: complete"));
      expect(text).toContain("Subscription ended: access token expired");
    } finally {
      await stream.cancel();
    }
  });
});

const redisUrl = process.env.TEST_REDIS_URL;
if (!redisUrl) it.skip("revocation across instances — skipped: TEST_REDIS_URL is unset");

describe.skipIf(!redisUrl)("across instances (Redis pub/sub)", () => {
  it("revoking a key on instance A closes the socket opened with it on instance B, and ends its SSE stream there", async () => {
    const database = await freshDatabase();
    const namespace = `live-${randomBytes(4).toString("hex")}`;
    const env = { REDIS_URL: redisUrl, ADMIN_API_KEY: "shared-admin-key-for-two-instances-0123" };
    const a = await startServer({ database, env, eventsNamespace: namespace });
    const b = await startServer({ database, env, eventsNamespace: namespace });
    let socket: Awaited<ReturnType<typeof watchedSocket>> | null = null;
    let stream: Awaited<ReturnType<typeof sseStream>> | null = null;
    try {
      const agentId = await newAgent(a);
      const key = await newKey(a);
      socket = await watchedSocket(b, key.authorization, agentId);
      stream = await sseStream(b, key.authorization, agentId);
      await gqlOk(a, StartAgent, { id: agentId });
      await socket.sub.next();
      await stream.readUntil((t) => t.includes('"status":"RUNNING"'));

      const revokedAt = performance.now();
      await gqlOk(a, RevokeApiKey, { id: key.id });
      const closed = await closedWith(socket);
      expect(closed).toMatchObject({ code: 4403, reason: "API key revoked" });
      console.info(`revocation on A → socket on B closed: ${Math.round(closed.at - revokedAt)} ms (Redis pub/sub)`);
      expect(await stream.readUntil((t) => t.includes("event: complete"))).toContain("Subscription ended: API key revoked");

      await gqlOk(a, StopAgent, { id: agentId });
      expect(socket.sub.received).toHaveLength(1);
      await eventually(() => b.app.credentials.watching() === 0);
    } finally {
      await socket?.client.dispose();
      await stream?.cancel();
      await a.stop();
      await b.stop();
    }
  });
});
