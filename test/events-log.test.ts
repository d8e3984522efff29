// Seed 003 "Cursor-Based Pagination (for real-time data)": GET /api/events?limit=&cursor= over the
// persisted log of the domain events subscriptions carry — visible per the caller's rights, kept for
// EVENT_RETENTION_HOURS, and stable while events are being written: no duplicate, no gap.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../src/generated/graphql/index.js";
import { gqlOk, rest } from "./support/client.js";
import { hours } from "./support/clock.js";
import { CreateAgent, CreateChannel, SendMessage, StartAgent, StopAgent } from "./support/documents.js";
import { createKey, runningAgent, unique } from "./support/fixtures.js";
import { startServer, type TestServer } from "./support/server.js";

const EventLog = graphql(`
  query EventLogQuery($limit: Int!, $cursor: String) {
    eventLog(limit: $limit, cursor: $cursor) { cursor hasMore events { sequence type subjectId } }
  }
`);

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ env: { RATE_LIMITS: "off" } }); // the paging test reads as fast as it can while writers run
});
afterAll(() => server.stop());

interface LoggedEvent {
  id: number;
  event: string;
  subject_id: string | null;
  timestamp: string;
  data: Record<string, unknown>;
}

/** Follows cursors from `cursor` until has_more is false; returns the events and the last cursor. */
async function readAll(auth: string, cursor: string | null = null, limit = 50) {
  const events: LoggedEvent[] = [];
  let pages = 0;
  for (;;) {
    const response = await rest(server, "GET", `/api/events?limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`, { auth });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    events.push(...response.body.data);
    cursor = response.body.pagination.cursor;
    pages++;
    if (!response.body.pagination.has_more) return { events, cursor, pages };
  }
}

describe("GET /api/events", () => {
  it("lists the domain events subscriptions carry, oldest first, as {id, event, timestamp, data}", async () => {
    const { cursor: start } = await readAll(server.admin);
    const agent = await runningAgent(server);
    await gqlOk(server, StopAgent, { id: agent.id });
    await server.app.services.eventRecorder.idle();
    const { events } = await readAll(server.admin, start);
    expect(events.map((e) => [e.event, e.subject_id, e.data.status])).toEqual([
      ["agent.status_changed", agent.id, "RUNNING"],
      ["agent.status_changed", agent.id, "STOPPED"],
    ]);
    expect(events[0]).toMatchObject({ timestamp: server.clock.now().toISOString(), data: { agentId: agent.id, previousStatus: "CREATED" } });
    expect(events[1]!.id).toBeGreaterThan(events[0]!.id);
  });

  it("answers seed 003's cursor format, and the same page through GraphQL eventLog", async () => {
    const body = (await rest(server, "GET", "/api/events?limit=1")).body;
    expect(JSON.parse(Buffer.from(body.pagination.cursor, "base64url").toString())).toEqual({ id: body.data[0].id });
    expect(body.pagination).toMatchObject({ has_more: true, limit: 1 });
    expect(body.links.next).toBe(`/api/events?limit=1&cursor=${body.pagination.cursor}`);
    const page = await gqlOk(server, EventLog, { limit: 1 });
    expect(page.eventLog).toMatchObject({ cursor: body.pagination.cursor, hasMore: true, events: [{ sequence: body.data[0].id, type: body.data[0].event }] });
  });

  it("shows each caller only the events its rights allow", async () => {
    const { cursor: start } = await readAll(server.admin);
    const messaging = await createKey(server, { roles: ["MESSAGING"] });
    const manager = await createKey(server, { roles: ["AGENT_MANAGER"] });
    const agent = await runningAgent(server);
    const open = (await gqlOk(server, CreateChannel, { input: { name: unique("open"), type: "PUBLIC" } })).createChannel.channel;
    const closed = (await gqlOk(server, CreateChannel, { input: { name: unique("closed"), type: "PRIVATE", members: [agent.id] } })).createChannel.channel;
    const inOpen = (await gqlOk(server, SendMessage, { input: { channelId: open.id, content: "hello all" } })).sendMessage.message;
    const inClosed = (await gqlOk(server, SendMessage, { input: { channelId: closed.id, content: "members only" } })).sendMessage.message;
    await server.app.services.channels.idle();
    await server.app.services.eventRecorder.idle();

    const seen = async (auth: string) => (await readAll(auth, start)).events.filter((e) => e.event === "message.added").map((e) => e.subject_id);
    expect(await seen(server.admin)).toEqual(expect.arrayContaining([inOpen.id, inClosed.id]));
    expect(await seen(messaging.auth)).toContain(inOpen.id);
    expect(await seen(messaging.auth)).not.toContain(inClosed.id); // a private channel it is not a member of
    expect(await seen(manager.auth)).toEqual([]); // no messages:read at all
    expect((await readAll(manager.auth, start)).events.map((e) => e.event)).toContain("agent.status_changed");
    expect((await rest(server, "GET", "/api/events", { auth: null })).status).toBe(401);
  });

  it("filters with seed 003's list language and refuses what it does not know", async () => {
    const body = (await rest(server, "GET", `/api/events?limit=100&filter=${encodeURIComponent('{"type":{"starts_with":"agent."}}')}`)).body;
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data.every((e: LoggedEvent) => e.event.startsWith("agent."))).toBe(true);
    for (const [query, message] of [
      ["?cursor=bm90LWEtY3Vyc29y", "cursor: not a cursor this server gave out"],
      ["?offset=5", "offset: unknown parameter; allowed: limit, cursor, filter, type, topic, subject_id, created_at, created_after"],
      ["?limit=101", "limit must be between 1 and 100"],
    ]) {
      const response = await rest(server, "GET", `/api/events${query}`);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ success: false, error: message });
    }
  });

  it("is stable while events are written: paging concurrently sees every event once, in order", async () => {
    const { cursor: start } = await readAll(server.admin);
    const agents = await Promise.all(Array.from({ length: 12 }, async () => (await gqlOk(server, CreateAgent, { input: { name: unique("churn"), type: "t" } })).createAgent.agent.id));
    let writing = true;
    const writers = (async () => {
      for (let round = 0; round < 4; round++) {
        await Promise.all(agents.map((id) => (round % 2 === 0 ? gqlOk(server, StartAgent, { id }) : gqlOk(server, StopAgent, { id }))));
      }
      await server.app.services.eventRecorder.idle();
      writing = false;
    })();
    const paged: LoggedEvent[] = [];
    let cursor = start;
    let pages = 0;
    // Page while the writers run, then once more after they are done, until the log is exhausted.
    for (;;) {
      const done = !writing;
      const body = (await rest(server, "GET", `/api/events?limit=7&cursor=${cursor}`)).body;
      if (!body.data) throw new Error(JSON.stringify(body));
      paged.push(...body.data);
      cursor = body.pagination.cursor;
      pages++;
      if (done && !body.pagination.has_more) break;
    }
    await writers;
    const ids = paged.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length); // no duplicates
    expect(ids).toEqual([...ids].sort((a, b) => a - b)); // in log order
    const whole = (await readAll(server.admin, start, 100)).events.map((e) => e.id);
    expect(ids).toEqual(whole); // no gaps: exactly what the log holds
    expect(paged.filter((e) => e.event === "agent.status_changed").length).toBe(12 * 4);
    console.info(`event log paged during concurrent writes: ${pages} pages of 7, ${ids.length} events, ${ids.length - new Set(ids).size} duplicates, ${whole.length - ids.length} gaps`);
  });

  it("keeps events for EVENT_RETENTION_HOURS; a cursor past expired events still continues", async () => {
    const before = (await rest(server, "GET", "/api/events?limit=1")).body;
    server.clock.advance(hours(25));
    const agent = await runningAgent(server);
    await server.app.services.eventRecorder.idle();
    expect(await server.app.services.eventLog.expire()).toMatchObject({ expired: expect.any(Number) });
    const after = (await rest(server, "GET", "/api/events?limit=100")).body;
    expect(after.data.map((e: LoggedEvent) => e.subject_id)).toEqual([agent.id]);
    const resumed = (await rest(server, "GET", `/api/events?cursor=${before.pagination.cursor}`)).body;
    expect(resumed.data.map((e: LoggedEvent) => e.subject_id)).toEqual([agent.id]);
  });
});
