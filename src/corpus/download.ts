import { lineOfFirstInvalidByte } from "./read.js";

/**
 * Fetching an article file someone attached (`/article add`): only from allowed origins, within a
 * size and a time limit, only plain text or Markdown, only valid UTF-8.
 */

/** Discord's attachment hosts: the only origins production downloads from. */
export const DISCORD_CDN_ORIGINS = [
  "https://cdn.discordapp.com",
  "https://media.discordapp.net",
] as const;

/** The media types an article file may have (parameters such as `charset` aside). */
const TEXT_TYPES = new Set(["text/plain", "text/markdown", "text/x-markdown"]);
const UTF8_CHARSETS = new Set(["utf-8", "utf8", "us-ascii"]);

export interface DownloadLimits {
  /** The largest file accepted, in bytes (declared and received). */
  maxBytes: number;
  /** How long the whole download may take, in ms. */
  timeoutMs: number;
  /** Origins (`https://cdn.discordapp.com`) a URL must have; anything else is never fetched. */
  allowedOrigins: readonly string[];
}

/** What the attachment says about itself before it is fetched. */
export interface AttachmentFacts {
  url: string;
  /** The size Discord declares, in bytes. */
  size: number;
  /** The content type Discord declares, when it does. */
  contentType: string | null;
}

/** Why a download was refused or failed, with what the message to the user needs. */
export type DownloadFailure =
  | { reason: "origin"; origin: string }
  | { reason: "too-large"; bytes: number; limit: number }
  | { reason: "content-type"; contentType: string | null }
  | { reason: "timeout"; timeoutMs: number }
  | { reason: "http"; status: number }
  | { reason: "network"; message: string }
  | { reason: "encoding"; line: number };

/** Thrown by {@link downloadArticleText}; `failure` says why. */
export class DownloadError extends Error {
  readonly failure: DownloadFailure;

  constructor(failure: DownloadFailure) {
    super(`article download: ${failure.reason}`);
    this.name = "DownloadError";
    this.failure = failure;
  }
}

/**
 * Whether a content type is an article's: `text/plain` or `text/markdown`, in UTF-8 (or ASCII)
 * when a charset is given. `null` (not declared) is not.
 */
export function isArticleContentType(contentType: string | null): boolean {
  if (contentType === null) return false;
  const [type = "", ...parameters] = contentType.split(";").map((part) => part.trim());
  if (!TEXT_TYPES.has(type.toLowerCase())) return false;
  for (const parameter of parameters) {
    const [key = "", value = ""] = parameter.split("=").map((part) => part.trim());
    if (
      key.toLowerCase() === "charset" &&
      !UTF8_CHARSETS.has(value.replace(/"/g, "").toLowerCase())
    ) {
      return false;
    }
  }
  return true;
}

/**
 * Downloads an attachment's text. Refused before any request: a URL outside `allowedOrigins`, a
 * declared size over `maxBytes`, a declared content type that is not text or Markdown. Refused
 * after: a response that is not 200, of another content type, larger than `maxBytes` (the body is
 * cut off there), slower than `timeoutMs` in all, or not valid UTF-8. Redirects are not followed.
 * Throws a {@link DownloadError}.
 */
export async function downloadArticleText(
  attachment: AttachmentFacts,
  limits: DownloadLimits,
  fetchImpl: typeof fetch = fetch,
): Promise<string> {
  let url: URL;
  try {
    url = new URL(attachment.url);
  } catch {
    throw new DownloadError({ reason: "origin", origin: "(not a URL)" });
  }
  if (!limits.allowedOrigins.includes(url.origin)) {
    throw new DownloadError({ reason: "origin", origin: url.origin });
  }
  if (attachment.size > limits.maxBytes) {
    throw new DownloadError({
      reason: "too-large",
      bytes: attachment.size,
      limit: limits.maxBytes,
    });
  }
  if (attachment.contentType !== null && !isArticleContentType(attachment.contentType)) {
    throw new DownloadError({ reason: "content-type", contentType: attachment.contentType });
  }

  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    const response = await fetchImpl(url, { signal, redirect: "error" });
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => {});
      throw new DownloadError({ reason: "http", status: response.status });
    }
    const served = response.headers.get("content-type");
    if (!isArticleContentType(served)) {
      await response.body?.cancel().catch(() => {});
      throw new DownloadError({ reason: "content-type", contentType: served });
    }
    const length = Number(response.headers.get("content-length") ?? "NaN");
    if (Number.isFinite(length) && length > limits.maxBytes) {
      await response.body?.cancel().catch(() => {});
      throw new DownloadError({ reason: "too-large", bytes: length, limit: limits.maxBytes });
    }
    const bytes = await readAtMost(response, limits.maxBytes);
    return decodeUtf8(bytes);
  } catch (error) {
    if (error instanceof DownloadError) throw error;
    if (signal.aborted) throw new DownloadError({ reason: "timeout", timeoutMs: limits.timeoutMs });
    throw new DownloadError({ reason: "network", message: (error as Error).message });
  }
}

/** The body, or a "too-large" {@link DownloadError} as soon as it passes `maxBytes`. */
async function readAtMost(response: Response, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new DownloadError({ reason: "too-large", bytes: total, limit: maxBytes });
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new DownloadError({ reason: "encoding", line: lineOfFirstInvalidByte(bytes) });
  }
}
