// Where log lines go: standard output, written asynchronously and never blocking the process.
//
// pino's default destination (sonic-boom 4.2.1) retries a failed write in `flushSync` forever when the
// error is not EAGAIN — with EPIPE (the reader of stdout is gone: a crashed log shipper, `| head`, a
// supervisor that closed its pipe) the process hangs in Atomics.wait at exit and no signal handler can
// run (upstream: pinojs/sonic-boom, flushSync retries every error; see stack-pitfalls 13). This
// destination writes through the thread pool instead, one chunk at a time in order; when the reader is
// gone it drops the line and says so once on stderr, and when the reader is slow it keeps a bounded
// buffer and drops what does not fit (counted). Nothing here ever waits on the main thread.
import fs from "node:fs";

export interface LogDestination {
  write(line: string): void;
  /** Resolves once everything buffered is written, or after `timeoutMs` (before process.exit). */
  flush(timeoutMs?: number): Promise<void>;
  /** Lines dropped so far (the reader was gone, or the buffer was full). */
  dropped(): number;
}

export interface LogDestinationOptions {
  fd?: number;
  /** Most bytes waiting for a slow reader; more is dropped. */
  maxBufferedBytes?: number;
  /** Told once, when lines start being dropped (default: one line on stderr). */
  onFirstDrop?: (reason: string) => void;
}

function tellStderr(reason: string) {
  try {
    fs.writeSync(2, `log lines are being dropped: ${reason}\n`);
  } catch {
    // stderr is gone too: nobody left to tell.
  }
}

export function createLogDestination({ fd = 1, maxBufferedBytes = 8 * 1024 * 1024, onFirstDrop = tellStderr }: LogDestinationOptions = {}): LogDestination {
  let queue: string[] = [];
  let queuedBytes = 0;
  let writing = false;
  let broken = false;
  let dropped = 0;
  let told = false;
  const waiters = new Set<() => void>();

  const drop = (reason: string) => {
    dropped++;
    if (!told) {
      told = true;
      onFirstDrop(reason);
    }
  };

  const settleWaiters = () => {
    if (writing || queue.length) return;
    for (const resolve of waiters) resolve();
    waiters.clear();
  };

  const writeChunk = (chunk: Buffer, offset: number) => {
    fs.write(fd, chunk, offset, chunk.length - offset, null, (error, written) => {
      if (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "EAGAIN" || code === "EBUSY") {
          setTimeout(() => writeChunk(chunk, offset), 10).unref(); // a non-blocking pipe is full: later
          return;
        }
        broken = true; // EPIPE, EBADF…: the reader is gone for good
        const lines = queue.length + 1;
        queue = [];
        queuedBytes = 0;
        for (let i = 0; i < lines; i++) drop(`${code ?? error.message} on fd ${fd}`);
        writing = false;
        settleWaiters();
        return;
      }
      if (offset + written < chunk.length) return writeChunk(chunk, offset + written);
      writing = false;
      pump();
    });
  };

  const pump = () => {
    if (writing || broken) return settleWaiters();
    if (!queue.length) return settleWaiters();
    writing = true;
    const chunk = Buffer.from(queue.join(""), "utf8");
    queue = [];
    queuedBytes = 0;
    writeChunk(chunk, 0);
  };

  return {
    write(line) {
      if (broken) return drop("the reader of the log is gone");
      if (queuedBytes + line.length > maxBufferedBytes) return drop("the reader of the log is too slow");
      queue.push(line);
      queuedBytes += line.length;
      pump();
    },
    flush(timeoutMs = 1000) {
      if (!writing && !queue.length) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          waiters.delete(done);
          resolve();
        }, timeoutMs);
        timer.unref();
        const done = () => {
          clearTimeout(timer);
          resolve();
        };
        waiters.add(done);
      });
    },
    dropped: () => dropped,
  };
}
