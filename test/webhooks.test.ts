// Seed 003 webhooks: agent.completed / agent.failed / workflow.completed / workflow.failed, delivered
// to a real receiver, signed (HMAC-SHA256 of "<timestamp>.<body>"), retried with exponential backoff,
// recorded attempt by attempt, and kept in an outbox that survives a restart.
import { createHmac, timingSafeEqual } from "node:crypto";
import { describe, expect, it } from "vitest";
import { gqlOk, rest } from "./support/client.js";
import { unique } from "./support/fixtures.js";
import { freshDatabase, type TestServer } from "./support/server.js";
import { startWebhookReceiver, type ReceivedDelivery, type WebhookReceiver } from "./support/webhook-receiver.js";
import { startWorkServer, taskWhen, useWorkServer } from "./support/work.js";
import { CreateWebhook, CreateWorkflow, RunWorkflow, SpawnTask, WebhookDeliveries } from "./support/work-documents.js";
import { eventually } from "./support/ws.js";

const SECRET = "your_webhook_secret";
/** Deliveries are checked often; the first retry waits 10 s of the (fake) clock, then 20 s, 40 s… */
const env = { WEBHOOK_POLL_INTERVAL_MS: "20", WEBHOOK_RETRY_BASE_MS: "10000" };

const work = useWorkServer({ env });

/** What a receiver does before trusting a delivery: recompute the signature, compare in constant time, check the timestamp is fresh. */
function verify(delivery: ReceivedDelivery, secret: string, now: Date): boolean {
  const timestamp = delivery.headers["x-webhook-timestamp"] as string;
  const expected = Buffer.from(`sha256=${createHmac("sha256", secret).update(`${timestamp}.${delivery.body}`).digest("hex")}`);
  const given = Buffer.from(String(delivery.headers["x-webhook-signature"]));
  const fresh = Math.abs(now.getTime() / 1000 - Number(timestamp)) <= 300;
  return given.length === expected.length && timingSafeEqual(given, expected) && fresh;
}

async function withReceiver<T>(run: (receiver: WebhookReceiver) => Promise<T>): Promise<T> {
  const receiver = await startWebhookReceiver();
  try {
    return await run(receiver);
  } finally {
    await receiver.close();
  }
}

const deliveriesOf = async (on: TestServer, webhookId: string) => {
  const node = (await gqlOk(on, WebhookDeliveries, { id: webhookId })).node;
  return node && "deliveries" in node ? node.deliveries.edges.map((e) => e.node) : [];
};

describe("configuring webhooks (seed 003 POST /api/webhooks)", () => {
  it("registers a receiver with the seed's request and lists and deletes it", async () => {
    const created = await rest(work.server, "POST", "/api/webhooks", { body: { url: "https://your-app.com/webhook", events: ["agent.completed", "agent.failed"], secret: SECRET } });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ success: true, webhook_id: expect.stringMatching(/^whk_/), url: "https://your-app.com/webhook", events: ["agent.completed", "agent.failed"], created_at: expect.any(String) });
    expect((await rest(work.server, "GET", "/api/webhooks")).body.webhooks).toContainEqual({ webhook_id: created.body.webhook_id, url: "https://your-app.com/webhook", events: ["agent.completed", "agent.failed"], created_at: created.body.created_at });

    expect(await rest(work.server, "DELETE", `/api/webhooks/${created.body.webhook_id}`)).toMatchObject({ status: 200, body: { success: true, webhook_id: created.body.webhook_id } });
    expect(await rest(work.server, "DELETE", `/api/webhooks/${created.body.webhook_id}`)).toMatchObject({ status: 404, body: { success: false, error: { code: 404, type: "webhook_not_found" } } });
  });

  it("generates a signing secret when none is given, and shows it only in the answer", async () => {
    const created = await rest(work.server, "POST", "/api/webhooks", { body: { url: "https://example.com/generated", events: ["workflow.completed"] } });
    expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
    expect(JSON.stringify((await rest(work.server, "GET", "/api/webhooks")).body)).not.toContain(created.body.secret);
    await rest(work.server, "DELETE", `/api/webhooks/${created.body.webhook_id}`);
  });

  it.each([
    [{ url: "ftp://example.com", events: ["agent.completed"] }, "url must be http:// or https://"],
    [{ url: "https://example.com", events: ["agent.exploded"] }, "events[0]"],
    [{ url: "https://example.com", events: [] }, "give at least one of agent.completed, agent.failed, workflow.completed, workflow.failed"],
    [{ url: "https://example.com", events: ["agent.completed"], secret: "short" }, "secret must be at least 16 characters"],
  ])("refuses %j with 400", async (body, message) => {
    const response = await rest(work.server, "POST", "/api/webhooks", { body });
    expect(response.status).toBe(400);
    expect(response.body.success).toBe(false);
    expect(JSON.stringify(response.body)).toContain(message);
  });
});

describe("deliveries", () => {
  it("signs agent.completed with HMAC-SHA256 of timestamp and body, which a real receiver verifies", () =>
    withReceiver(async (receiver) => {
      const { createWebhook } = await gqlOk(work.server, CreateWebhook, { input: { url: receiver.url, events: ["AGENT_COMPLETED", "AGENT_FAILED"], secret: SECRET } });
      const { task } = (await gqlOk(work.server, SpawnTask, { input: { task: "Write Python function", model: "k2p5" } })).spawnTask;
      await taskWhen(work.server, task.id);
      await eventually(() => receiver.received.length === 1);

      const [delivery] = receiver.received;
      expect(verify(delivery!, SECRET, work.server.clock.now())).toBe(true);
      expect(verify({ ...delivery!, body: delivery!.body.replace("k2p5", "opus") }, SECRET, work.server.clock.now())).toBe(false);
      expect(verify(delivery!, "someone-elses-secret", work.server.clock.now())).toBe(false);
      expect(delivery!.headers).toMatchObject({ "content-type": "application/json", "x-webhook-event": "agent.completed", "x-webhook-id": expect.stringMatching(/^whd_/) });
      expect(JSON.parse(delivery!.body)).toEqual({
        event: "agent.completed",
        timestamp: work.server.clock.now().toISOString(),
        data: { agent_id: task.id, model: "k2p5", team: null, task: "Write Python function", status: "completed", result: "done: Write Python function", error: null, cost: expect.any(Number) },
      });

      await eventually(async () => (await deliveriesOf(work.server, createWebhook.webhook.id))[0]?.status === "DELIVERED");
      expect((await deliveriesOf(work.server, createWebhook.webhook.id))[0]).toMatchObject({ event: "AGENT_COMPLETED", attemptCount: 1, attempts: [{ statusCode: 204, error: null }], nextAttemptAt: null });
      await rest(work.server, "DELETE", `/api/webhooks/${createWebhook.webhook.id}`);
    }));

  it("retries with exponential backoff after the receiver fails twice, recording every attempt", () =>
    withReceiver(async (receiver) => {
      const { createWebhook } = await gqlOk(work.server, CreateWebhook, { input: { url: receiver.url, events: ["AGENT_FAILED"], secret: SECRET } });
      receiver.failNext(2);
      work.models.options = { ...work.models.options, failWith: 500 };
      try {
        const { task } = (await gqlOk(work.server, SpawnTask, { input: { task: "Doomed", model: "k2p5" } })).spawnTask;
        expect((await taskWhen(work.server, task.id)).status).toBe("FAILED");
      } finally {
        work.models.options = { ...work.models.options, failWith: undefined };
      }
      const hook = createWebhook.webhook.id;
      await eventually(async () => (await deliveriesOf(work.server, hook))[0]?.attemptCount === 1);
      const afterFirst = (await deliveriesOf(work.server, hook))[0]!;
      expect(afterFirst).toMatchObject({ status: "PENDING", attempts: [{ statusCode: 500, error: "receiver answered 500" }] });
      expect(Date.parse(afterFirst.nextAttemptAt!) - work.server.clock.now().getTime()).toBe(10_000);

      work.server.clock.advance(9_000);
      await work.server.app.services.webhooks.deliverDue(); // what the delivery job does at its next tick
      expect(receiver.received).toHaveLength(1); // not due yet

      work.server.clock.advance(1_000);
      await eventually(async () => (await deliveriesOf(work.server, hook))[0]?.attemptCount === 2);
      expect(Date.parse((await deliveriesOf(work.server, hook))[0]!.nextAttemptAt!) - work.server.clock.now().getTime()).toBe(20_000);

      work.server.clock.advance(20_000);
      await eventually(async () => (await deliveriesOf(work.server, hook))[0]?.status === "DELIVERED");
      const delivered = (await deliveriesOf(work.server, hook))[0]!;
      expect(delivered.attempts.map((a) => a.statusCode)).toEqual([500, 500, 204]);
      expect(receiver.received.map((r) => r.answeredWith)).toEqual([500, 500, 204]);
      expect(new Set(receiver.received.map((r) => r.headers["x-webhook-id"])).size).toBe(1); // one delivery, three attempts
      expect(delivered.payload).toMatchObject({ event: "agent.failed", data: { status: "failed", error: expect.stringContaining("") } });
      for (const attempt of receiver.received) expect(verify(attempt, SECRET, work.server.clock.now())).toBe(true);
      await rest(work.server, "DELETE", `/api/webhooks/${hook}`);
    }));

  it("announces workflow.completed with the run's output and cost", () =>
    withReceiver(async (receiver) => {
      const { createWebhook } = await gqlOk(work.server, CreateWebhook, { input: { url: receiver.url, events: ["WORKFLOW_COMPLETED"], secret: SECRET } });
      const { workflow } = (await gqlOk(work.server, CreateWorkflow, { input: { name: unique("hooked"), steps: [{ key: "only", kind: "MODEL", model: "k2p5", prompt: "Say hi" }] } })).createWorkflow;
      const { run } = (await gqlOk(work.server, RunWorkflow, { input: { workflowId: workflow.id } })).runWorkflow;
      await eventually(() => receiver.received.length === 1);
      expect(JSON.parse(receiver.received[0]!.body)).toMatchObject({
        event: "workflow.completed",
        data: { run_id: run.id, workflow_id: workflow.id, workflow: workflow.name, status: "completed", output: { result: "done: Say hi" }, cost: expect.any(Number) },
      });
      await rest(work.server, "DELETE", `/api/webhooks/${createWebhook.webhook.id}`);
    }));

  it("delivers after a restart what was still owed when the server stopped", () =>
    withReceiver(async (receiver) => {
      const database = await freshDatabase();
      const first = await startWorkServer(work.models, { database, env });
      const { createWebhook } = await gqlOk(first, CreateWebhook, { input: { url: receiver.url, events: ["AGENT_COMPLETED"], secret: SECRET } });
      receiver.failNext(1);
      const { task } = (await gqlOk(first, SpawnTask, { input: { task: "Outlive the server", model: "k2p5" } })).spawnTask;
      await taskWhen(first, task.id);
      await eventually(() => receiver.received.length === 1); // refused: a retry is owed
      await first.stop();

      const second = await startWorkServer(work.models, { database, env, clock: first.clock });
      try {
        second.clock.advance(10_000);
        await eventually(async () => (await deliveriesOf(second, createWebhook.webhook.id))[0]?.status === "DELIVERED");
        expect(receiver.received.map((r) => r.answeredWith)).toEqual([500, 204]);
        expect(JSON.parse(receiver.received[1]!.body).data.agent_id).toBe(task.id);
        expect(verify(receiver.received[1]!, SECRET, second.clock.now())).toBe(true);
      } finally {
        await second.stop();
      }
    }));
});
