// System status (seed 001 System Operations API) and host stats (seed 003 /system). Every service
// state comes from a real probe: the database answers a query, the message broker (Redis or the
// in-process bus) answers, the background jobs ran without error.
import fs from "node:fs";
import os from "node:os";
import type { TtlCache } from "../../cache.js";
import type { Clock } from "../../clock.js";
import type { Db } from "../../db.js";
import type { Events } from "../../events.js";
import type { JobHealth } from "../../jobs.js";
import type { RequestMetrics } from "../../metrics.js";

export type ServiceState = "operational" | "degraded" | "unavailable";

export interface SystemStatus {
  status: "healthy" | "degraded" | "unhealthy";
  timestamp: Date;
  services: { apiGateway: ServiceState; agentOrchestrator: ServiceState; messageBroker: ServiceState; database: ServiceState; cache: ServiceState };
  metrics: { activeAgents: number; activeSessions: number; requestsPerMinute: number; errorRate: number; systemLoad: number };
}

export interface SystemStats {
  cpuTempC: number | null;
  loadAverage: number;
  memoryUsagePct: number;
  uptimeSeconds: number;
  diskFreeBytes: number | null;
  activeAgents: number;
}

export interface SystemStatusDeps {
  db: Db;
  events: Events;
  clock: Clock;
  cache: TtlCache;
  metrics: RequestMetrics;
  jobs: () => JobHealth[];
  isShuttingDown: () => boolean;
  /** Redis is also the shared cache when configured; otherwise the cache is in-process. */
  usesRedis: boolean;
  dataDir: string;
  startedAt: Date;
}

const SLOW_PROBE_MS = 1000;
/** Seed 001: GET /api/v1/system/status is cached for 10 seconds. */
const STATUS_CACHE_MS = 10_000;

async function probe(check: () => Promise<unknown>): Promise<ServiceState> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const ok = await Promise.race([
      check().then(
        (r) => r !== false,
        () => false,
      ),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), 2000))),
    ]);
    if (!ok) return "unavailable";
    return Date.now() - started > SLOW_PROBE_MS ? "degraded" : "operational";
  } finally {
    clearTimeout(timer);
  }
}

function cpuTemperature(): number | null {
  try {
    return Number(fs.readFileSync("/sys/class/thermal/thermal_zone0/temp", "utf8")) / 1000;
  } catch {
    return null; // no sensor (virtual machines, containers)
  }
}

export function createSystemStatus(deps: SystemStatusDeps) {
  const { db, events, clock, cache, metrics } = deps;

  async function activeCounts() {
    const [activeAgents, activeSessions] = await Promise.all([
      db.agent.count({ where: { status: "RUNNING" } }),
      db.session.count({ where: { status: "ACTIVE", expiresAt: { gt: clock.now() } } }),
    ]);
    return { activeAgents, activeSessions };
  }

  async function compute(): Promise<SystemStatus> {
    const jobs = deps.jobs();
    const [database, messageBroker] = await Promise.all([probe(() => db.$queryRawUnsafe("SELECT 1")), probe(() => events.probe())]);
    const services = {
      apiGateway: deps.isShuttingDown() ? "unavailable" : "operational",
      agentOrchestrator: jobs.some((j) => !j.running) ? "unavailable" : jobs.some((j) => j.lastError) ? "degraded" : "operational",
      messageBroker,
      database,
      cache: deps.usesRedis ? messageBroker : "operational",
    } satisfies SystemStatus["services"];
    const states = Object.values(services);
    const counts = database === "unavailable" ? { activeAgents: 0, activeSessions: 0 } : await activeCounts();
    return {
      status: database === "unavailable" || services.apiGateway === "unavailable" ? "unhealthy" : states.every((s) => s === "operational") ? "healthy" : "degraded",
      timestamp: clock.now(),
      services,
      metrics: {
        ...counts,
        requestsPerMinute: metrics.requestsPerMinute(),
        errorRate: metrics.errorRate(),
        systemLoad: Math.round((os.loadavg()[0]! / os.cpus().length) * 100) / 100,
      },
    };
  }

  return {
    /** Cached for 10 seconds (seed 001); CLEAR_CACHE drops it. */
    status: () => cache.get("system-status", STATUS_CACHE_MS, compute),

    async stats(): Promise<SystemStats> {
      const { activeAgents } = await activeCounts();
      let diskFreeBytes: number | null = null;
      try {
        const fsStats = await fs.promises.statfs(deps.dataDir);
        diskFreeBytes = fsStats.bavail * fsStats.bsize;
      } catch {
        /* unknown */
      }
      return {
        cpuTempC: cpuTemperature(),
        loadAverage: Math.round(os.loadavg()[0]! * 100) / 100,
        memoryUsagePct: Math.round((1 - os.freemem() / os.totalmem()) * 1000) / 10,
        uptimeSeconds: Math.floor((clock.now().getTime() - deps.startedAt.getTime()) / 1000),
        diskFreeBytes,
        activeAgents,
      };
    },
  };
}

