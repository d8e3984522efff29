// Runs in every test file before its tests (vitest setupFiles): whatever a test or a file started
// (servers, processes, temp dirs; see cleanup.ts) is undone after it, whether it passed or not.
import fs from "node:fs";
import { afterAll, afterEach, beforeEach } from "vitest";
import { enterTest, leaveFile, leaveTest } from "./cleanup.js";
import { takeValidationStats } from "./openapi-validation.js";

beforeEach(() => enterTest());
afterEach(() => leaveTest());
afterAll(() => leaveFile());
// OPENAPI_REPORT=<file>: each file appends how many REST answers were validated against the OpenAPI document.
afterAll(() => {
  const report = process.env.OPENAPI_REPORT;
  const { validated, operations } = takeValidationStats();
  if (report) fs.appendFileSync(report, `${JSON.stringify({ validated, operations })}\n`);
});
