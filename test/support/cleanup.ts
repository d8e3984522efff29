// What a test leaves running or on disk is undone here, whatever happens to the test: servers,
// spawned processes, temp dirs. Something registered while a test runs is undone after that test;
// something registered in beforeAll (or at file level) after the file. test/support/setup.ts runs
// the hooks; a cleanup that was already done by the test itself is simply not found any more.

type Cleanup = { label: string; run: () => unknown };

const testScope: Cleanup[] = [];
const fileScope: Cleanup[] = [];
let inTest = false;

/** Registers `run` for the end of the current test (or file); returns a function that unregisters it. */
export function onCleanup(label: string, run: () => unknown): () => void {
  const scope = inTest ? testScope : fileScope;
  const entry = { label, run };
  scope.push(entry);
  return () => {
    const at = scope.indexOf(entry);
    if (at >= 0) scope.splice(at, 1);
  };
}

export function enterTest(): void {
  inTest = true;
}

/** Undoes the test's registrations, newest first; every cleanup runs even when one fails. */
export async function leaveTest(): Promise<void> {
  inTest = false;
  await runAll(testScope);
}

export async function leaveFile(): Promise<void> {
  await runAll(fileScope);
}

async function runAll(scope: Cleanup[]): Promise<void> {
  const failures: string[] = [];
  while (scope.length > 0) {
    const { label, run } = scope.pop()!;
    try {
      await run();
    } catch (error) {
      failures.push(`${label}: ${(error as Error).message}`);
    }
  }
  if (failures.length > 0) throw new Error(`cleanup failed:\n${failures.join("\n")}`);
}
