// Environment → typed configuration, validated once at start-up with messages a operator can act on.
import path from "node:path";
import { z } from "zod";
import { DEFAULT_DATA_DIR, databaseUrlFromEnv, isPostgresUrl, isSqliteUrl } from "./database-url.js";
import fs from "node:fs";
import { TIERS, type Tier } from "./domain/auth/principal.js";
import { parseCidr, type Cidr } from "./http/client-ip.js";
import { parsePolicies, type RateLimitPolicies } from "./limits/policies.js";
import { decimalToMicros } from "./money.js";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string;
  /** When set, an admin API key with exactly this secret exists after start-up. */
  adminApiKey: string | null;
  /** HS256 secret for access tokens; when null one is generated once and kept in the database. */
  jwtSecret: string | null;
  logLevel: LogLevel;
  redisUrl: string | null;
  /** graphql-ws closes with 4408 when a client sends no connection_init within this time. */
  wsConnectionInitTimeoutMs: number;
  /** graphql-ws pings every socket this often; one that has not answered the previous ping is dropped. */
  wsKeepAliveMs: number;
  /** The legacy sockets (/v1/ws, /ws/v1/connect): ping interval, and the unsent bytes after which a slow client is dropped. */
  legacyWs: { heartbeatMs: number; maxBufferedBytes: number };
  /** The whole graceful shutdown: every step is cut by then and the process exits. */
  shutdownTimeoutMs: number;
  /** How long in-flight requests, model calls, tasks and agent replies may finish on their own before they are aborted. */
  shutdownGraceMs: number;
  /** A running task's lease: renewed every third of it; another instance takes the task over once it has expired. */
  taskLeaseMs: number;
  /** How long the event log (GET /api/events) keeps an event. */
  eventRetentionMs: number;
  /** PostgreSQL: connections per instance, and the longest a statement (or a wait for a connection) may take. */
  database: { poolSize: number; statementTimeoutMs: number; connectTimeoutMs: number; sqliteSynchronous: "normal" | "full" };
  environment: string;
  /** OpenAI-compatible provider (OpenAI, vLLM, Ollama, llama.cpp, LiteLLM); null when not configured. */
  openai: { baseUrl: string; apiKey: string | null; models: string[]; timeoutMs: number } | null;
  /** Extra or overriding model catalogue entries (JSON array), see src/domain/runtime/catalogue.ts. */
  modelCatalogue: unknown[];
  /** How often the session sweeper looks for sessions to warn about or expire. */
  sessionSweepIntervalMs: number;
  /** Budget used until an admin sets one (updateBudget). Micro-dollars; null: no limit. */
  budget: { dailyMicros: number | null; monthlyMicros: number | null; thresholds: { notice: number; warning: number; critical: number } };
  /** Requests per hour per provider (vendor), over the defaults in src/domain/ratelimits. */
  providerRateLimits: Record<string, number>;
  /** How often the budget alert level is re-checked (a new day resets spend) and stale holds released. */
  budgetCheckIntervalMs: number;
  /** Spawned tasks (and workflow steps) this instance runs at once. */
  taskConcurrency: number;
  webhooks: { retryBaseMs: number; maxAttempts: number; timeoutMs: number; pollIntervalMs: number };
  /** Proxies whose X-Forwarded-For is believed (CIDR ranges); empty: the socket address is the client. */
  trustedProxies: Cidr[];
  /** Request limits (src/limits): off only for local experiments. */
  rateLimits: { enabled: boolean; policies: RateLimitPolicies };
  /** Seed 002 tier of new API keys and users when none is given. */
  defaultTier: Tier;
  /** GET /metrics: with a token, scrapers send it as a bearer token; without one, loopback only. */
  metricsToken: string | null;
  /** Seed 003 security controls (README "Security controls"). */
  security: {
    /** ALLOWED_IPS: the IP allowlist until an admin sets one with PUT /api/security/ip-whitelist (empty: any address). */
    allowedIps: string[];
    authFailureLimit: number;
    authFailureWindowSeconds: number;
    authFailureBlockMinutes: number;
    /** Never blocked automatically. */
    abuseExempt: Cidr[];
    /** Model spend per key and hour that revokes the key (micro-dollars); null: off. */
    costSpikeMicrosPerHour: number | null;
    costSpikeCheckIntervalMs: number;
  };
}

const intInRange = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${name} must be between ${min} and ${max}`);

/** A dollar amount ("50", "12.5") or "none" for no limit. */
const usd = (name: string) =>
  z.string().regex(/^(none|\d+(\.\d{1,6})?)$/, `${name} must be an amount of US dollars such as 50 or 12.5, or none`);

/** Comma-separated addresses or CIDR ranges, IPv4 or IPv6. */
const cidrList = (name: string) =>
  z.string().transform((text, ctx) => {
    const ranges: Cidr[] = [];
    for (const item of text.split(",").map((s) => s.trim()).filter(Boolean)) {
      try {
        ranges.push(parseCidr(item));
      } catch {
        ctx.addIssue({ code: "custom", message: `${name}: "${item}" is not an IP address or CIDR range such as 10.0.0.0/8` });
      }
    }
    return ranges;
  });

const EnvSchema = z.object({
  HOST: z.string().min(1, "HOST must not be empty").default("127.0.0.1"),
  PORT: intInRange("PORT", 0, 65535).default(4000),
  DATA_DIR: z.string().min(1).default(DEFAULT_DATA_DIR),
  DATABASE_URL: z
    .string()
    .refine(
      (url) => isPostgresUrl(url) || isSqliteUrl(url),
      "DATABASE_URL must start with postgresql:// (or postgres://) or file: (SQLite)",
    )
    .optional(),
  ADMIN_API_KEY: z
    .string()
    .min(32, "ADMIN_API_KEY must be at least 32 characters long")
    .refine((key) => !/\s/.test(key), "ADMIN_API_KEY must not contain whitespace")
    .optional(),
  JWT_SECRET: z.string().min(32, "JWT_SECRET must be at least 32 characters long").optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}` }).default("info"),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "REDIS_URL must start with redis:// or rediss://")
    .optional(),
  WS_CONNECTION_INIT_TIMEOUT_MS: intInRange("WS_CONNECTION_INIT_TIMEOUT_MS", 100, 600_000).default(10_000),
  WS_KEEPALIVE_MS: intInRange("WS_KEEPALIVE_MS", 50, 600_000).default(12_000),
  LEGACY_WS_HEARTBEAT_MS: intInRange("LEGACY_WS_HEARTBEAT_MS", 50, 600_000).default(30_000),
  LEGACY_WS_MAX_BUFFERED_BYTES: intInRange("LEGACY_WS_MAX_BUFFERED_BYTES", 1024, 1_073_741_824).default(4 * 1024 * 1024),
  SHUTDOWN_TIMEOUT_MS: intInRange("SHUTDOWN_TIMEOUT_MS", 1000, 600_000).default(10_000),
  SHUTDOWN_GRACE_MS: intInRange("SHUTDOWN_GRACE_MS", 0, 600_000).optional(),
  TASK_LEASE_MS: intInRange("TASK_LEASE_MS", 300, 3_600_000).default(30_000),
  EVENT_RETENTION_HOURS: intInRange("EVENT_RETENTION_HOURS", 1, 24 * 366).default(24),
  DATABASE_POOL_SIZE: intInRange("DATABASE_POOL_SIZE", 1, 1000).default(10),
  DATABASE_STATEMENT_TIMEOUT_MS: intInRange("DATABASE_STATEMENT_TIMEOUT_MS", 100, 3_600_000).default(30_000),
  DATABASE_CONNECT_TIMEOUT_MS: intInRange("DATABASE_CONNECT_TIMEOUT_MS", 100, 600_000).default(10_000),
  SQLITE_SYNCHRONOUS: z.enum(["normal", "full"]).default("normal"),
  NODE_ENV: z.string().default("development"),
  OPENAI_BASE_URL: z.string().url("OPENAI_BASE_URL must be a URL such as http://127.0.0.1:11434/v1").optional(),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_MODELS: z.string().optional(),
  OPENAI_TIMEOUT_MS: intInRange("OPENAI_TIMEOUT_MS", 100, 600_000).default(60_000),
  MODEL_CATALOGUE: z
    .string()
    .transform((text, ctx) => {
      try {
        const parsed: unknown = JSON.parse(text);
        if (Array.isArray(parsed)) return parsed as unknown[];
      } catch {
        /* reported below */
      }
      ctx.addIssue({ code: "custom", message: "MODEL_CATALOGUE must be a JSON array of model entries" });
      return z.NEVER;
    })
    .optional(),
  SESSION_SWEEP_INTERVAL_MS: intInRange("SESSION_SWEEP_INTERVAL_MS", 10, 600_000).default(1000),
  BUDGET_DAILY_USD: usd("BUDGET_DAILY_USD").default("50"),
  BUDGET_MONTHLY_USD: usd("BUDGET_MONTHLY_USD").default("1500"),
  TASK_CONCURRENCY: intInRange("TASK_CONCURRENCY", 1, 256).default(4),
  WEBHOOK_RETRY_BASE_MS: intInRange("WEBHOOK_RETRY_BASE_MS", 10, 3_600_000).default(10_000),
  WEBHOOK_MAX_ATTEMPTS: intInRange("WEBHOOK_MAX_ATTEMPTS", 1, 50).default(8),
  WEBHOOK_TIMEOUT_MS: intInRange("WEBHOOK_TIMEOUT_MS", 100, 120_000).default(10_000),
  WEBHOOK_POLL_INTERVAL_MS: intInRange("WEBHOOK_POLL_INTERVAL_MS", 10, 600_000).default(1000),
  BUDGET_CHECK_INTERVAL_MS: intInRange("BUDGET_CHECK_INTERVAL_MS", 10, 3_600_000).default(30_000),
  BUDGET_ALERT_THRESHOLDS: z
    .string()
    .regex(/^\d{1,3},\d{1,3},\d{1,3}$/, "BUDGET_ALERT_THRESHOLDS must be three percentages, such as 50,70,90")
    .transform((text) => text.split(",").map(Number) as [number, number, number])
    .refine(([n, w, c]) => n > 0 && n < w && w < c && c <= 100, "BUDGET_ALERT_THRESHOLDS must rise: 0 < notice < warning < critical ≤ 100")
    .default([50, 70, 90]),
  PROVIDER_RATE_LIMITS: z
    .string()
    .transform((text, ctx) => {
      try {
        const parsed: unknown = JSON.parse(text);
        if (parsed && typeof parsed === "object" && !Array.isArray(parsed) && Object.values(parsed).every((v) => Number.isInteger(v) && (v as number) >= 0)) {
          return parsed as Record<string, number>;
        }
      } catch {
        /* reported below */
      }
      ctx.addIssue({ code: "custom", message: 'PROVIDER_RATE_LIMITS must be a JSON object of requests per hour, such as {"anthropic":50}' });
      return z.NEVER;
    })
    .default({}),
  TRUSTED_PROXIES: z
    .string()
    .transform((text, ctx) => {
      const ranges: Cidr[] = [];
      for (const item of text.split(",").map((s) => s.trim()).filter(Boolean)) {
        try {
          ranges.push(parseCidr(item));
        } catch {
          ctx.addIssue({ code: "custom", message: `TRUSTED_PROXIES: "${item}" is not an IP address or CIDR range such as 10.0.0.0/8` });
        }
      }
      return ranges;
    })
    .default([]),
  RATE_LIMITS: z.enum(["on", "off"], { message: "RATE_LIMITS must be on or off" }).default("on"),
  RATE_LIMIT_POLICIES: z
    .string()
    .transform((text, ctx) => {
      let source = text.trim();
      try {
        if (!source.startsWith("{")) source = fs.readFileSync(source, "utf8"); // a path to a JSON file
        return parsePolicies(JSON.parse(source));
      } catch (error) {
        ctx.addIssue({ code: "custom", message: `RATE_LIMIT_POLICIES must be JSON (or the path of a JSON file) overriding the default limits: ${(error as Error).message}` });
        return z.NEVER;
      }
    })
    .optional(),
  DEFAULT_TIER: z.enum(TIERS, { message: `DEFAULT_TIER must be one of ${TIERS.join(", ")}` }).default("pro"),
  METRICS_TOKEN: z.string().min(16, "METRICS_TOKEN must be at least 16 characters long").optional(),
  ALLOWED_IPS: cidrList("ALLOWED_IPS").optional(),
  AUTH_FAILURE_LIMIT: intInRange("AUTH_FAILURE_LIMIT", 0, 100_000).default(20),
  AUTH_FAILURE_WINDOW_SECONDS: intInRange("AUTH_FAILURE_WINDOW_SECONDS", 1, 86_400).default(300),
  AUTH_FAILURE_BLOCK_MINUTES: intInRange("AUTH_FAILURE_BLOCK_MINUTES", 1, 525_600).default(60),
  ABUSE_EXEMPT_IPS: cidrList("ABUSE_EXEMPT_IPS").default([parseCidr("127.0.0.0/8"), parseCidr("::1")]),
  COST_SPIKE_USD_PER_HOUR: usd("COST_SPIKE_USD_PER_HOUR").default("100"),
  COST_SPIKE_CHECK_INTERVAL_MS: intInRange("COST_SPIKE_CHECK_INTERVAL_MS", 10, 3_600_000).default(60_000),
});

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Reads the environment; empty strings count as unset so `FOO= npm start` means "default". */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const e = parsed.data;
  // Half the deadline by default: work gets time to finish, aborting and handing back get the rest.
  const shutdownGraceMs = e.SHUTDOWN_GRACE_MS ?? Math.floor(e.SHUTDOWN_TIMEOUT_MS / 2);
  if (shutdownGraceMs >= e.SHUTDOWN_TIMEOUT_MS) {
    throw new ConfigError([`SHUTDOWN_GRACE_MS: SHUTDOWN_GRACE_MS (${shutdownGraceMs}) must be shorter than SHUTDOWN_TIMEOUT_MS (${e.SHUTDOWN_TIMEOUT_MS})`]);
  }
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: databaseUrlFromEnv({ DATABASE_URL: e.DATABASE_URL, DATA_DIR: e.DATA_DIR }),
    adminApiKey: e.ADMIN_API_KEY ?? null,
    jwtSecret: e.JWT_SECRET ?? null,
    logLevel: e.LOG_LEVEL,
    redisUrl: e.REDIS_URL ?? null,
    wsConnectionInitTimeoutMs: e.WS_CONNECTION_INIT_TIMEOUT_MS,
    wsKeepAliveMs: e.WS_KEEPALIVE_MS,
    legacyWs: { heartbeatMs: e.LEGACY_WS_HEARTBEAT_MS, maxBufferedBytes: e.LEGACY_WS_MAX_BUFFERED_BYTES },
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    shutdownGraceMs,
    taskLeaseMs: e.TASK_LEASE_MS,
    eventRetentionMs: e.EVENT_RETENTION_HOURS * 3_600_000,
    database: { poolSize: e.DATABASE_POOL_SIZE, statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS, connectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT_MS, sqliteSynchronous: e.SQLITE_SYNCHRONOUS },
    environment: e.NODE_ENV,
    openai: e.OPENAI_BASE_URL
      ? {
          baseUrl: e.OPENAI_BASE_URL.replace(/\/+$/, ""),
          apiKey: e.OPENAI_API_KEY ?? null,
          models: (e.OPENAI_MODELS ?? "").split(",").map((m) => m.trim()).filter(Boolean),
          timeoutMs: e.OPENAI_TIMEOUT_MS,
        }
      : null,
    modelCatalogue: e.MODEL_CATALOGUE ?? [],
    sessionSweepIntervalMs: e.SESSION_SWEEP_INTERVAL_MS,
    budget: {
      dailyMicros: e.BUDGET_DAILY_USD === "none" ? null : decimalToMicros(e.BUDGET_DAILY_USD),
      monthlyMicros: e.BUDGET_MONTHLY_USD === "none" ? null : decimalToMicros(e.BUDGET_MONTHLY_USD),
      thresholds: { notice: e.BUDGET_ALERT_THRESHOLDS[0], warning: e.BUDGET_ALERT_THRESHOLDS[1], critical: e.BUDGET_ALERT_THRESHOLDS[2] },
    },
    providerRateLimits: e.PROVIDER_RATE_LIMITS,
    budgetCheckIntervalMs: e.BUDGET_CHECK_INTERVAL_MS,
    taskConcurrency: e.TASK_CONCURRENCY,
    webhooks: {
      retryBaseMs: e.WEBHOOK_RETRY_BASE_MS,
      maxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
      timeoutMs: e.WEBHOOK_TIMEOUT_MS,
      pollIntervalMs: e.WEBHOOK_POLL_INTERVAL_MS,
    },
    trustedProxies: e.TRUSTED_PROXIES,
    rateLimits: { enabled: e.RATE_LIMITS === "on", policies: e.RATE_LIMIT_POLICIES ?? parsePolicies({}) },
    defaultTier: e.DEFAULT_TIER,
    metricsToken: e.METRICS_TOKEN ?? null,
    security: {
      allowedIps: (e.ALLOWED_IPS ?? []).map(([address, bits]) => `${address.toString()}/${bits}`),
      authFailureLimit: e.AUTH_FAILURE_LIMIT,
      authFailureWindowSeconds: e.AUTH_FAILURE_WINDOW_SECONDS,
      authFailureBlockMinutes: e.AUTH_FAILURE_BLOCK_MINUTES,
      abuseExempt: e.ABUSE_EXEMPT_IPS,
      costSpikeMicrosPerHour: e.COST_SPIKE_USD_PER_HOUR === "none" ? null : decimalToMicros(e.COST_SPIKE_USD_PER_HOUR),
      costSpikeCheckIntervalMs: e.COST_SPIKE_CHECK_INTERVAL_MS,
    },
  };
}
