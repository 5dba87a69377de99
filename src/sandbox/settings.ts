/** The sandbox's own setting, `SANDBOX_PORT`, read from the environment once at start. */

/** Default port of the sandbox page. */
export const DEFAULT_SANDBOX_PORT = 3000;

/**
 * The page's port from `SANDBOX_PORT` (default 3000; 0 picks a free port). Throws with a message
 * naming the setting and the fix when it is not a port number.
 */
export function sandboxPort(env: Readonly<Record<string, string | undefined>>): number {
  const raw = env.SANDBOX_PORT?.trim() ?? "";
  if (raw === "") return DEFAULT_SANDBOX_PORT;
  const port = /^\d{1,5}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(port >= 0 && port <= 65_535)) {
    throw new Error(
      `SANDBOX_PORT must be a port number from 0 to 65535 (0 picks a free one), not "${raw}"`,
    );
  }
  return port;
}
