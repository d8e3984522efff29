// One message at a time per session, in arrival order, within this process. (Across instances the
// session row's busy claim does the same job; see SessionService.sendMessage.)
export type BusyPolicy = "REJECT" | "ENQUEUE";

export function createSessionTurns() {
  const tails = new Map<string, Promise<void>>();
  const pending = new Map<string, number>();

  return {
    /** A message of this session is being answered or waiting here. */
    isBusy(sessionId: string): boolean {
      return (pending.get(sessionId) ?? 0) > 0;
    },

    /** Runs `turn` after every earlier turn of the session has finished. */
    async run<T>(sessionId: string, turn: () => Promise<T>): Promise<T> {
      const previous = tails.get(sessionId) ?? Promise.resolve();
      let finish!: () => void;
      const mine = new Promise<void>((resolve) => (finish = resolve));
      const tail = previous.then(() => mine);
      tails.set(sessionId, tail);
      pending.set(sessionId, (pending.get(sessionId) ?? 0) + 1);
      try {
        await previous;
        return await turn();
      } finally {
        finish();
        const left = (pending.get(sessionId) ?? 1) - 1;
        if (left === 0) pending.delete(sessionId);
        else pending.set(sessionId, left);
        if (tails.get(sessionId) === tail) tails.delete(sessionId);
      }
    },
  };
}

export type SessionTurns = ReturnType<typeof createSessionTurns>;
