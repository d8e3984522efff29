// Helpers for spawned work: a server whose catalogue models are answered by a local fake OpenAI
// server, and waits for tasks and workflow runs to reach a status.
import { afterAll, afterEach, beforeAll } from "vitest";
import { gqlOk } from "./client.js";
import { startFakeOpenAI, type ChatRequest, type FakeOpenAI } from "./openai-server.js";
import { startServer, type TestServer, type TestServerOptions } from "./server.js";
import { TaskQuery, WorkflowRunQuery } from "./work-documents.js";
import { WORK_TIMEOUT_MS } from "./timeouts.js";
import { eventually } from "./ws.js";

/** The user prompt of a request. */
export const promptOf = (body: ChatRequest) => body.messages.at(-1)!.content;

/** Answers "[role] …" for team members and "done: <prompt>" otherwise, so tests can follow data through. */
function echo(body: ChatRequest): string {
  const prompt = promptOf(body);
  const role = /^You are the (.+?) of /.exec(prompt)?.[1];
  return role ? `[${role}] worked on it.` : `done: ${prompt.slice(0, 60)}`;
}

export async function startFakeModels(): Promise<FakeOpenAI> {
  return startFakeOpenAI({ answer: echo });
}

/** A server whose k2p5, sonnet and opus are served by `models`. */
export function startWorkServer(models: FakeOpenAI, options: TestServerOptions = {}): Promise<TestServer> {
  return startServer({
    ...options,
    env: { OPENAI_BASE_URL: models.url, OPENAI_MODELS: "k2p5,sonnet,opus", TASK_CONCURRENCY: "2", ...options.env },
  });
}

/**
 * A test file's work server and fake models: started before its tests, stopped after them, and no model
 * call left held from one test to the next. Read `.server` and `.models` inside tests.
 */
export function useWorkServer(options: TestServerOptions = {}): { readonly server: TestServer; readonly models: FakeOpenAI } {
  const state = {} as { server: TestServer; models: FakeOpenAI };
  beforeAll(async () => {
    state.models = await startFakeModels();
    state.server = await startWorkServer(state.models, options);
  });
  afterEach(() => state.models.releaseAll());
  afterAll(async () => {
    state.models.releaseAll();
    await state.server.stop();
    await state.models.close();
  });
  return state;
}

const FINISHED = ["COMPLETED", "FAILED", "CANCELLED", "TIMED_OUT"];

export async function taskWhen(server: TestServer, id: string, statuses: string[] = FINISHED, timeoutMs = WORK_TIMEOUT_MS) {
  const read = async () => (await gqlOk(server, TaskQuery, { id })).task!;
  await eventually(async () => statuses.includes((await read()).status), timeoutMs);
  return read();
}

export async function runWhen(server: TestServer, id: string, statuses: string[] = ["COMPLETED", "FAILED", "CANCELLED"], timeoutMs = WORK_TIMEOUT_MS) {
  const read = async () => (await gqlOk(server, WorkflowRunQuery, { id })).workflowRun!;
  await eventually(async () => statuses.includes((await read()).status), timeoutMs);
  return read();
}
