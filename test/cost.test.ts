// What a page costs: a page of sessions or channels with their messages and usage is a constant
// number of SQL statements, whatever the page size (Pothos' Prisma plugin + DataLoader).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gqlOk } from "./support/client.js";
import { CreateChannel, CreateSession, ListChannels, ListSessions, SendMessage, SendSessionMessage } from "./support/documents.js";
import { runningAgent } from "./support/fixtures.js";
import { startServer, type TestServer } from "./support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
  const agent = await runningAgent(server);
  for (let i = 0; i < 8; i++) {
    const { createSession } = await gqlOk(server, CreateSession, { input: { agentId: agent.id } });
    for (let m = 0; m < 2; m++) await gqlOk(server, SendSessionMessage, { input: { sessionId: createSession.session.id, content: `question ${m}` } });
    const { createChannel } = await gqlOk(server, CreateChannel, { input: { name: `room-${i}`, type: "PUBLIC" } });
    for (let m = 0; m < 4; m++) await gqlOk(server, SendMessage, { input: { channelId: createChannel.channel.id, content: `note ${m}` } });
  }
});
afterAll(() => server.stop());

const statementsFor = async (run: () => Promise<unknown>) => (await server.statementsOf(run)).count;

describe("the cost of a page", () => {
  it("sessions with their messages and usage: the same statements for 2 sessions as for 8", async () => {
    const small = await statementsFor(async () => {
      const page = await gqlOk(server, ListSessions, { first: 2 });
      expect(page.sessions.edges).toHaveLength(2);
      expect(page.sessions.edges[0]!.node.messages.totalCount).toBe(4);
      expect(page.sessions.edges[0]!.node.usage.calls).toBe(2);
    });
    const large = await statementsFor(async () => expect((await gqlOk(server, ListSessions, { first: 8 })).sessions.edges).toHaveLength(8));
    expect(large).toBe(small);
    console.info(`statements per page: ${small}`);
  });

  it("channels with their latest messages: the same statements for 2 channels as for 8", async () => {
    const small = await statementsFor(async () => {
      const page = await gqlOk(server, ListChannels, { first: 2 });
      expect(page.channels.edges[0]!.node.messages.edges.map((e) => e.node.content)).toEqual(["note 1", "note 2", "note 3"]);
    });
    const large = await statementsFor(async () => expect((await gqlOk(server, ListChannels, { first: 8 })).channels.edges).toHaveLength(8));
    expect(large).toBe(small);
    console.info(`statements per page: ${small}`);
  });
});
