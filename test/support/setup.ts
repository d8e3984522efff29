// Runs in every test file before its tests (vitest setupFiles): whatever a test or a file started
// (servers, processes, temp dirs; see cleanup.ts) is undone after it, whether it passed or not.
import { afterAll, afterEach, beforeEach } from "vitest";
import { enterTest, leaveFile, leaveTest } from "./cleanup.js";

beforeEach(() => enterTest());
afterEach(() => leaveTest());
afterAll(() => leaveFile());
