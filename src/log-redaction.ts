/**
 * Credentials kept out of logs: the bot token, interaction tokens and the tokens inside webhook
 * and interaction callback URLs (`/webhooks/<id>/<token>`, `/interactions/<id>/<token>/callback`),
 * each of which can post and edit as the bot. Applied to every string of every log call, error
 * messages and stacks included, whatever the level.
 */

/** What stands in for a credential in the logs. */
export const REDACTED = "[redacted]";

const PATTERNS: readonly [RegExp, string][] = [
  [/(\/(?:webhooks|interactions)\/\d+\/)[^/?#\s"'`]+/g, `$1${REDACTED}`],
  [/\b(Bot|Bearer)\s+[\w.-]+/g, `$1 ${REDACTED}`],
  // A bot token: base64 user id, timestamp, HMAC.
  [/\b[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,}/g, REDACTED],
  // An interaction token: base64 of "interaction:…".
  [/\baW50ZXJhY3Rpb246[\w-]+/g, REDACTED],
];

/** Request bodies carry what users typed: errors keep their status and route, not the body. */
const OMITTED_ERROR_FIELDS = new Set(["requestBody"]);

/**
 * Replaces every credential in `text`; `secrets` are literal values to hide too (the bot token, or
 * what a user typed); values shorter than 3 characters are left alone.
 */
export function redactText(text: string, secrets: readonly string[] = []): string {
  let clean = text;
  for (const secret of secrets) if (secret.length >= 3) clean = clean.split(secret).join(REDACTED);
  for (const [pattern, replacement] of PATTERNS) clean = clean.replace(pattern, replacement);
  return clean;
}

/**
 * A copy of `value` fit for a log line: every string passed through {@link redactText}, errors
 * turned into plain objects (`type`, `message`, `stack` and their own fields, request bodies left
 * out), cycles cut. Numbers, booleans and the like are kept as they are.
 */
export function redactForLog(value: unknown, secrets: readonly string[] = []): unknown {
  const seen = new WeakSet<object>();
  const walk = (item: unknown, depth: number): unknown => {
    if (typeof item === "string") return redactText(item, secrets);
    if (typeof item !== "object" || item === null) return item;
    if (item instanceof Date) return item;
    if (seen.has(item)) return "[circular]";
    if (depth > 10) return "[too deep]";
    seen.add(item);
    if (Array.isArray(item)) return item.map((entry) => walk(entry, depth + 1));
    const out: Record<string, unknown> = {};
    if (item instanceof Error) {
      out.type = item.name;
      out.message = walk(item.message, depth + 1);
      if (item.stack) out.stack = walk(item.stack, depth + 1);
      if (item.cause !== undefined) out.cause = walk(item.cause, depth + 1);
    }
    const source =
      !(item instanceof Error) && typeof (item as { toJSON?: unknown }).toJSON === "function"
        ? (item as { toJSON: () => unknown }).toJSON()
        : item;
    if (source !== item) return walk(source, depth + 1);
    for (const [key, entry] of Object.entries(item)) {
      if (item instanceof Error && OMITTED_ERROR_FIELDS.has(key)) continue;
      out[key] = walk(entry, depth + 1);
    }
    return out;
  };
  return walk(value, 0);
}
