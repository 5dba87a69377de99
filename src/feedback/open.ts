import type { Logger } from "../logger.js";
import { SCHEMA_VERSION } from "./schema.js";
import { DAY_MS, FeedbackStore, type FeedbackStoreOptions } from "./store.js";

export interface OpenFeedbackOptions extends FeedbackStoreOptions {
  logger: Logger;
  /** How often the retention is applied while running, in ms (default a day; 0: never). */
  pruneEveryMs?: number;
}

/** A store that prunes itself on a timer until closed. */
export interface RunningFeedbackStore {
  store: FeedbackStore;
  close(): void;
}

/**
 * Opens the store for a running bot and prunes it daily; on failure logs a warning and resolves to
 * null, so Gazette starts and answers without feedback.
 */
export function openFeedbackStore(options: OpenFeedbackOptions): RunningFeedbackStore | null {
  let store: FeedbackStore;
  try {
    store = FeedbackStore.open(options);
  } catch (error) {
    options.logger.warn(
      { err: error, dataDir: options.dir },
      `${(error as Error).message}. Gazette runs without feedback: votes answer that feedback is unavailable and /report is empty`,
    );
    return null;
  }
  options.logger.info(
    { file: store.file, retentionDays: options.retentionDays, schema: SCHEMA_VERSION },
    "feedback store opened",
  );
  const every = options.pruneEveryMs ?? DAY_MS;
  const timer =
    every > 0
      ? setInterval(() => {
          try {
            const removed = store.prune();
            options.logger.info({ ...removed }, "feedback past the retention deleted");
          } catch (error) {
            options.logger.warn({ err: error }, "could not apply the feedback retention");
          }
        }, every)
      : null;
  timer?.unref();
  return {
    store,
    close() {
      if (timer) clearInterval(timer);
      store.close();
    },
  };
}
