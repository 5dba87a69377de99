import type { Config } from "../config.js";
import { DISCORD_CDN_ORIGINS, type DownloadLimits } from "../corpus/download.js";
import { CorpusWriter } from "../corpus/write.js";
import type { LiveIndex } from "../search/live-index.js";
import { TtlStore } from "./ttl-store.js";

/** The largest file `/article add` downloads (1 MB), lower when `ARTICLE_MAX_BYTES` is. */
export const UPLOAD_MAX_BYTES = 1024 * 1024;

/** How long a Confirm/Cancel button of `/article remove` works. */
export const REMOVAL_TTL_MS = 5 * 60_000;

/** A removal waiting for its admin's confirmation (kept server-side, keyed from the button). */
export interface PendingRemoval {
  articleId: string;
  title: string;
  /** The only user whose click counts: the admin who asked. */
  userId: string;
}

/** What `/article` needs besides the index: where it writes, what it waits for, how it downloads. */
export interface ArticleAdmin {
  writer: CorpusWriter;
  removals: TtlStore<PendingRemoval>;
  download: DownloadLimits;
}

/**
 * The origins attachments may be downloaded from: Discord's CDN, and the origin of
 * `DISCORD_API_URL` when one is set (the local stand-in serves its attachments there). The URL
 * comes from the interaction payload, so nothing else is ever fetched.
 */
export function attachmentOrigins(discordApiUrl: string | null): string[] {
  const origins: string[] = [...DISCORD_CDN_ORIGINS];
  if (discordApiUrl) origins.push(new URL(discordApiUrl).origin);
  return origins;
}

/** Builds `/article`'s services from the settings; the writer knows the articles `live` serves. */
export function createArticleAdmin(
  config: Pick<
    Config,
    | "corpusDir"
    | "articleMaxBytes"
    | "corpusMaxBytes"
    | "discordApiUrl"
    | "articleDownloadTimeoutMs"
  >,
  live: LiveIndex,
): ArticleAdmin {
  return {
    writer: new CorpusWriter({
      corpusDir: config.corpusDir,
      limits: { articleMaxBytes: config.articleMaxBytes, corpusMaxBytes: config.corpusMaxBytes },
      knownArticles: () => live.corpus.articles,
    }),
    removals: new TtlStore<PendingRemoval>({ ttlMs: REMOVAL_TTL_MS, maxEntries: 1000 }),
    download: {
      maxBytes: Math.min(UPLOAD_MAX_BYTES, config.articleMaxBytes),
      timeoutMs: config.articleDownloadTimeoutMs,
      allowedOrigins: attachmentOrigins(config.discordApiUrl),
    },
  };
}
