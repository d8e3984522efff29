// The child side of a benchmark target: tell the parent where it listens, answer its commands
// (statement counts, heap after GC, …) over the IPC channel.
import fs from "node:fs";
import type { Server } from "node:http";
import { Session } from "node:inspector/promises";
import type { AddressInfo } from "node:net";
import { PerformanceObserver, monitorEventLoopDelay } from "node:perf_hooks";
import v8 from "node:v8";

type Command = (arg?: unknown) => unknown;

const commands: Record<string, Command> = {
  /** Used heap after a full GC, in bytes (targets run with --expose-gc). */
  heap: () => {
    global.gc?.();
    global.gc?.();
    return process.memoryUsage().heapUsed;
  },
  rss: () => process.memoryUsage().rss,
  /** CPU time used so far (user + system, µs): per request, the cost a load generator's noise cannot move. */
  cpu: () => {
    const { user, system } = process.cpuUsage();
    return user + system;
  },
  /** A heap snapshot (after GC) written to `file`: what a subscriber keeps alive, by constructor (bench/heap.ts). */
  heapSnapshot: (file) => {
    global.gc?.();
    return v8.writeHeapSnapshot(String(file));
  },
  /** The V8 CPU profiler (what `node --cpu-prof` runs), around one scenario only: start-up and seeding stay out. */
  profileStart: async () => {
    profiler ??= new Session();
    profiler.connect();
    await profiler.post("Profiler.enable");
    await profiler.post("Profiler.setSamplingInterval", { interval: 200 });
    await profiler.post("Profiler.start");
  },
  /** Stops it and writes the .cpuprofile to `file`. */
  profileStop: async (file) => {
    const { profile } = await profiler!.post("Profiler.stop");
    fs.writeFileSync(String(file), JSON.stringify(profile));
    profiler!.disconnect();
  },
};
let profiler: Session | undefined;
// How long the event loop was held (a statement, a GC pause, an fsync): what a request's p99 waits behind.
const loopDelay = monitorEventLoopDelay({ resolution: 1 });
loopDelay.enable();
// GC pauses since the last reset: the longest, and the total.
const gc = { max: 0, total: 0 };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gc.max = Math.max(gc.max, entry.duration);
    gc.total += entry.duration;
  }
}).observe({ entryTypes: ["gc"] });
Object.assign(commands, {
  loopDelayReset: () => {
    loopDelay.reset();
    gc.max = gc.total = 0;
  },
  /** Since the last reset, ms: event-loop delay p99 and max, GC pauses' longest and total. */
  loopDelay: () => ({ p99: loopDelay.percentile(99) / 1e6, max: loopDelay.max / 1e6, gcMax: gc.max, gcTotal: gc.total }),
});

process.on("message", async (message: { id: number; command: string; arg?: unknown }) => {
  try {
    const command = commands[message.command];
    if (!command) throw new Error(`unknown command ${message.command}`);
    process.send?.({ type: "reply", id: message.id, value: await command(message.arg) });
  } catch (error) {
    process.send?.({ type: "reply", id: message.id, error: String(error) });
  }
});

export function announce(server: Server, extra: Record<string, unknown> = {}): void {
  const { port } = server.address() as AddressInfo;
  process.send?.({ type: "ready", url: `http://127.0.0.1:${port}`, ...extra });
}

/** Adds target-specific commands (the parent calls them by name). */
export function onCommand(more: Record<string, Command>): void {
  Object.assign(commands, more);
}
