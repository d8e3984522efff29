// The committed contract files are generated from code: schema.graphql from the Pothos schema,
// src/generated/graphql from schema.graphql and the documents. Either drifting fails here.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/db.js";

const run = promisify(execFile);

describe("generated contract files", () => {
  it("schema.graphql matches the schema printed from the code (npm run schema:check)", async () => {
    const { stdout } = await run("npm", ["run", "-s", "schema:check"], { cwd: PROJECT_ROOT });
    expect(stdout).toContain("up to date");
  });

  it("the typed documents are what codegen makes of schema.graphql and the operations (codegen --check)", async () => {
    await expect(run("npx", ["graphql-codegen", "--config", "codegen.ts", "--check"], { cwd: PROJECT_ROOT })).resolves.toBeDefined();
  });
});
