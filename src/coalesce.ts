/**
 * Wraps `run` so that concurrent calls coalesce into "the run under way, then at most one more that
 * starts after the latest call": a call made while a run is under way waits for it, then shares the
 * single next run (which every call made meanwhile joins). Every caller's result therefore comes
 * from a run that started after its own call, and at most two runs are ever pending.
 *
 * ```ts
 * const rebuild = coalesceRuns(() => buildIndex());
 * const [a, b] = [rebuild(), rebuild()]; // a: the first build; b: a second, started after a's
 * ```
 */
export function coalesceRuns<T>(run: () => Promise<T>): () => Promise<T> {
  let current: Promise<T> | null = null;
  let next: { promise: Promise<T>; start: () => void } | null = null;

  const start = (): Promise<T> => {
    const started = (async () => run())().finally(() => {
      current = null;
      // Hand over synchronously, so no call can slip in and start a third run alongside.
      const queued = next;
      next = null;
      queued?.start();
    });
    current = started;
    return started;
  };

  return () => {
    if (!current) return start();
    if (!next) {
      let begin: () => void = () => {};
      const promise = new Promise<T>((resolve, reject) => {
        begin = () => start().then(resolve, reject);
      });
      next = { promise, start: begin };
    }
    return next.promise;
  };
}
