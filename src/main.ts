// Process entry: read the configuration, start the server, stop gracefully on SIGTERM/SIGINT.
import { buildApp } from "./app.js";
import { ConfigError, loadConfig } from "./config.js";
import { startupMessage } from "./startup-message.js";
import { VERSION } from "./version.js";

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}

// On a terminal the admin key created at the first start is shown with the addresses, in plain words.
const terminal = process.stdout.isTTY === true;
let createdAdminKey: string | null = null;
const app = buildApp(config, terminal ? { announceAdminKey: (key) => (createdAdminKey = key) } : {});
try {
  const url = await app.start();
  if (terminal) process.stdout.write(startupMessage({ url, version: VERSION, createdAdminKey, adminKeyFromEnv: config.adminApiKey !== null }));
} catch (error) {
  console.error(`Could not start: ${(error as Error).message}`);
  await app.stop().catch(() => undefined);
  process.exit(1);
}

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1); // a second signal: stop waiting
    stopping = true;
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
