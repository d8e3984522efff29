// Process entry: read the configuration, start the server, stop gracefully on SIGTERM/SIGINT.
import { buildApp } from "./app.js";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { watchProcessFaults } from "./faults.js";
import { createLogger, stdoutDestination } from "./logger.js";
import { startupMessage } from "./startup-message.js";
import { VERSION } from "./version.js";

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}

const logger = createLogger(config.logLevel);

/** Exits once the log lines written so far are out (or after a short wait: stdout may have no reader). */
function exit(code: number): void {
  stdoutDestination()
    .flush(500)
    .finally(() => process.exit(code))
    .catch(() => process.exit(code));
}

watchProcessFaults(logger, exit);

// On a terminal the admin key created at the first start is shown with the addresses, in plain words.
const terminal = process.stdout.isTTY === true;
let createdAdminKey: string | null = null;
const app = buildApp(config, { logger, ...(terminal ? { announceAdminKey: (key: string) => (createdAdminKey = key) } : {}) });
try {
  const url = await app.start();
  if (terminal) stdoutDestination().write(startupMessage({ url, version: VERSION, createdAdminKey, adminKeyFromEnv: config.adminApiKey !== null }));
} catch (error) {
  console.error(`Could not start: ${(error as Error).message}`);
  await app.stop().catch(() => undefined);
  exit(1);
}

/**
 * A repeat of the signal this soon is the same request delivered twice — `npm start` relays the
 * signal that a supervisor also sent to the whole process group — not an operator insisting.
 */
const REPEAT_WINDOW_MS = 1000;

function onSignal(signal: NodeJS.Signals) {
  const first = Date.now();
  for (const s of ["SIGTERM", "SIGINT"] as const) process.removeAllListeners(s);
  // A second signal exits at once (with the default action), unless it is the same one relayed.
  const again = (repeat: NodeJS.Signals) => {
    if (Date.now() - first < REPEAT_WINDOW_MS) return;
    logger.warn({ signal: repeat }, "second signal: exiting now");
    for (const s of ["SIGTERM", "SIGINT"] as const) process.removeAllListeners(s);
    process.kill(process.pid, repeat);
  };
  process.on("SIGTERM", again);
  process.on("SIGINT", again);
  logger.info({ signal }, "signal received");
  // The deadline holds even if a step ignores its own limit.
  const deadline = setTimeout(() => {
    logger.error({ timeoutMs: config.shutdownTimeoutMs }, "shutdown deadline passed: exiting");
    exit(1);
  }, config.shutdownTimeoutMs + 250);
  deadline.unref();
  app.stop().then(
    (report) => exit(report.cut.length ? 1 : 0),
    (error: unknown) => {
      logger.error({ err: error }, "shutdown failed");
      exit(1);
    },
  );
}

process.once("SIGTERM", onSignal);
process.once("SIGINT", onSignal);
