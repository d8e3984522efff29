// Inputs that cannot crash a request: request bodies (size 413, media type 415, UTF-8 400), JSON
// values (depth and size, VALIDATION_ERROR before any database work) and GraphQL documents (depth,
// aliases, tokens, directives, cost — QUERY_TOO_COMPLEX 400 on HTTP and graphql-ws alike).
import { getIntrospectionQuery } from "graphql";
import { createClient, type Client } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { GRAPHQL_LIMITS } from "../src/graphql/armor.js";
import { JSON_LIMITS } from "../src/domain/json-limits.js";
import { MAX_BODY_BYTES } from "../src/http/request-body.js";
import { restRoutes } from "../src/rest/routes/index.js";
import { errorCodes, gql, gqlOk, rest } from "./support/client.js";
import { AgentStatusChanged, CreateAgent, CreateChannel, CreateSession, ListSessions, SendMessage, StartAgent } from "./support/documents.js";
import { startServer, type TestServer } from "./support/server.js";
import { subscribeOpen, wsClient } from "./support/ws.js";

let server: TestServer;
let agentId: string;
let channelId: string;
beforeAll(async () => {
  server = await startServer();
  agentId = (await gqlOk(server, CreateAgent, { input: { name: "limits", type: "t" } })).createAgent.agent.id;
  channelId = (await gqlOk(server, CreateChannel, { input: { name: "limits", type: "PUBLIC" } })).createChannel.channel.id;
});
afterAll(() => server.stop());

/** `{"a": {"a": … {"leaf": 1}}}`, `levels` objects deep. */
function nested(levels: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: 1 };
  for (let i = 1; i < levels; i++) value = { a: value };
  return value;
}

const rowCounts = async () => ({
  agents: await server.app.db.agent.count(),
  channels: await server.app.db.channel.count(),
  sessions: await server.app.db.session.count(),
  messages: await server.app.db.message.count(),
});

/** POST to /graphql over real HTTP, as a client sends it. */
async function postGraphQL(body: BodyInit, headers: Record<string, string> = {}, init: RequestInit = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", authorization: server.admin, ...headers },
    body,
    ...init,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

const query = (document: string, variables?: unknown) => postGraphQL(JSON.stringify({ query: document, variables }));
const codesOf = (body: { errors?: { extensions?: { code?: unknown } }[] }) => (body.errors ?? []).map((e) => e.extensions?.code);

describe("request bodies", () => {
  it(`refuses a 5 MB body to /graphql with 413 PAYLOAD_TOO_LARGE (limit ${MAX_BODY_BYTES} bytes), declared or streamed`, async () => {
    const big = JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(5 * 1024 * 1024) } });
    const declared = await postGraphQL(big);
    expect(declared.status).toBe(413);
    expect(codesOf(declared.body)).toEqual(["PAYLOAD_TOO_LARGE"]);

    // Without Content-Length (chunked): counted while reading, refused once past the limit.
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 5 * 1024 * 1024) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const streamed = await postGraphQL(stream, {}, { duplex: "half" } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(codesOf(streamed.body)).toEqual(["PAYLOAD_TOO_LARGE"]);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });

  it("refuses a body over the limit on REST routes with 413 in the route's envelope, before any work", async () => {
    const before = await rowCounts();
    const response = await rest(server, "POST", "/api/v1/agents", { rawBody: JSON.stringify({ name: "big", type: "t", pad: "x".repeat(MAX_BODY_BYTES) }) });
    expect(response.status).toBe(413);
    expect(response.body.error).toMatchObject({ code: "PAYLOAD_TOO_LARGE", details: { limit_bytes: MAX_BODY_BYTES } });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses JSON sent as text/plain (or with no Content-Type) with 415 on every REST route that reads a body; nothing is written", async () => {
    const bodyRoutes = restRoutes.filter((r) => ["POST", "PUT", "PATCH"].includes(r.method));
    expect(bodyRoutes.length).toBeGreaterThanOrEqual(10);
    const before = await rowCounts();
    for (const route of bodyRoutes) {
      const path = route.path.replace(/:(\w+)/g, (_, name: string) => (name.includes("agent") ? agentId : name.includes("channel") ? channelId : "xyz_1"));
      for (const headers of [{ "content-type": "text/plain" }, { "content-type": "application/x-www-form-urlencoded" }, {}]) {
        const response = await server.fetch(path, { method: route.method, headers: { authorization: server.admin, ...(headers as Record<string, string>) }, body: JSON.stringify({ name: "plain", type: "t" }) });
        expect({ route: `${route.method} ${route.path}`, headers, status: response.status }).toEqual({ route: `${route.method} ${route.path}`, headers, status: 415 });
        expect(JSON.stringify(await response.json())).toContain("UNSUPPORTED_MEDIA_TYPE");
      }
    }
    expect(await rowCounts()).toEqual(before);
  });

  it("accepts application/json with a UTF-8 charset or a +json type, and an empty body without a Content-Type", async () => {
    const created = await server.fetch("/api/v1/agents", {
      method: "POST",
      headers: { authorization: server.admin, "content-type": "application/json; charset=UTF-8" },
      body: JSON.stringify({ name: "charset-ok", type: "t" }),
    });
    expect(created.status).toBe(201);
    const vendor = await server.fetch("/api/v1/agents", {
      method: "POST",
      headers: { authorization: server.admin, "content-type": "application/vnd.api+json" },
      body: JSON.stringify({ name: "vendor-json", type: "t" }),
    });
    expect(vendor.status).toBe(201);
    const started = await server.fetch(`/api/v1/agents/${(await created.json()).agent_id}/start`, { method: "POST", headers: { authorization: server.admin } });
    expect(started.status).toBe(200);
    const latin1 = await server.fetch("/api/v1/agents", {
      method: "POST",
      headers: { authorization: server.admin, "content-type": "application/json; charset=iso-8859-1" },
      body: JSON.stringify({ name: "latin", type: "t" }),
    });
    expect(latin1.status).toBe(415);
  });

  it("refuses invalid UTF-8 with 400 instead of storing U+FFFD, on REST and /graphql", async () => {
    const before = await rowCounts();
    const invalid = Buffer.concat([Buffer.from('{"content":"bad-'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    const viaRest = await fetch(`${server.url}/api/v1/channels/${channelId}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: server.admin },
      body: invalid,
    });
    expect(viaRest.status).toBe(400);
    expect((await viaRest.json()).error).toMatchObject({ code: "VALIDATION_ERROR", message: "Request body is not valid UTF-8" });

    const operation = Buffer.from(JSON.stringify({ query: SendMessage.toString(), variables: { input: { channelId, content: "CONTENT" } } }));
    const at = operation.indexOf("CONTENT");
    const viaGraphQL = await postGraphQL(Buffer.concat([operation.subarray(0, at), Buffer.from([0xc3, 0x28]), operation.subarray(at)]));
    expect(viaGraphQL.status).toBe(400);
    expect(codesOf(viaGraphQL.body)).toEqual(["VALIDATION_ERROR"]);
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a malformed percent-escape in a REST path with 400, not 500", async () => {
    const response = await rest(server, "GET", "/api/v1/agents/%E0%A4%A");
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("VALIDATION_ERROR");
  });
});

describe(`JSON inputs (at most ${JSON_LIMITS.maxDepth} levels, ${JSON_LIMITS.maxBytes} bytes)`, () => {
  it("refuses a session context 500 levels deep with 400 VALIDATION_ERROR on REST (was a Prisma 500); nothing is written", async () => {
    const before = await rowCounts();
    const deep = await rest(server, "POST", "/api/v1/sessions", { body: { agent_id: agentId, context: nested(500) } });
    expect(deep.status).toBe(400);
    expect(deep.body.error.code).toBe("VALIDATION_ERROR");
    const tooDeep = await rest(server, "POST", "/api/v1/sessions", { body: { agent_id: agentId, context: nested(JSON_LIMITS.maxDepth + 1) } });
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.body.error).toMatchObject({ code: "VALIDATION_ERROR", details: { fields: [{ field: "context", message: "JSON must not nest deeper than 32 levels" }] } });
    expect(await rowCounts()).toEqual(before);

    const atLimit = await rest(server, "POST", "/api/v1/sessions", { body: { agent_id: agentId, context: nested(JSON_LIMITS.maxDepth) } });
    expect(atLimit.status).toBe(201);
  });

  it("refuses the same through GraphQL variables and literals with VALIDATION_ERROR, before the resolver runs", async () => {
    const before = await rowCounts();
    const viaVariables = await gql(server, CreateSession, { input: { agentId, context: nested(500) } });
    expect(viaVariables.status).toBe(400);
    expect(errorCodes(viaVariables)).toEqual(["VALIDATION_ERROR"]);
    expect(viaVariables.errors![0]!.message).toContain('at "input.context"; JSON must not nest deeper than 32 levels');

    const literal = JSON.stringify(nested(40)).replace(/"(\w+)":/g, "$1:");
    const viaLiteral = await query(`mutation { createSession(input: { agentId: "${agentId}", context: ${literal} }) { session { id } } }`);
    expect(codesOf(viaLiteral.body)).toEqual(["VALIDATION_ERROR"]);
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses message metadata over the size limit with the route's own code", async () => {
    const big = { blob: "x".repeat(JSON_LIMITS.maxBytes) };
    const response = await rest(server, "POST", `/api/v1/channels/${channelId}/messages`, { body: { content: "hi", metadata: big } });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: "invalid_message_content", details: { fields: [{ field: "metadata" }] } });
  });
});

/** An operation `levels` selections deep: message → channel → messages → edges → node → … */
function deepQuery(levels: number): string {
  let selection = "id";
  let depth = 1;
  while (depth + 4 <= levels - 2) {
    selection = `channel { messages { edges { node { ${selection} } } } }`;
    depth += 4;
  }
  return `{ node(id: "msg_none") { ... on Message { ${selection} } } }`;
}

describe("GraphQL abuse limits", () => {
  it(`refuses a query 55 levels deep with 400 QUERY_TOO_COMPLEX (limit ${GRAPHQL_LIMITS.maxDepth})`, async () => {
    const result = await query(deepQuery(55));
    expect(result.status).toBe(400);
    expect(codesOf(result.body)).toEqual(["QUERY_TOO_COMPLEX"]);
    expect(result.body.errors[0].message).toMatch(/depth limit of 12 exceeded/);
  });

  it("refuses 1,000 aliases (and 16) with 400 QUERY_TOO_COMPLEX", async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: agents(first: 1) { totalCount }`).join(" ")} }`;
    const thousand = await query(aliases(1000));
    expect(thousand.status).toBe(400);
    expect(codesOf(thousand.body)).toEqual(["QUERY_TOO_COMPLEX"]); // the token limit stops it while parsing
    const sixteen = await query(aliases(16));
    expect(sixteen.status).toBe(400);
    expect(sixteen.body.errors[0].message).toMatch(/Aliases limit of 15 exceeded, found 16/);
    expect((await query(aliases(15))).body.errors).toBeUndefined();
  });

  it("refuses too many tokens and directives with 400 QUERY_TOO_COMPLEX", async () => {
    const tokens = await query(`{ ${"__typename ".repeat(GRAPHQL_LIMITS.maxTokens)} }`);
    expect([tokens.status, tokens.body.errors[0].message]).toEqual([400, "Syntax Error: Token limit of 1000 exceeded."]);
    const directives = await query(`{ __typename ${"@include(if: true) ".repeat(GRAPHQL_LIMITS.maxDirectives + 1)} }`);
    expect(directives.status).toBe(400);
    expect(directives.body.errors[0].message).toMatch(/Directives limit of 10 exceeded/);
  });

  it("prices lists by their page sizes, given as literals, variables or defaults: a list of lists is refused", async () => {
    const listOfLists = "sessions(first: $n) { edges { node { messages(first: $n) { edges { node { id content } } } } } }";
    const byVariables = await query(`query($n: Int) { ${listOfLists} }`, { n: 150 });
    expect(byVariables.status).toBe(400);
    expect(byVariables.body.errors[0]).toMatchObject({ extensions: { code: "QUERY_TOO_COMPLEX" }, message: expect.stringContaining(`Cost limit of ${GRAPHQL_LIMITS.maxCost} exceeded`) });
    const byLiterals = await query(`{ ${listOfLists.replaceAll("$n", "150")} }`);
    expect(codesOf(byLiterals.body)).toEqual(["QUERY_TOO_COMPLEX"]);
    const smallPages = await query(`query($n: Int) { ${listOfLists} }`, { n: 10 });
    expect(smallPages.body.errors).toBeUndefined();
    // The costliest operation the suite sends, at the largest page: accepted.
    expect((await gql(server, ListSessions, { first: 100 })).errors).toBeUndefined();
  });

  it("lets GraphiQL's introspection query through", async () => {
    const introspection = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
    const result = await query(introspection);
    expect(result.status).toBe(200);
    expect(result.body.data.__schema.types.length).toBeGreaterThan(50);
  });

  it("refuses batched requests (batching is off)", async () => {
    const result = await postGraphQL(JSON.stringify([{ query: "{ __typename }" }, { query: "{ __typename }" }]));
    expect(result.status).toBe(400);
  });

  it("keeps answering /health while it refuses a burst of hostile documents", async () => {
    const hostile = [deepQuery(55), `{ ${"__typename ".repeat(5000)} }`, `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: agents { totalCount }`).join(" ")} }`];
    const burst = Array.from({ length: 30 }, (_, i) => query(hostile[i % hostile.length]!));
    const health = Array.from({ length: 5 }, () => fetch(`${server.url}/health`).then((r) => r.status));
    const refused = await Promise.all(burst);
    expect(new Set(refused.map((r) => r.status))).toEqual(new Set([400]));
    expect(await Promise.all(health)).toEqual([200, 200, 200, 200, 200]);
  });
});

describe("the same limits over graphql-ws", () => {
  let client: Client;
  beforeAll(() => {
    client = wsClient(server);
  });
  afterAll(() => client.dispose());

  /** The error codes an operation over the socket ends with (graphql-ws `error` message, or errors in a result). */
  function wsErrorCodes(document: string, variables?: Record<string, unknown>): Promise<unknown[]> {
    return new Promise((resolve) => {
      const codes: unknown[] = [];
      const collect = (errors: readonly { extensions?: { code?: unknown } }[] | undefined) => codes.push(...(errors ?? []).map((e) => e.extensions?.code));
      client.subscribe(
        { query: document, variables },
        {
          next: (result) => collect(result.errors as never),
          error: (error) => (collect(Array.isArray(error) ? error : []), resolve(codes)),
          complete: () => resolve(codes),
        },
      );
    });
  }

  it("refuses a deep operation, too many aliases and a list of lists with QUERY_TOO_COMPLEX; the socket stays usable", async () => {
    expect(await wsErrorCodes(deepQuery(55))).toEqual(["QUERY_TOO_COMPLEX"]);
    expect(await wsErrorCodes(`{ ${Array.from({ length: 16 }, (_, i) => `a${i}: agents(first: 1) { totalCount }`).join(" ")} }`)).toEqual(["QUERY_TOO_COMPLEX"]);
    const listOfLists = "query($n: Int) { sessions(first: $n) { edges { node { messages(first: $n) { edges { node { id } } } } } } }";
    expect(await wsErrorCodes(listOfLists, { n: 150 })).toEqual(["QUERY_TOO_COMPLEX"]);
    expect(await wsErrorCodes(listOfLists, { n: 5 })).toEqual([]);

    // Still open: a subscription on the same socket works.
    const sub = await subscribeOpen(server, client, AgentStatusChanged, { agentId });
    await gqlOk(server, StartAgent, { id: agentId });
    expect((await sub.next()).data!.agentStatusChanged.status).toBe("RUNNING");
    sub.unsubscribe();
  });

  it("refuses a JSON variable over the limits with VALIDATION_ERROR", async () => {
    expect(await wsErrorCodes(CreateSession.toString(), { input: { agentId, context: nested(100) } })).toEqual(["VALIDATION_ERROR"]);
  });

  it(`closes a socket that sends a message over ${MAX_BODY_BYTES} bytes with 1009`, async () => {
    const big = createClient({ url: server.wsUrl, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, connectionParams: { authorization: server.admin }, onNonLazyError: () => undefined });
    const closed = new Promise<number>((resolve) => big.on("closed", (e) => resolve((e as { code: number }).code)));
    big.subscribe({ query: "{ __typename }", variables: { pad: "x".repeat(MAX_BODY_BYTES + 1) } }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    expect(await closed).toBe(1009);
    await big.dispose();
  });
});
