/**
 * Returns a function to call often during long work: it yields to the event loop (and resolves
 * after) once `sliceMs` have passed since the last yield, and returns undefined otherwise, so the
 * bot keeps answering and heartbeating while a large corpus is indexed.
 */
export function createSlicer(sliceMs: number): () => Promise<void> | undefined {
  let sliceStart = performance.now();
  return () => {
    if (performance.now() - sliceStart < sliceMs) return undefined;
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        sliceStart = performance.now();
        resolve();
      }),
    );
  };
}
