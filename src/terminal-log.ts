// Log lines for a person at a terminal: "12:00:01 INFO  message key=value …" instead of JSON.
// Only used when standard output is a TTY; anything else (files, pipes, collectors) gets JSON lines.

const LEVELS: Record<number, string> = { 10: "TRACE", 20: "DEBUG", 30: "INFO ", 40: "WARN ", 50: "ERROR", 60: "FATAL" };
// The addresses of the "listening" line are in the start-up message right below it.
const OMITTED = new Set(["level", "time", "msg", "service", "pid", "hostname", "graphiql", "rest", "metrics", "docs", "health"]);

function show(value: unknown): string {
  if (typeof value === "string") return /[\s"=]/.test(value) ? JSON.stringify(value) : value;
  return JSON.stringify(value);
}

/** One pino JSON line as a plain line (a line that is not JSON passes through). */
function plainLogLine(line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const time = typeof entry.time === "string" ? entry.time.slice(11, 19) : "";
  const level = LEVELS[entry.level as number] ?? String(entry.level);
  const fields = Object.entries(entry)
    .filter(([key]) => !OMITTED.has(key))
    .map(([key, value]) => `${key}=${show(value)}`);
  return `${time} ${level} ${String(entry.msg ?? "")}${fields.length ? `  ${fields.join(" ")}` : ""}\n`;
}

/** A pino destination writing plain lines to `sink` (standard output's non-blocking destination). */
export function terminalDestination(sink: { write(line: string): void }): { write(line: string): void } {
  return { write: (line) => sink.write(plainLogLine(line)) };
}
