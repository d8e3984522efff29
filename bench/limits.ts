// The request limiter's cost: `{ viewer { id } }` requests per second with limits on vs off, on the
// embedded default (limits in memory) and, with REDIS_URL, through Redis. Limits on are charged
// against role, tier and per-IP class policies (the per-IP scope "all"), with limits too high to
// refuse anything, so every request does the limiter's full work.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { buildApp, type App } from "../src/app.js";
import { systemClock } from "../src/clock.js";
import { loadConfig } from "../src/config.js";
import { principalFor } from "../src/domain/auth/principal.js";
import { createRequestLimiter } from "../src/limits/limiter.js";
import { parsePolicies } from "../src/limits/policies.js";
import { createLogger } from "../src/logger.js";

const ADMIN = "bench-admin-key-0123456789abcdefghijklmnop";
const HIGH = 1_000_000_000;
const POLICIES = JSON.stringify({
  role: { limits: { admin: HIGH } },
  tier: { limits: { pro: HIGH } },
  ip: { scope: "all", limits: { read: HIGH, write: HIGH } },
});

async function start(env: Record<string, string>): Promise<{ app: App; url: string; auth: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cp-bench-limits-"));
  const config = loadConfig({ PORT: "0", DATA_DIR: dataDir, ADMIN_API_KEY: ADMIN, LOG_LEVEL: "silent", RATE_LIMIT_POLICIES: POLICIES, ...env });
  const app = buildApp(config, { logger: createLogger("silent"), eventsNamespace: `bench-${process.pid}-${Math.random().toString(36).slice(2)}` });
  const url = await app.start();
  // A pro-tier admin key: role and tier are both charged (the bootstrap key is enterprise, which has no tier limit).
  const created = await post(url, `ApiKey ${ADMIN}`, `mutation { createApiKey(input: { name: "bench", roles: [ADMIN], tier: PRO }) { secret } }`);
  return { app, url, auth: `ApiKey ${created.data.createApiKey.secret}` };
}

async function post(url: string, auth: string, query: string, retried = false): Promise<any> {
  let response: Response;
  try {
    response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: auth },
      body: JSON.stringify({ query }),
    });
  } catch (error) {
    // A kept-alive socket the server closed while this server sat idle (the other variant's round): once more.
    if (retried) throw error;
    return post(url, auth, query, true);
  }
  const body = (await response.json()) as { errors?: unknown };
  if (response.status !== 200 || body.errors) throw new Error(`${response.status} ${JSON.stringify(body)}`);
  return body;
}

/**
 * Requests per second of `clients` concurrent loops of `each` requests, and this process's CPU time
 * per request (client and server: the same for both variants, and steady on a busy machine).
 */
async function throughput(server: { url: string; auth: string }, clients: number, each: number): Promise<{ rate: number; cpuMicros: number }> {
  const began = performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = 0; i < each; i++) await post(server.url, server.auth, "{ viewer { id } }");
    }),
  );
  const used = process.cpuUsage(cpu);
  return { rate: (clients * each) / ((performance.now() - began) / 1000), cpuMicros: (used.user + used.system) / (clients * each) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchLimits(line: (label: string, value: string) => void, redisUrl?: string): Promise<void> {
  const variants: [string, Record<string, string>][] = [["embedded", {}]];
  if (redisUrl) variants.push(["Redis", { REDIS_URL: redisUrl }]);
  for (const [name, env] of variants) {
    const on = await start({ ...env, RATE_LIMITS: "on" });
    const off = await start({ ...env, RATE_LIMITS: "off" });
    try {
      await throughput(on, 10, 20); // warm up both
      await throughput(off, 10, 20);
      const rounds = { on: [] as { rate: number; cpuMicros: number }[], off: [] as { rate: number; cpuMicros: number }[] };
      // Interleaved rounds, so load from elsewhere on the machine hits both alike.
      for (let round = 0; round < 7; round++) {
        rounds.off.push(await throughput(off, 10, 40));
        rounds.on.push(await throughput(on, 10, 40));
      }
      const [onRate, offRate] = [median(rounds.on.map((r) => r.rate)), median(rounds.off.map((r) => r.rate))];
      const [onCpu, offCpu] = [median(rounds.on.map((r) => r.cpuMicros)), median(rounds.off.map((r) => r.cpuMicros))];
      line(`{ viewer { id } } req/s, limits off / on (${name}, 10 clients)`, `${offRate.toFixed(0)} / ${onRate.toFixed(0)} (${(((offRate - onRate) / offRate) * 100).toFixed(1)} % fewer)`);
      line(`  rounds off / on`, `${rounds.off.map((r) => r.rate.toFixed(0)).join(" ")} / ${rounds.on.map((r) => r.rate.toFixed(0)).join(" ")}`);
      line(`  CPU per request, off / on`, `${offCpu.toFixed(0)} / ${onCpu.toFixed(0)} µs (${(((onCpu - offCpu) / offCpu) * 100).toFixed(1)} % more)`);
    } finally {
      await on.app.stop();
      await off.app.stop();
    }
    line(`limiter alone: CPU per charge (role + tier + per-IP class, ${name})`, `${(await chargeMicros(env.REDIS_URL ?? null)).toFixed(1)} µs`);
  }
}

/** CPU microseconds per charge of the limiter itself, 10 charges in flight at a time (the HTTP figures above are noisy on a busy machine). */
async function chargeMicros(redisUrl: string | null): Promise<number> {
  const limiter = createRequestLimiter({
    policies: parsePolicies(JSON.parse(POLICIES)),
    enabled: true,
    clock: systemClock,
    logger: createLogger("silent"),
    redisUrl,
    namespace: `bench-micro-${process.pid}`,
  });
  await limiter.ready();
  const principal = principalFor("api_key", "key_bench", "bench", ["admin"], { tier: "pro" });
  const charge = () => limiter.charge({ principal, ip: "127.0.0.1", operationClass: "read" });
  try {
    for (let i = 0; i < 500; i++) await charge();
    const n = 5000;
    const cpu = process.cpuUsage();
    for (let i = 0; i < n; i += 10) await Promise.all(Array.from({ length: 10 }, charge));
    const used = process.cpuUsage(cpu);
    return (used.user + used.system) / n;
  } finally {
    await limiter.close();
  }
}
