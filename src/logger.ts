/**
 * The logging surface the core needs. pino's `Logger` satisfies it; tests pass {@link silentLogger}
 * or a recorder. Call as `logger.info({ passages: 7 }, "index built")`.
 */
export interface Logger {
  /** The finest level (`LOG_LEVEL=trace`): discord.js's own debug lines. Optional for recorders. */
  trace?(fields: object, message?: string): void;
  debug(fields: object, message?: string): void;
  info(fields: object, message?: string): void;
  warn(fields: object, message?: string): void;
  error(fields: object, message?: string): void;
}

/** A logger that drops everything. */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};
