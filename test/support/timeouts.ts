// Every wait in the suite has a name and a generous bound: the bound only decides how long a broken
// test takes to fail, never whether a slow machine passes. Speed targets belong in `npm run bench`.

/** An event another connection causes (a subscription message, a row written by a background job). */
export const EVENT_TIMEOUT_MS = 15_000;
/** Work that goes through a queue and a model call (spawned tasks, workflow steps, webhook retries). */
export const WORK_TIMEOUT_MS = 30_000;
/** Dozens of tasks through the queue at once (the load tests). */
export const LOAD_TIMEOUT_MS = 90_000;
/** A real server process, from spawn to answering its readiness URL (tsx compiles the sources first). */
export const PROCESS_START_TIMEOUT_MS = 60_000;
/** A process asked to stop (SIGTERM) before it is killed (SIGKILL). */
export const PROCESS_STOP_TIMEOUT_MS = 20_000;
/** A headless browser: launch, page load, and a result shown on the page. */
export const BROWSER_TIMEOUT_MS = 60_000;
/** How often a condition is polled. */
export const POLL_INTERVAL_MS = 20;
