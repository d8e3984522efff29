// GraphiQL as a person meets it, in a real headless browser: it renders from this server alone (no
// request to any other host), opens with the example operations and the place for the key, and a
// subscription run from it carries the Headers pane's key, so an agent started through REST shows up.
import type { Browser, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { rest } from "./support/client.js";
import { browserInstalled, foreignRequests, launchBrowser, noticeWhenNoBrowser, openPage, type RecordedPage } from "./support/browser.js";
import { startServer, type TestServer } from "./support/server.js";
import { BROWSER_TIMEOUT_MS, EVENT_TIMEOUT_MS } from "./support/timeouts.js";

noticeWhenNoBrowser("the GraphiQL browser tests");

/** The text of a Monaco editor as shown (its visible lines), inside `container`. */
async function editorText(page: Page, container: string): Promise<string> {
  return (await page.locator(`${container} .view-lines`).first().innerText()).replace(/\u00a0/g, " ");
}

/** Replaces the Headers pane's text as a person pastes it (typing would meet the editor's auto-closing quotes). */
async function setHeaders(page: Page, headers: Record<string, string>) {
  await page.getByRole("button", { name: "Headers", exact: true }).click();
  await page.locator(".graphiql-editor-tool .graphiql-editor:not(.hidden)").click();
  await page.evaluate((text) => navigator.clipboard.writeText(text), JSON.stringify(headers));
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("ControlOrMeta+V");
}

describe.skipIf(!browserInstalled)("GraphiQL in a browser", () => {
  let server: TestServer;
  let browser: Browser;
  let graphiql: RecordedPage;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    graphiql = await openPage(browser);
    await graphiql.page.goto(`${server.url}/graphql`);
    await graphiql.page.locator(".graphiql-container .graphiql-query-editor .monaco-editor").waitFor({ timeout: BROWSER_TIMEOUT_MS });
  }, BROWSER_TIMEOUT_MS * 2);

  it("renders the editor with every asset from this server and no request to another host", async () => {
    const { page, requests } = graphiql;
    expect(await page.title()).toBe("Agent platform control plane");
    // The schema arrived: the documentation explorer lists the root types.
    await page.getByRole("button", { name: "Show Documentation Explorer" }).click();
    await expect.poll(() => page.locator(".graphiql-doc-explorer").innerText(), { timeout: EVENT_TIMEOUT_MS }).toContain("Query");

    const origin = new URL(server.url).origin;
    expect(requests.some((url) => url.endsWith("/graphiql.js"))).toBe(true);
    expect(foreignRequests(requests, origin)).toEqual([]);
    expect(graphiql.console.filter((line) => line.startsWith("pageerror"))).toEqual([]);
  });

  it("opens with example operations and shows where the API key goes", async () => {
    const { page } = graphiql;
    await expect.poll(() => page.locator(".graphiql-tab").allInnerTexts(), { timeout: EVENT_TIMEOUT_MS }).toEqual(["ListAgents", "AgentStatusChanged"]);
    // The editor draws only the lines in view: copy the whole query, as a person would.
    await page.getByRole("button", { name: "Copy query (Shift-Ctrl-C)" }).click();
    const examples = await page.evaluate(() => navigator.clipboard.readText());
    for (const operation of ["query ListAgents", "mutation StartAgent", "subscription AgentStatusChanged", "mutation SendSessionMessage"]) {
      expect(examples).toContain(operation);
    }
    await page.getByRole("button", { name: "Headers", exact: true }).click();
    expect((await editorText(page, ".graphiql-editor-tool .graphiql-editor:not(.hidden)")).replace(/\s+/g, "")).toBe('{"Authorization":"ApiKey<key>"}');
  });

  it("runs agentStatusChanged with the key from the Headers pane and shows an agent started through REST", async () => {
    const { page } = graphiql;
    await page.locator(".graphiql-tab", { hasText: "AgentStatusChanged" }).click();
    await setHeaders(page, { Authorization: server.admin });

    const opened = server.app.events.subscriptionsOpened();
    await page.getByRole("button", { name: "Execute query (Ctrl-Enter)" }).click();
    // The subscription is live on the server (it would have failed AUTH_FAILED without the header).
    await expect.poll(() => server.app.events.subscriptionsOpened(), { timeout: EVENT_TIMEOUT_MS }).toBeGreaterThan(opened);

    const created = await rest(server, "POST", "/api/v1/agents", { body: { name: "seen-in-graphiql", type: "cmo_anova" } });
    expect(created.status).toBe(201);
    expect((await rest(server, "POST", `/api/v1/agents/${created.body.agent_id}/start`)).status).toBe(200);

    const result = page.locator(".graphiql-response");
    await expect.poll(() => result.innerText(), { timeout: EVENT_TIMEOUT_MS }).toContain(created.body.agent_id);
    const shown = (await result.innerText()).replace(/\s+/g, " ");
    expect(shown).toContain('"status": "RUNNING"');
    expect(shown).toContain('"previousStatus": "CREATED"');
    expect(shown).toContain('"name": "seen-in-graphiql"');
    expect(foreignRequests(graphiql.requests, new URL(server.url).origin)).toEqual([]);
  });
});
