// Property-based fuzzing (fast-check) of every REST route (read from the route table) and every
// mutation (read from the schema): malformed and hostile bodies, path parameters, query strings and
// variables — wrong types, nulls, huge and deep JSON, odd Unicode, prototype-pollution keys, SQL-ish
// strings, invalid ids, invalid UTF-8, wrong media types. Whatever is sent: no 5xx, the documented
// error envelope, and nothing written when the input is refused. A new route or mutation is fuzzed
// without touching this file. Reproduce a failure with FUZZ_SEED=<seed printed by fast-check>.
import fc from "fast-check";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  typeFromAST,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isErrorCode } from "../src/errors.js";
import { schema } from "../src/graphql/schema.js";
import { envelope, type ErrorFormat } from "../src/rest/error-formats.js";
import { toSnake } from "../src/rest/case.js";
import type { RestRoute } from "../src/rest/route.js";
import { restRoutes } from "../src/rest/routes/index.js";
import { gqlOk } from "./support/client.js";
import { CreateAgent, CreateChannel, CreateSession } from "./support/documents.js";
import { dialect, startServer, type TestServer } from "./support/server.js";

const SEED = Number(process.env.FUZZ_SEED ?? 20260302);
/** Random runs per route and per mutation, after the fixed hostile examples each one always gets. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 3);
/** A C-suite meeting really runs several agents: generous, for a busy machine. */
const PER_TARGET_TIMEOUT_MS = 90_000;

/** Written later by background work an earlier accepted request started (task runs, deliveries): not a refused request's doing. */
const ASYNC_TABLES = new Set(["Task", "UsageRecord", "BudgetLedger", "BudgetReservation", "RateWindow", "WebhookDelivery", "AuditEvent", "EventLogEntry"]);

let server: TestServer;
let tables: string[];
const pool: string[] = []; // ids of real records, so some requests reach deep into the services

beforeAll(async () => {
  server = await startServer();
  const agentId = (await gqlOk(server, CreateAgent, { input: { name: "fuzz-target", type: "t" } })).createAgent.agent.id;
  const channelId = (await gqlOk(server, CreateChannel, { input: { name: "fuzz-target", type: "PUBLIC" } })).createChannel.channel.id;
  const sessionId = (await gqlOk(server, CreateSession, { input: { agentId } })).createSession.session.id;
  pool.push(agentId, channelId, sessionId);
  const listed = (await server.app.db.$queryRawUnsafe(
    dialect === "sqlite"
      ? `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%'`
      : `SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name NOT LIKE '\\_%'`,
  )) as { name: string }[];
  tables = listed.map((t) => t.name).filter((t) => !ASYNC_TABLES.has(t));
  expect(tables).toContain("Agent");
});
afterAll(() => server.stop());

/** Row counts of every table a request writes itself, after replies already under way are posted. */
async function rowCounts(): Promise<Record<string, number>> {
  await server.app.services.channels.idle();
  const rows = (await server.app.db.$queryRawUnsafe(tables.map((t) => `SELECT '${t}' AS t, COUNT(*) AS n FROM "${t}"`).join(" UNION ALL "))) as { t: string; n: bigint | number }[];
  return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)]));
}

/** Counts after the previous request; a refused request must leave them as they were. */
function writeWatch() {
  let last: Promise<Record<string, number>> = rowCounts();
  return async (refused: boolean) => {
    const before = await last;
    last = rowCounts();
    if (refused) expect(await last).toEqual(before);
  };
}

// ---- hostile values -------------------------------------------------------------------------

/** An object `levels` deep, arrays and objects in turn inside it. */
function nested(levels: number): Record<string, unknown> {
  let value: unknown = { leaf: true };
  for (let i = 2; i < levels; i++) value = i % 2 ? [value] : { a: value };
  return { a: value };
}

const HOSTILE_STRINGS = [
  "",
  " ",
  "null",
  "undefined",
  "NaN",
  "-0",
  "1e309",
  "__proto__",
  "constructor",
  "prototype",
  "'; DROP TABLE \"Agent\"; --",
  "' OR '1'='1",
  "1; SELECT pg_sleep(10)",
  "../../../../etc/passwd",
  "%00",
  "\u0000",
  "\ud800", // a lone surrogate
  "\u202e\u0645\u0631\u062d\u0628\u0627", // right-to-left override
  "e\u0301\u0301\u0301\u0301",
  "🤖".repeat(300),
  "a".repeat(5000),
  "<script>alert(1)</script>",
  "${jndi:ldap://127.0.0.1/x}",
  "agt_00000000000000000000000000",
  "msg_",
];

const hostileString = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: "binary", maxLength: 40 }));

const pollution = () => JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "toString": "x"}') as Record<string, unknown>;

const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(nested(33), nested(500), nested(4000)),
  fc.constant(null).map(() => pollution()),
  fc.constant(null).map(() => ({ blob: "x".repeat(300 * 1024) })),
  fc.object({ maxDepth: 3, maxKeys: 5 }),
  fc.jsonValue({ maxDepth: 3 }),
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom(null, true, false, 0, -1, 2 ** 31, -(2 ** 53), 1.5, Number.MAX_SAFE_INTEGER, [], {}, [null]),
  hostileJson,
);

// ---- values shaped by the schema's input types, often wrong ---------------------------------

function scalarValue(name: string): fc.Arbitrary<unknown> {
  switch (name) {
    case "ID":
      return fc.oneof(fc.constantFrom(...pool), fc.constantFrom("agt_x", "chn_x", "ses_x"), hostileString);
    case "Int":
      return fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 1e12));
    case "Float":
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, 1, 2.5));
    case "Boolean":
      return fc.boolean();
    case "DateTime":
      return fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.constantFrom("2026-13-45T99:99:99Z", "yesterday", "0000-00-00"));
    case "JSONObject":
      return fc.oneof(fc.object({ maxDepth: 2, maxKeys: 4 }), hostileJson);
    case "Decimal":
      return fc.oneof(fc.constantFrom("12.43", "0", "-1", "1e5", "99999999999999999999.999999"), hostileString);
    default:
      return fc.oneof(fc.string({ maxLength: 30 }), hostileString);
  }
}

function inputValue(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  const wrong = { weight: 1, arbitrary: hostileValue };
  if (isNonNullType(type)) return fc.oneof({ weight: 12, arbitrary: inputValue(type.ofType, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  if (isListType(type)) return fc.oneof({ weight: 6, arbitrary: fc.array(inputValue(type.ofType, depth + 1), { maxLength: 3 }) }, wrong);
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => v.name);
    return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: fc.constantFrom(...values.map((v) => v.toLowerCase())) }, wrong);
  }
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant({});
    const fields = type.getFields();
    const shape = Object.fromEntries(Object.values(fields).map((f) => [f.name, inputValue(f.type, depth + 1)]));
    const required = Object.values(fields).filter((f) => isNonNullType(f.type)).map((f) => f.name);
    const record = fc.record(shape, { requiredKeys: required });
    const withExtra = fc.tuple(record, fc.constantFrom("__proto__", "constructor", "unknownField", "id"), hostileValue).map(([r, k, v]) => Object.assign(JSON.parse(JSON.stringify(r ?? {})) as object, JSON.parse(`{${JSON.stringify(k)}: ${JSON.stringify(v) ?? "null"}}`)));
    return fc.oneof({ weight: 8, arbitrary: record }, { weight: 2, arbitrary: withExtra }, wrong);
  }
  return fc.oneof({ weight: 8, arbitrary: scalarValue(getNamedType(type).name) }, wrong);
}

// ---- fixed hostile examples every route and mutation gets, whatever the random runs draw ----

/** Variant 0: plausible values around a JSON value 500 levels deep (the Prisma 500 of old); 1: pollution keys and odd Unicode; 2: oversized values; 3: out-of-range numbers; 4: nulls everywhere, lists of null. */
const EXTREMES: { json: () => unknown; string: string | null; int: number | null; id: () => string | null }[] = [
  { json: () => nested(500), string: "x'; DROP TABLE \"Agent\"; --", int: 1, id: () => pool[0]! },
  { json: pollution, string: "\ud800\u202e🤖", int: 0, id: () => pool[1]! },
  { json: () => ({ blob: "x".repeat(300 * 1024) }), string: "a".repeat(5000), int: 100, id: () => pool[2]! },
  { json: () => nested(33), string: "__proto__", int: 2 ** 31, id: () => "agt_00000000000000000000000000" },
  { json: () => null, string: null, int: null, id: () => null },
];

/** Only what an input needs, plus its JSON: a hostile JSON value then reaches as far as the input can go. */
function wanted(type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  return isNonNullType(type) || named.name === "JSONObject" || (isInputObjectType(named) && Object.values(named.getFields()).some((f) => getNamedType(f.type).name === "JSONObject"));
}

function extremeValue(type: GraphQLInputType, variant: number, depth = 0): unknown {
  const e = EXTREMES[variant]!;
  if (isNonNullType(type)) return extremeValue(type.ofType, variant, depth);
  if (isListType(type)) return [e.string === null ? null : extremeValue(type.ofType, variant, depth + 1)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    if (depth > 3) return {};
    return Object.fromEntries(Object.values(type.getFields()).filter((f) => wanted(f.type)).map((f) => [f.name, extremeValue(f.type, variant, depth + 1)]));
  }
  switch (getNamedType(type).name) {
    case "ID":
      return e.id();
    case "Int":
    case "Float":
      return e.int;
    case "Boolean":
      return true;
    case "DateTime":
      return "2030-01-01T00:00:00.000Z";
    case "JSONObject":
      return e.json();
    case "Decimal":
      return "12.43";
    default:
      return e.string;
  }
}

// ---- REST -----------------------------------------------------------------------------------

/** The body fields a route's operation takes, as the REST body spells them (snake_case), with their input types. */
function bodyFields(route: RestRoute): [string, GraphQLInputType][] {
  const operation = parse(route.operation.toString()).definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition")!;
  const fields: [string, GraphQLInputType][] = [];
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
    if (!type) continue;
    const named = getNamedType(type);
    if (isInputObjectType(named)) for (const field of Object.values(named.getFields())) fields.push([toSnake(field.name), field.type]);
    else fields.push([toSnake(definition.variable.name.value), type]);
  }
  return fields;
}

const bodyShape = (route: RestRoute): fc.Arbitrary<Record<string, unknown>> =>
  fc.record(Object.fromEntries(bodyFields(route).map(([name, type]) => [name, inputValue(type, 1)])), { requiredKeys: [] });

const isBodyRoute = (route: RestRoute) => ["POST", "PUT", "PATCH"].includes(route.method);

/** The fixed hostile requests of a route: the four extremes, a malformed path escape, and the bodies no JSON reader may accept. */
function restExamples(route: RestRoute): [RestCase][] {
  const names = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
  const params = (value: (i: number) => string, raw = false) => Object.fromEntries(names.map((n, i) => [n, { value: value(i), raw }]));
  const json = (variant: number): RestCase => ({
    params: params(() => EXTREMES[variant]!.id() ?? "null"),
    query: [["limit", String(EXTREMES[variant]!.int)]],
    body: { kind: "json", value: Object.fromEntries(bodyFields(route).filter(([, type]) => wanted(type)).map(([name, type]) => [name, extremeValue(type, variant, 1)])) },
    contentType: "application/json",
  });
  const cases: RestCase[] = (isBodyRoute(route) ? [0, 1, 2, 3, 4] : [0, 3]).map(json);
  if (names.length) cases.push({ ...json(0), params: params(() => "%E0%A4%A", true) });
  if (isBodyRoute(route)) {
    cases.push({ ...json(0), body: { kind: "raw", value: INVALID_UTF8 } });
    cases.push({ ...json(0), contentType: "text/plain" });
    cases.push({ ...json(0), body: { kind: "raw", value: "[".repeat(200_000) + "]".repeat(200_000) } });
  }
  return cases.map((c) => [c]);
}

const INVALID_UTF8 = Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]);

interface RestCase {
  params: Record<string, { value: string; raw: boolean }>;
  query: [string, string][];
  body: { kind: "json"; value: unknown } | { kind: "raw"; value: string | Buffer };
  contentType: string | null;
}

function restCase(route: RestRoute): fc.Arbitrary<RestCase> {
  const names = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
  const param = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...pool).map((value) => ({ value, raw: false })) },
    { weight: 4, arbitrary: hostileString.filter((s) => s.length > 0).map((value) => ({ value, raw: false })) },
    { weight: 1, arbitrary: fc.constantFrom("%E0%A4%A", "%", "%zz", "..%2f..").map((value) => ({ value, raw: true })) },
  );
  const queryKeys = ["limit", "page", "status", "type", "from", "to", "after", "before", "agent_id", "sort", "filter"];
  const body = fc.oneof(
    { weight: 6, arbitrary: bodyShape(route).map((value) => ({ kind: "json" as const, value })) },
    { weight: 2, arbitrary: hostileValue.map((value) => ({ kind: "json" as const, value })) },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom<string | Buffer>("{", '{"a":', "[]", "null", '"text"', "1", "\ufeff{}", INVALID_UTF8, "[".repeat(200_000) + "]".repeat(200_000), `{"name": "${"x".repeat(1_100_000)}"}`)
        .map((value) => ({ kind: "raw" as const, value })),
    },
  );
  return fc.record({
    params: fc.record(Object.fromEntries(names.map((n) => [n, param]))),
    query: fc.array(fc.tuple(fc.constantFrom(...queryKeys), fc.oneof(hostileString, fc.constantFrom("1", "0", "-1", "100000", "running", "2026-02-30"))), { maxLength: 3 }),
    body,
    contentType: fc.oneof(
      { weight: 8, arbitrary: fc.constant("application/json") },
      { weight: 1, arbitrary: fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "application/json; charset=latin1", "multipart/form-data; boundary=x") },
      { weight: 1, arbitrary: fc.constant(null) },
    ),
  }) as fc.Arbitrary<RestCase>;
}

/** The catalogue code in a failure written in any route's format. */
function codeIn(body: any): unknown {
  return [body?.error?.code, body?.code, body?.error?.type].find(isErrorCode);
}

async function sendRest(route: RestRoute, c: RestCase) {
  const path = route.path.replace(/:(\w+)/g, (_, name: string) => (c.params[name]!.raw ? c.params[name]!.value : encodeURIComponent(c.params[name]!.value)));
  const search = new URLSearchParams(c.query).toString();
  const hasBody = ["POST", "PUT", "PATCH"].includes(route.method);
  const body = !hasBody ? undefined : c.body.kind === "json" ? (JSON.stringify(c.body.value) ?? "null") : new Uint8Array(Buffer.from(c.body.value));
  const response = await server.fetch(`${path}${search ? `?${search}` : ""}`, {
    method: route.method,
    headers: { authorization: server.admin, ...(hasBody && c.contentType ? { "content-type": c.contentType } : {}) },
    body,
  });
  const text = await response.text();
  return { status: response.status, text, contentType: response.headers.get("content-type") };
}

function expectDocumentedFailure(route: RestRoute, status: number, text: string) {
  const body = JSON.parse(text);
  const code = codeIn(body);
  expect(isErrorCode(code), `a catalogue code in ${text.slice(0, 300)}`).toBe(true);
  const format: ErrorFormat = route.errorFormat ?? envelope;
  const documented = JSON.parse(JSON.stringify(format({ status, code: code as string, message: "m", details: {}, requestId: "r", at: new Date() })));
  expect(Object.keys(body).sort()).toEqual(Object.keys(documented).sort());
}

describe(`REST routes (${restRoutes.length} read from the route table, ${RUNS} runs each, seed ${SEED})`, () => {
  it.each(restRoutes.map((r) => [`${r.method} ${r.path}`, r] as const))("%s: no 5xx, the route's envelope, nothing written when refused", async (_name, route) => {
    const written = writeWatch();
    const examples = restExamples(route);
    await fc.assert(
      fc.asyncProperty(restCase(route), async (c) => {
        const { status, text, contentType } = await sendRest(route, c);
        expect(status, text.slice(0, 500)).toBeLessThan(500);
        if (status >= 400) {
          expect(contentType).toContain("application/json");
          expectDocumentedFailure(route, status, text);
        }
        await written(status >= 400);
      }),
      { seed: SEED, numRuns: examples.length + RUNS, examples }, // examples count as runs
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, PER_TARGET_TIMEOUT_MS);
});

// ---- mutations ------------------------------------------------------------------------------

const mutations = Object.values(schema.getMutationType()!.getFields());

describe(`mutations (${mutations.length} read from the schema, ${RUNS} runs each, seed ${SEED})`, () => {
  it.each(mutations.map((m) => [m.name, m] as const))("%s: no 5xx, no INTERNAL_ERROR, nothing written when refused", async (name, field) => {
    const definitions = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
    const document = `mutation Fuzz${definitions ? `(${definitions})` : ""} { ${name}${field.args.length ? `(${field.args.map((a) => `${a.name}: $${a.name}`).join(", ")})` : ""} { __typename } }`;
    const variables = fc.record(Object.fromEntries(field.args.map((a) => [a.name, inputValue(a.type)])), { requiredKeys: [] });
    const examples = EXTREMES.map((_, variant) => [Object.fromEntries(field.args.map((a) => [a.name, extremeValue(a.type, variant)]))] as [Record<string, unknown>]);
    const written = writeWatch();
    await fc.assert(
      fc.asyncProperty(variables, async (vars) => {
        const response = await server.fetch("/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/json", authorization: server.admin },
          body: JSON.stringify({ query: document, variables: vars }),
        });
        const text = await response.text();
        expect(response.status, text.slice(0, 500)).toBeLessThan(500);
        const body = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: { message: unknown; extensions?: { code?: unknown } }[] };
        for (const error of body.errors ?? []) {
          expect(typeof error.message).toBe("string");
          expect(error.extensions?.code, text.slice(0, 500)).not.toBe("INTERNAL_ERROR");
        }
        await written(!body.data?.[name]);
      }),
      { seed: SEED, numRuns: examples.length + RUNS, examples }, // examples count as runs
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, PER_TARGET_TIMEOUT_MS);
});
