// What a person sees when starting the server: on a terminal, plain words with the addresses to open
// and the admin key created at the first start; off a terminal, JSON lines only (lifecycle.test.ts).
import { describe, expect, it } from "vitest";
import { Viewer } from "./support/documents.js";
import { spawnProcess } from "./support/process.js";
import { emptyDatabase } from "./support/server.js";
import { PROCESS_START_TIMEOUT_MS } from "./support/timeouts.js";

describe("start-up output", () => {
  it("on a terminal: the addresses of GraphiQL, REST, docs and metrics, and the one-time admin key, in plain words", async () => {
    const database = await emptyDatabase();
    // `script` runs the server on a pseudo-terminal, as a person's shell would.
    const server = spawnProcess({
      command: "script",
      args: ["--quiet", "--return", "--command", `${process.execPath} --import tsx src/main.ts`, "/dev/null"],
      env: { HOST: "127.0.0.1", PORT: "0", DATA_DIR: database.dataDir, DATABASE_URL: database.databaseUrl ?? "", ADMIN_API_KEY: "", REDIS_URL: "", LOG_LEVEL: "info" },
    });
    await server.waitForOutput("Stop with Ctrl+C", { timeoutMs: PROCESS_START_TIMEOUT_MS });
    const output = server.stdout.replace(/\r/g, "");

    const url = /GraphiQL\s+(http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(output)?.[1];
    expect(url).toBeDefined();
    expect(output).toMatch(new RegExp(`Dashboard\\s+${url}/dashboard `));
    expect(output).toMatch(new RegExp(`REST API\\s+${url}/api/v1\\n`));
    expect(output).toMatch(new RegExp(`API docs\\s+${url}/docs\\n`));
    expect(output).toMatch(new RegExp(`Metrics\\s+${url}/metrics\\n`));
    expect(output).toContain("No API key existed, so an admin key was created. It is shown this once");
    expect(output).toContain("Authorization: ApiKey <key>");
    expect(output).toMatch(/^\d\d:\d\d:\d\d INFO {2}control plane listening {2}url=/m); // log lines read as words too
    expect(output).not.toMatch(/^\{/m); // no JSON on a terminal

    const key = /^ {4}(cpk_\S+)$/m.exec(output)?.[1];
    expect(key).toBeDefined();
    const viewer = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `ApiKey ${key}` },
      body: JSON.stringify({ query: Viewer.toString() }),
    });
    expect(((await viewer.json()) as { data: { viewer: { roles: string[] } } }).data.viewer.roles).toEqual(["ADMIN"]);
    await server.stop({ signal: "SIGTERM", target: "group" });
  });
});
