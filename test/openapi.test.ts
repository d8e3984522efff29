// The OpenAPI 3.1 document is generated from the route table and enforced: every route is in it and
// nothing else is, it is served at /openapi.json and rendered at /docs from this server alone, the
// committed openapi.json and the README's route table are what the code generates, and every REST
// answer the suite receives is validated against it (test/support/openapi-validation.ts).
import fs from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/db.js";
import { buildOpenApiDocument, documentedOperations } from "../src/rest/openapi.js";
import { routeTableMarkdown, withRouteTable } from "../src/rest/route-table.js";
import { restRoutes } from "../src/rest/routes/index.js";
import { VERSION } from "../src/version.js";
import { browserInstalled, foreignRequests, launchBrowser, noticeWhenNoBrowser, openPage } from "./support/browser.js";
import { checkResponse } from "./support/openapi-validation.js";
import { startServer, type TestServer } from "./support/server.js";

noticeWhenNoBrowser("the /docs browser test");

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

const document = buildOpenApiDocument(restRoutes, { version: VERSION });
const operationsInDocument = Object.entries(document.paths ?? {}).flatMap(([p, item]) =>
  Object.keys(item as object)
    .filter((k) => ["get", "post", "put", "patch", "delete"].includes(k))
    .map((method) => `${method.toUpperCase()} ${p}`),
);

describe("the document and the route table", () => {
  it("is OpenAPI 3.1", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.info.version).toBe(VERSION);
  });

  it("lists every route of the table (and its /api/v4 twin), and nothing the server does not serve", () => {
    expect([...operationsInDocument].sort()).toEqual([...documentedOperations(restRoutes)].sort());
    expect(new Set(operationsInDocument).size).toBe(operationsInDocument.length);
  });

  it("documents every route: a summary, its seed, and the schema of its success body", () => {
    const undocumented = restRoutes.filter((r) => !r.doc?.summary || !r.doc.seed || (!r.doc.response && r.status !== 204)).map((r) => `${r.method} ${r.path}`);
    expect(undocumented, "add `doc: {summary, seed, response}` to these routes (see src/rest/route.ts)").toEqual([]);
  });

  it("documents each route's success status and its error shape", () => {
    for (const route of restRoutes) {
      const operation = (document.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>)[route.path.replace(/:(\w+)/g, "{$1}")]![route.method.toLowerCase()]!;
      expect(Object.keys(operation.responses), `${route.method} ${route.path}`).toEqual(expect.arrayContaining([String(route.status ?? 200), "default"]));
    }
  });

  it("openapi.json in the repository is what `npm run openapi` generates", () => {
    const committed = fs.readFileSync(path.join(PROJECT_ROOT, "openapi.json"), "utf8");
    expect(committed, "run `npm run openapi` and commit openapi.json").toBe(`${JSON.stringify(document, null, 2)}\n`);
  });

  it("the README's route table is generated from the route table", () => {
    const readme = fs.readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8");
    expect(readme, "run `npm run openapi` and commit README.md").toBe(withRouteTable(readme, routeTableMarkdown(restRoutes)));
    for (const route of restRoutes) expect(readme).toContain(`\`${route.method} ${route.path.replace(/:(\w+)/g, "{$1}")}`);
  });
});

describe("responses are validated against the document", () => {
  const agent = JSON.stringify({ agent_id: "agt_1", status: "running", started_at: "2026-03-02T09:00:00.000Z" });

  it("accepts a documented answer", () => {
    expect(checkResponse("POST", "/api/v1/agents/agt_1/start", 200, "application/json", agent)).toBeNull();
  });

  it("refuses a field the schema does not list, a missing field, a wrong type and an undocumented status", () => {
    const extra = JSON.stringify({ ...JSON.parse(agent), surprise: 1 });
    expect(checkResponse("POST", "/api/v1/agents/agt_1/start", 200, "application/json", extra)).toMatch(/surprise/);
    expect(checkResponse("POST", "/api/v1/agents/agt_1/start", 200, "application/json", JSON.stringify({ agent_id: "agt_1" }))).toMatch(/required property/);
    expect(checkResponse("POST", "/api/v1/agents/agt_1/start", 200, "application/json", JSON.stringify({ ...JSON.parse(agent), started_at: 5 }))).toMatch(/started_at/);
    expect(checkResponse("POST", "/api/v1/agents/agt_1/start", 201, "application/json", agent)).toMatch(/does not list/);
  });

  it("checks errors against the route's own error shape", () => {
    const envelope = { error: { code: "agent_not_found", message: "m", details: {}, timestamp: "2026-03-02T09:00:00.000Z", request_id: "r", traceId: "r" } };
    expect(checkResponse("GET", "/api/v1/agents/agt_x", 404, "application/json", JSON.stringify(envelope))).toBeNull();
    expect(checkResponse("GET", "/api/agent/tsk_x", 404, "application/json", JSON.stringify(envelope))).toMatch(/does not match/);
  });

  it("fails a test whose server answers outside the document (the shared fetch throws)", async () => {
    const original = restRoutes.find((r) => r.path === "/api/v1/agents/:agent_id" && r.method === "GET")!;
    const present = original.present;
    original.present = (data, req) => ({ ...(present(data, req) as object), undocumented_field: true });
    try {
      const created = await server.fetch("/api/v1/agents", {
        method: "POST",
        headers: { authorization: server.admin, "content-type": "application/json" },
        body: JSON.stringify({ name: "openapi-drift", type: "cfo_cash" }),
      });
      const { agent_id } = (await created.json()) as { agent_id: string };
      await expect(server.fetch(`/api/v1/agents/${agent_id}`, { headers: { authorization: server.admin } })).rejects.toThrow(/undocumented_field/);
    } finally {
      original.present = present;
    }
  });
});

describe("served by the server", () => {
  it("GET /openapi.json is the generated document", async () => {
    const response = await server.fetch("/openapi.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(document)));
  });

  it("GET /docs is Swagger UI with every asset served locally under a strict Content-Security-Policy", async () => {
    const page = await server.fetch("/docs");
    expect(page.status).toBe(200);
    const html = await page.text();
    const csp = page.headers.get("content-security-policy")!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-eval");
    expect(html).not.toMatch(/<script>(?!<\/script>)/); // no inline script: the CSP forbids it
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(4);
    for (const asset of assets) {
      expect(asset.startsWith("/docs/assets/"), asset).toBe(true);
      const response = await server.fetch(asset);
      expect(response.status, asset).toBe(200);
      expect((await response.arrayBuffer()).byteLength, asset).toBeGreaterThan(0);
    }
    expect((await server.fetch("/docs/assets/../package.json")).status).toBe(404);
  });

  describe.skipIf(!browserInstalled)("in a browser", () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });

    it("renders every documented operation with no request to another host and no CSP violation", async () => {
      const { page, requests, console: messages } = await openPage(browser);
      await page.goto(`${server.url}/docs`);
      await page.locator(".opblock").first().waitFor();
      const rendered = await page.locator(".opblock").count();
      expect(rendered).toBe(operationsInDocument.length);
      expect(foreignRequests(requests, server.url)).toEqual([]);
      expect(messages.filter((m) => /Content Security Policy|pageerror/i.test(m))).toEqual([]);
    });
  });
});
