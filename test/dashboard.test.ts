// The operations dashboard (/dashboard) as an operator meets it, in a real headless browser: it signs in
// with an API key kept in the tab's session storage, shows agents whose badges flip live when they are
// started through REST, shows channel messages live and catches up on those sent while its socket was
// down, drops back to sign-in when its key is revoked, hides start/stop from keys that may not use them,
// names every control, fits a phone screen, and never asks another host for anything.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page, WebSocketRoute } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDashboard } from "../scripts/build-dashboard.js";
import { gqlOk, rest } from "./support/client.js";
import { browserInstalled, foreignRequests, launchBrowser, noticeWhenNoBrowser, openPage, type RecordedPage } from "./support/browser.js";
import { RevokeApiKey } from "./support/documents.js";
import { createKey, unique } from "./support/fixtures.js";
import { freshDatabase, startServer, type TestServer } from "./support/server.js";
import { BROWSER_TIMEOUT_MS, EVENT_TIMEOUT_MS } from "./support/timeouts.js";

noticeWhenNoBrowser("the dashboard browser tests");

/** Screenshots of each run (not committed): dist/ is ignored by git. */
const SCREENSHOTS = path.resolve("dist/screenshots");
/** graphql-ws retries after 1012 (Service Restart), as after a server restart. */
const SERVICE_RESTART = 1012;

/** The browser's socket goes through here, so a test can cut it and keep it down for a while. */
function socketSwitch() {
  const open = new Set<WebSocketRoute>();
  let down = false;
  return {
    route(ws: WebSocketRoute) {
      if (down) return void ws.close({ code: SERVICE_RESTART, reason: "down for the test" });
      ws.connectToServer();
      open.add(ws);
      ws.onClose(() => open.delete(ws));
    },
    async cut() {
      down = true;
      await Promise.all([...open].map((ws) => ws.close({ code: SERVICE_RESTART, reason: "cut by the test" })));
      open.clear();
    },
    restore: () => void (down = false),
  };
}

async function signIn(page: Page, authorization: string) {
  await page.getByLabel("API key").fill(authorization.replace(/^ApiKey /, ""));
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: "Agents" }).waitFor();
}

const badgeOf = (page: Page, agentId: string) => page.locator(`tr[data-agent-id="${agentId}"] .badge`);

/** Controls whose accessible name is empty (a basic check: aria-label, aria-labelledby, label, text). */
function unnamedControls(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("button, input, select, textarea, summary, a[href], progress, meter, [role=meter], [tabindex]")]
      .filter((el) => {
        const labelledBy = el.getAttribute("aria-labelledby")?.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? "").join("");
        const labels = "labels" in el ? [...((el as HTMLInputElement).labels ?? [])].map((l) => l.textContent).join("") : "";
        const text = ["button", "a", "summary"].includes(el.tagName.toLowerCase()) ? el.textContent : "";
        return !`${el.getAttribute("aria-label") ?? ""}${labelledBy ?? ""}${labels}${text ?? ""}`.trim();
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

/** Whether the page scrolls sideways, and the elements that stick out past the window's right edge. */
function widerThanScreen(page: Page) {
  return page.evaluate(() => ({
    scrollsSideways: document.documentElement.scrollWidth > window.innerWidth,
    stickingOut: [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !el.parentElement?.closest(".table-scroll"))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${Math.round(el.getBoundingClientRect().right)}px`)
      .slice(0, 5),
  }));
}

describe.skipIf(!browserInstalled)("The operations dashboard in a browser", () => {
  let server: TestServer;
  let browser: Browser;
  let dashboard: RecordedPage;
  let operator: { auth: string; id: string };
  let channelId: string;
  let agentId: string;
  const sockets = socketSwitch();
  const measured: Record<string, unknown> = {};

  beforeAll(async () => {
    measured.bundle = await buildDashboard(); // the current sources, whatever the last install built
    server = await startServer();
    browser = await launchBrowser();
    operator = await createKey(server, { roles: ["AGENT_MANAGER", "MESSAGING", "SYSTEM_MONITOR"] });
    const channel = await rest(server, "POST", "/api/v1/channels", { auth: operator.auth, body: { name: unique("ops"), type: "public" } });
    expect(channel.status).toBe(201);
    channelId = channel.body.channel_id ?? channel.body.id;
    const agent = await rest(server, "POST", "/api/v1/agents", { body: { name: unique("watched"), type: "cmo_anova" } });
    expect(agent.status).toBe(201);
    agentId = agent.body.agent_id;
    dashboard = await openPage(browser);
    await dashboard.page.routeWebSocket(/\/graphql$/, (ws) => sockets.route(ws));
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  }, BROWSER_TIMEOUT_MS * 2);

  afterAll(() => {
    if (Object.keys(measured).length) console.log(`dashboard measurements: ${JSON.stringify(measured)}`);
  });

  it("signs in with an API key kept in session storage (never in the URL), every asset from this server", async () => {
    const { page } = dashboard;
    await page.goto(`${server.url}/dashboard`);
    expect(await page.title()).toContain("Operations dashboard");
    await signIn(page, operator.auth);
    await expect.poll(() => badgeOf(page, agentId).innerText()).toBe("CREATED");
    await page.getByRole("status").filter({ hasText: "Live" }).waitFor();

    const secret = operator.auth.replace(/^ApiKey /, "");
    expect(page.url()).not.toContain(secret);
    expect(await page.evaluate(() => Object.values(sessionStorage))).toContain(secret);
    expect(await page.evaluate(() => Object.values(localStorage))).not.toContain(secret);
    expect(dashboard.requests.every((url) => !url.includes(secret))).toBe(true);
    expect(foreignRequests(dashboard.requests, new URL(server.url).origin)).toEqual([]);
    expect(dashboard.console.filter((line) => /^(pageerror|error)/.test(line))).toEqual([]);
    measured.requestsAtLoad = dashboard.requests.length;
  });

  it("flips an agent's badge to RUNNING when it is started through REST", async () => {
    const { page } = dashboard;
    // The page notes when the badge changes, so the delay is measured in the browser, not by polling.
    await page.evaluate((id) => {
      const row = document.querySelector(`tr[data-agent-id="${id}"]`)!;
      new MutationObserver(() => {
        if (row.querySelector(".badge")?.textContent === "RUNNING") (window as unknown as { flippedAt?: number }).flippedAt ??= Date.now();
      }).observe(row, { subtree: true, childList: true, characterData: true });
    }, agentId);
    const started = await rest(server, "POST", `/api/v1/agents/${agentId}/start`);
    const answeredAt = Date.now();
    expect(started.status).toBe(200);
    await expect.poll(() => badgeOf(page, agentId).innerText(), { timeout: EVENT_TIMEOUT_MS }).toBe("RUNNING");
    const flippedAt = await page.evaluate(() => (window as unknown as { flippedAt?: number }).flippedAt);
    measured.restAnswerToBadgeMs = flippedAt! - answeredAt;
    // The button follows the status: an operator key may stop it now.
    await page.getByRole("button", { name: /^Stop watched-/ }).waitFor();
  });

  it("moves the spend gauge when a task spends through a model call", async () => {
    const { page } = dashboard;
    const gauge = page.getByRole("meter", { name: "Today's spend against the daily budget" });
    const before = await gauge.getAttribute("aria-valuetext");
    expect(before).toMatch(/^\$0\.00 of \$50\.00/);
    const spawned = await rest(server, "POST", "/api/spawn", { body: { model: "k2p5", task: "Spend a little" } });
    expect(spawned.status).toBe(201);
    await expect.poll(() => gauge.getAttribute("aria-valuetext"), { timeout: EVENT_TIMEOUT_MS }).not.toBe(before);
    expect(await gauge.getAttribute("aria-valuetext")).toMatch(/^\$0\.0\d+ of \$50\.00/);
  });

  it("shows a channel's messages live, and those sent while its socket was down once it is back", async () => {
    const { page } = dashboard;
    const messages = page.getByRole("list", { name: "Latest messages" });
    const send = async (content: string) => {
      const sent = await rest(server, "POST", `/api/v1/channels/${channelId}/messages`, { auth: operator.auth, body: { content } });
      expect(sent.status).toBe(201);
    };
    await page.getByText("No messages in this channel yet.").waitFor();
    await send("first, live");
    await expect.poll(() => messages.innerText()).toContain("first, live");

    await sockets.cut();
    await page.getByRole("status").filter({ hasText: "Reconnecting" }).waitFor();
    await send("second, while down");
    await send("third, while down");
    sockets.restore();
    await page.getByRole("status").filter({ hasText: "Live" }).waitFor({ timeout: EVENT_TIMEOUT_MS });
    await expect.poll(() => messages.locator("li").allInnerTexts(), { timeout: EVENT_TIMEOUT_MS }).toHaveLength(3);
    const shown = await messages.locator(".message-text").allInnerTexts();
    expect(shown).toEqual(["first, live", "second, while down", "third, while down"]);
  });

  it("names every control, and fits a phone screen", async () => {
    const { page } = dashboard;
    expect(await unnamedControls(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, "dashboard-laptop.png"), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => widerThanScreen(page)).toEqual({ scrollsSideways: false, stickingOut: [] });
    expect(await unnamedControls(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, "dashboard-phone.png"), fullPage: true });
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  it("drops back to sign-in, with the reason, when its key is revoked", async () => {
    const { page } = dashboard;
    await gqlOk(server, RevokeApiKey, { id: operator.id });
    await page.getByLabel("API key").waitFor({ timeout: EVENT_TIMEOUT_MS });
    await expect.poll(() => page.getByRole("alert").first().innerText()).toContain("Signed out");
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(await unnamedControls(page)).toEqual([]);
    expect(foreignRequests(dashboard.requests, new URL(server.url).origin)).toEqual([]);
  });

  it("hides start and stop from a key that may only read", async () => {
    const monitor = await createKey(server, { roles: ["SYSTEM_MONITOR"] });
    const phone = await openPage(browser);
    await phone.page.setViewportSize({ width: 390, height: 844 });
    await phone.page.goto(`${server.url}/dashboard`);
    await signIn(phone.page, monitor.auth);
    await expect.poll(() => badgeOf(phone.page, agentId).innerText()).toBe("RUNNING");
    expect(await phone.page.getByRole("button", { name: /^(Start|Stop) / }).count()).toBe(0);
    expect(await unnamedControls(phone.page)).toEqual([]);
    expect(foreignRequests(phone.requests, new URL(server.url).origin)).toEqual([]);
  });
});

const redisUrl = process.env.TEST_REDIS_URL;

describe.skipIf(!browserInstalled || !redisUrl)("The dashboard against two instances sharing a database and Redis", () => {
  it("shows what happens through the other instance: an agent started there, a message sent there", async () => {
    const database = await freshDatabase();
    const namespace = `dashboard-${randomBytes(4).toString("hex")}`;
    const env = { REDIS_URL: redisUrl, ADMIN_API_KEY: "shared-admin-key-for-the-dashboard-0123" };
    const a = await startServer({ database, env, eventsNamespace: namespace });
    const b = await startServer({ database, env, eventsNamespace: namespace });
    const agent = await rest(b, "POST", "/api/v1/agents", { body: { name: unique("elsewhere"), type: "cto_alex" } });
    const channel = await rest(b, "POST", "/api/v1/channels", { body: { name: unique("shared"), type: "public" } });
    expect([agent.status, channel.status]).toEqual([201, 201]);

    const browser = await launchBrowser();
    const { page, requests } = await openPage(browser);
    await page.goto(`${a.url}/dashboard`);
    await signIn(page, a.admin);
    await expect.poll(() => badgeOf(page, agent.body.agent_id).innerText()).toBe("CREATED");
    await page.getByText("No messages in this channel yet.").waitFor();

    expect((await rest(b, "POST", `/api/v1/agents/${agent.body.agent_id}/start`)).status).toBe(200);
    await expect.poll(() => badgeOf(page, agent.body.agent_id).innerText(), { timeout: EVENT_TIMEOUT_MS }).toBe("RUNNING");
    const channelId = channel.body.channel_id ?? channel.body.id;
    expect((await rest(b, "POST", `/api/v1/channels/${channelId}/messages`, { body: { content: "from instance B" } })).status).toBe(201);
    await expect.poll(() => page.getByRole("list", { name: "Latest messages" }).innerText(), { timeout: EVENT_TIMEOUT_MS }).toContain("from instance B");
    expect(foreignRequests(requests, new URL(a.url).origin)).toEqual([]);
  });
});
