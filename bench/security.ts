// The security controls' cost (README "Security controls"): `{ viewer { id } }` requests per second
// with an unrestricted key, with a 100-range IP allowlist plus a key limited to its own range, and with
// a key that signs every request; audit overhead (audit on vs off); the in-memory checks alone; and
// how fast a block takes effect (same instance, and on a second instance through Redis when given).
// `npx tsx bench/security.ts [--redis redis://127.0.0.1:6379]`, or as part of `npm run bench`.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { buildApp, type App } from "../src/app.js";
import { loadConfig } from "../src/config.js";
import { signRequest } from "../src/domain/security/key-guard.js";
import { createLogger } from "../src/logger.js";

const ADMIN = "bench-admin-key-0123456789abcdefghijklmnop";

interface Server {
  app: App;
  url: string;
}

async function start(env: Record<string, string>, dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cp-bench-security-")), namespace = `bench-sec-${process.pid}-${Math.random().toString(36).slice(2)}`): Promise<Server & { dataDir: string }> {
  const config = loadConfig({ PORT: "0", DATA_DIR: dataDir, ADMIN_API_KEY: ADMIN, LOG_LEVEL: "silent", RATE_LIMITS: "off", TRUSTED_PROXIES: "127.0.0.1", ...env });
  const app = buildApp(config, { logger: createLogger("silent"), eventsNamespace: namespace });
  return { app, url: await app.start(), dataDir };
}

interface Caller {
  auth: string;
  signingSecret?: string;
  headers?: Record<string, string>;
}

let sequence = 0;

async function call(url: string, caller: Caller, query: string, retried = false): Promise<any> {
  // Two identical signed requests in the same millisecond have the same signature (a replay): vary the body.
  const body = JSON.stringify({ query: caller.signingSecret ? `${query} # ${++sequence}` : query });
  const headers: Record<string, string> = { "content-type": "application/json", authorization: caller.auth, ...caller.headers };
  if (caller.signingSecret) {
    const timestamp = new Date().toISOString();
    headers["x-timestamp"] = timestamp;
    headers["x-signature"] = signRequest(caller.signingSecret, timestamp, "POST", "/graphql", body);
  }
  let response: Response;
  try {
    response = await fetch(`${url}/graphql`, { method: "POST", headers, body });
  } catch (error) {
    if (retried) throw error; // a kept-alive socket closed while the other variant ran: once more
    return call(url, caller, query, true);
  }
  const result = (await response.json()) as { errors?: unknown; data?: any };
  if (response.status !== 200 || result.errors) throw new Error(`${response.status} ${JSON.stringify(result)}`);
  return result.data;
}

/**
 * Requests per second, and this process's CPU time per request (client and server share the process:
 * on a busy machine the CPU time is the steadier figure).
 */
async function throughput(url: string, caller: Caller, query: string, clients = 10, each = 40): Promise<{ rate: number; cpuMicros: number }> {
  const began = performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(Array.from({ length: clients }, async () => {
    for (let i = 0; i < each; i++) await call(url, caller, query);
  }));
  const used = process.cpuUsage(cpu);
  return { rate: (clients * each) / ((performance.now() - began) / 1000), cpuMicros: (used.user + used.system) / (clients * each) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const admin: Caller = { auth: `ApiKey ${ADMIN}` };

async function newKey(url: string, extra = ""): Promise<{ secret: string; signingSecret: string | null }> {
  const data = await call(url, admin, `mutation { createApiKey(input: { name: "bench", roles: [ADMIN] ${extra} }) { secret signingSecret } }`);
  return data.createApiKey;
}

/** Nanoseconds per call of `fn`, over `n` calls. */
function perCall(n: number, fn: (i: number) => unknown): number {
  for (let i = 0; i < 1000; i++) fn(i);
  const began = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn(i);
  return Number(process.hrtime.bigint() - began) / n;
}

export async function benchSecurity(line: (label: string, value: string) => void, redisUrl?: string): Promise<void> {
  const server = await start({});
  try {
    const { app, url } = server;
    // A 100-range allowlist (the client, 10.1.2.3, matches near the end) and a key limited to its /32.
    const ranges = Array.from({ length: 98 }, (_, i) => `"192.168.${i}.0/24"`).concat('"10.1.2.0/24"', '"127.0.0.1"');
    const allowlist = (list: string[]) => call(url, admin, `mutation { setIpAllowlist(input: { allowedIps: [${list.join(",")}] }) { allowlist { enforce } } }`);
    const plain: Caller = { auth: `ApiKey ${(await newKey(url)).secret}` };
    const restricted: Caller = { auth: `ApiKey ${(await newKey(url, `allowedIps: ["10.1.2.3"]`)).secret}`, headers: { "x-forwarded-for": "10.1.2.3" } };
    const signing = await newKey(url, "requireSignature: true");
    const signed: Caller = { auth: `ApiKey ${signing.secret}`, signingSecret: signing.signingSecret! };
    const variants: [string, Caller, string[]][] = [["plain key", plain, []], ["allowlist (100 ranges) + key's own range", restricted, ranges], ["signed requests", signed, []]];
    const rates = new Map<string, { rate: number; cpuMicros: number }[]>(variants.map(([name]) => [name, []]));
    for (const [, caller] of variants) await throughput(url, caller, "{ viewer { id } }", 5, 20); // warm up
    for (let round = 0; round < 3; round++) {
      for (const [name, caller, list] of variants) {
        await allowlist(list);
        rates.get(name)!.push(await throughput(url, caller, "{ viewer { id } }"));
      }
    }
    await allowlist(ranges);
    const of = (name: string) => ({ rate: median(rates.get(name)!.map((r) => r.rate)), cpu: median(rates.get(name)!.map((r) => r.cpuMicros)) });
    const base = of("plain key");
    for (const [name] of variants) {
      const { rate, cpu } = of(name);
      const delta = name === "plain key" ? "" : ` (${((rate / base.rate - 1) * 100).toFixed(1)} % req/s, ${((cpu / base.cpu - 1) * 100).toFixed(1)} % CPU)`;
      line(`{ viewer { id } }, ${name}`, `${rate.toFixed(0)} req/s, ${cpu.toFixed(0)} µs CPU/request${delta}`);
    }

    // Audit: every request of a key is api.key.used, every mutation api.mutation — on vs off.
    const audit = { on: [] as { rate: number; cpuMicros: number }[], off: [] as { rate: number; cpuMicros: number }[] };
    const mutation = () => `mutation { createAgent(input: { name: "bench-${Math.random().toString(36).slice(2)}", type: "t" }) { agent { id } } }`;
    const mutations = async () => {
      const began = performance.now();
      const cpu = process.cpuUsage();
      await Promise.all(Array.from({ length: 10 }, async () => {
        for (let i = 0; i < 20; i++) await call(url, plain, mutation());
      }));
      const used = process.cpuUsage(cpu);
      return { rate: 200 / ((performance.now() - began) / 1000), cpuMicros: (used.user + used.system) / 200 };
    };
    await mutations();
    for (let round = 0; round < 3; round++) {
      for (const enabled of [true, false]) {
        await call(url, admin, `mutation { configureAudit(input: { enabled: ${enabled} }) { settings { enabled } } }`);
        audit[enabled ? "on" : "off"].push(await mutations());
      }
    }
    const [on, off] = [median(audit.on.map((r) => r.rate)), median(audit.off.map((r) => r.rate))];
    const [onCpu, offCpu] = [median(audit.on.map((r) => r.cpuMicros)), median(audit.off.map((r) => r.cpuMicros))];
    line("createAgent with audit on vs off", `${on.toFixed(0)} vs ${off.toFixed(0)} req/s, ${onCpu.toFixed(0)} vs ${offCpu.toFixed(0)} µs CPU/request (${((onCpu / offCpu - 1) * 100).toFixed(1)} % CPU)`);
    await app.services.security.audit.flush();

    // The checks alone, in memory.
    const check = perCall(200_000, (i) => app.services.security.ipRules.check(i % 2 ? "10.1.2.3" : "203.0.113.9"));
    const hmac = perCall(50_000, (i) => signRequest("sig_secret", "2026-03-02T10:00:00", "POST", "/graphql", `{"query":"{ viewer { id } }","i":${i}}`));
    line("IP rules check (100-range allowlist, in memory)", `${(check / 1000).toFixed(2)} µs`);
    line("HMAC-SHA256 of a small request", `${(hmac / 1000).toFixed(2)} µs`);

    // Blocking reaction: an automatic block (the 20th failure) → the next request from there is refused.
    const attacker = { "x-forwarded-for": "203.0.113.77" };
    for (let i = 0; i < 19; i++) await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: "ApiKey wrong", ...attacker }, body: "{}" });
    const began = performance.now();
    await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: "ApiKey wrong", ...attacker }, body: "{}" });
    let status = 0;
    while (status !== 403) status = (await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...attacker }, body: '{"query":"{ __typename }"}' })).status;
    line("automatic block: 20th failure → first refusal (same instance)", `${(performance.now() - began).toFixed(1)} ms`);

    if (redisUrl) {
      const namespace = `bench-sec-shared-${process.pid}`;
      const a = await start({ REDIS_URL: redisUrl }, fs.mkdtempSync(path.join(os.tmpdir(), "cp-bench-sec-a-")), namespace);
      const b = await start({ REDIS_URL: redisUrl, DATABASE_URL: `file:${path.join(a.dataDir, "control-plane.db")}` }, fs.mkdtempSync(path.join(os.tmpdir(), "cp-bench-sec-b-")), namespace);
      try {
        const blocked = { "x-forwarded-for": "198.51.100.50" };
        const sent = performance.now();
        await call(a.url, admin, `mutation { blockIp(input: { ip: "198.51.100.50", reason: "bench" }) { block { id } } }`);
        let other = 0;
        while (other !== 403) other = (await fetch(`${b.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...blocked }, body: '{"query":"{ __typename }"}' })).status;
        line("manual block on instance A → refused on instance B (Redis)", `${(performance.now() - sent).toFixed(1)} ms`);
      } finally {
        await b.app.stop();
        await a.app.stop();
      }
    }
  } finally {
    await server.app.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf("--redis");
  await benchSecurity((label, value) => console.log(`${label}: ${value}`), i > 0 ? process.argv[i + 1] : undefined);
}
