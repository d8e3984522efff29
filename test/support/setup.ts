// Runs in every test file before its tests (vitest setupFiles): whatever a test or a file started
// (servers, processes, temp dirs; see cleanup.ts) is undone after it, whether it passed or not.
import fs from "node:fs";
import { Agent, setGlobalDispatcher } from "undici";
import { afterAll, afterEach, beforeEach } from "vitest";
import { enterTest, leaveFile, leaveTest } from "./cleanup.js";
import { takeValidationStats } from "./openapi-validation.js";

// fetch drops an idle connection after 2 s, well before the server closes it (Node's 5 s keep-alive):
// with the default (the server's hint less a second), a client whose timers ran late on a busy machine
// sent a request on a socket the server was closing, and got ECONNRESET.
setGlobalDispatcher(new Agent({ keepAliveTimeout: 2000, keepAliveMaxTimeout: 2000 }));

beforeEach(() => enterTest());
afterEach(() => leaveTest());
afterAll(() => leaveFile());
// OPENAPI_REPORT=<file>: each file appends how many REST answers were validated against the OpenAPI document.
afterAll(() => {
  const report = process.env.OPENAPI_REPORT;
  const { validated, operations } = takeValidationStats();
  if (report) fs.appendFileSync(report, `${JSON.stringify({ validated, operations })}\n`);
});
