/** What a command-line subcommand reads and writes, injected so tests can run it in-process. */
export interface CliIO {
  /** Writes to standard output (the caller adds newlines). */
  out(text: string): void;
  /** Writes to standard error (the caller adds newlines). */
  err(text: string): void;
  /** Standard input, for batch mode. */
  stdin: NodeJS.ReadableStream;
  /** Corpus directory (from `--corpus`, else `CORPUS_DIR`, else `corpus`). */
  corpusDir: string;
  /** Data directory of the feedback store (`DATA_DIR`), for `gazette report`. */
  dataDir?: string;
  /** `FEEDBACK_RETENTION_DAYS`, applied when `gazette report` opens the store. */
  feedbackRetentionDays?: number;
}

/** A subcommand: parses its own arguments and returns the process exit code. */
export type CliCommand = (args: string[], io: CliIO) => Promise<number>;

/** A bad invocation: printed as one line on stderr, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
