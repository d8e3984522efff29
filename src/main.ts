// Process entry: read the configuration, start the server, stop gracefully on SIGTERM/SIGINT.
import { buildApp } from "./app.js";
import { ConfigError, loadConfig } from "./config.js";

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

const app = buildApp(config);
try {
  await app.start();
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
