// A real headless browser for tests: Debian's Chromium driven by playwright-core (which never downloads
// a browser of its own). Every request a page makes is recorded, so a test can prove that nothing left
// the machine. Tests that need it are skipped with a NOTICE when no browser is installed
// (`apt-get install -y chromium`; .ci/run installs it).
import fs from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { onCleanup } from "./cleanup.js";
import { BROWSER_TIMEOUT_MS } from "./timeouts.js";

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const browserInstalled = fs.existsSync(CHROMIUM_PATH);

/** Call at the top of a browser test file: says visibly why its tests are skipped. */
export function noticeWhenNoBrowser(what: string): void {
  if (!browserInstalled) console.warn(`NOTICE: no browser at ${CHROMIUM_PATH} (apt-get install -y chromium): ${what} skipped.`);
}

// Without the background-networking flags Chromium calls Google's hosts at start; this machine has no
// network, and a test must be able to tell the page's own requests from the browser's.
const CHROMIUM_ARGS = [
  "--no-sandbox", // tests run as root
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Launches headless Chromium with a fresh profile (playwright makes a new user-data-dir under the run's
 * temp folder and removes it on close). Closed after the test or file that launched it.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, timeout: BROWSER_TIMEOUT_MS });
  onCleanup("browser", () => browser.close());
  return browser;
}

export interface RecordedPage {
  page: Page;
  context: BrowserContext;
  /** The URL of every request the page (and its workers) made, in order. */
  requests: string[];
  /** Messages the page logged to its console, and errors it threw. */
  console: string[];
}

/** A new page in its own context (which may use the clipboard), recording its requests and console. */
export async function openPage(browser: Browser): Promise<RecordedPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  context.setDefaultTimeout(BROWSER_TIMEOUT_MS);
  const requests: string[] = [];
  const messages: string[] = [];
  context.on("request", (request) => requests.push(request.url()));
  const page = await context.newPage();
  page.on("console", (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on("pageerror", (error) => messages.push(`pageerror: ${error.message}`));
  page.on("worker", (worker) => requests.push(worker.url()));
  return { page, context, requests, console: messages };
}

/** The requests that went anywhere but `origin` (data: and blob: URLs never leave the page). */
export function foreignRequests(requests: string[], origin: string): string[] {
  return requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
}
