// The child side of a benchmark target: tell the parent where it listens, answer its commands
// (statement counts, heap after GC, …) over the IPC channel.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

type Command = (arg?: unknown) => unknown;

const commands: Record<string, Command> = {
  /** Used heap after a full GC, in bytes (targets run with --expose-gc). */
  heap: () => {
    global.gc?.();
    global.gc?.();
    return process.memoryUsage().heapUsed;
  },
  rss: () => process.memoryUsage().rss,
};

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
