// Health endpoints (seed 002): /health with the services' state, /health/live for "the process
// answers", /health/ready for "send traffic here" (503 while the database is unreachable or the
// server is shutting down); and /api/health (also /api/v4/health) with seed 003's and seed 004's fields.
// Every figure is measured: probes, the Prometheus counters, the model catalogue, the clock.
import type { Plugin } from "graphql-yoga";

export interface HealthProbes {
  version: string;
  /** Tasks this instance runs at once (seed 004 reports its "workers"). */
  workers: number;
  startedAt: Date;
  isShuttingDown(): boolean;
  database(): Promise<boolean>;
  pubsub(): Promise<boolean>;
  /** The background jobs that run agents' tasks, sessions and workflows are running. */
  runtime(): boolean;
  /** Share of HTTP requests that failed inside the server since start (src/telemetry). */
  errorRate(): Promise<number>;
  /** Models in the catalogue. */
  modelsConfigured(): number;
  now(): Date;
}

const PROBE_TIMEOUT_MS = 2000;

async function within(probe: () => Promise<boolean>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([probe().catch(() => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function useHealth(probes: HealthProbes): Plugin {
  const json = (body: unknown, status: number) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
    });

  async function services() {
    const [database, pubsub] = await Promise.all([within(probes.database), within(probes.pubsub)]);
    return { api: probes.isShuttingDown() ? "down" : "up", database: database ? "up" : "down", pubsub: pubsub ? "up" : "down" } as const;
  }

  /** Seed 002's service names mapped onto the probes: the gateway is this HTTP API, "docker" the agent runtime. */
  async function seed002Services() {
    const state = await services();
    return { gateway: state.api, docker: probes.runtime() ? "up" : "down", database: state.database, api: state.api, pubsub: state.pubsub } as const;
  }

  return {
    async onRequest({ request, url, endResponse }) {
      if (request.method !== "GET" && request.method !== "HEAD") return;
      switch (url.pathname) {
        case "/health/live":
          return endResponse(json({ status: "alive", timestamp: probes.now().toISOString() }, 200));
        case "/health/ready": {
          const state = await services();
          const ready = state.api === "up" && state.database === "up" && state.pubsub === "up";
          return endResponse(json({ status: ready ? "ready" : "not_ready", timestamp: probes.now().toISOString(), services: state }, ready ? 200 : 503));
        }
        case "/api/health":
        case "/api/v4/health": {
          // Seed 003 (J1MSKY, base /api): {status, uptime_seconds, error_rate, models_configured};
          // seed 004 (AgentOS): {status, version, workers, uptime}.
          const [state, errorRate] = await Promise.all([services(), probes.errorRate()]);
          const healthy = state.api === "up" && state.database === "up";
          const ms = probes.now().getTime() - probes.startedAt.getTime();
          return endResponse(
            json(
              {
                status: healthy ? "healthy" : "unhealthy",
                uptime_seconds: Math.floor(ms / 1000),
                error_rate: errorRate,
                models_configured: probes.modelsConfigured(),
                version: probes.version,
                workers: probes.workers,
                uptime: Math.round(ms / 100) / 10,
              },
              healthy ? 200 : 503,
            ),
          );
        }
        case "/health": {
          const state = await seed002Services();
          const status = state.database === "down" ? "unhealthy" : state.api === "up" && state.pubsub === "up" ? "healthy" : "degraded";
          return endResponse(
            json({ status, timestamp: probes.now().toISOString(), services: state, version: probes.version }, status === "unhealthy" ? 503 : 200),
          );
        }
      }
    },
  };
}
