import { type APIEmbed, ButtonStyle, ComponentType } from "discord.js";
import type { DownloadFailure } from "../../corpus/download.js";
import { type CorpusProblem, formatProblem } from "../../corpus/parse.js";
import { formatBytes } from "../../corpus/read.js";
import type { Article } from "../../corpus/types.js";
import type { AddRefusal } from "../../corpus/write.js";
import type { LibraryReindexOutcome } from "../../library.js";
import { buildCustomId } from "../custom-id.js";
import type { ReplyLocale } from "../locale.js";
import { articleStrings } from "./article-strings.js";
import { LIMITS } from "./limits.js";
import { EMBED_COLOR, formatNotice, NO_MENTIONS, type Reply } from "./reply.js";
import { fitEscaped, joinLinesWithin, truncateWords } from "./text.js";

const FAILURE_COLOR = 0xb3261e;
const WARNING_COLOR = 0xc77700;
const PROBLEM_MAX = 600;

/** Articles per page of `/article list`. */
export const ARTICLES_PER_PAGE = 10;

/** The refusal shown to members who may not manage articles. */
export function formatArticleRefusal(locale: ReplyLocale): Reply {
  return formatNotice(articleStrings[locale].refused);
}

/** Why the attachment was not downloaded or not accepted, and what to do. */
export function formatDownloadFailure(failure: DownloadFailure, locale: ReplyLocale): Reply {
  const t = articleStrings[locale];
  const text = (() => {
    switch (failure.reason) {
      case "origin":
        return t.origin;
      case "too-large":
        return t.tooLarge(formatBytes(failure.bytes), formatBytes(failure.limit));
      case "content-type":
        return t.wrongType(failure.contentType && truncateWords(failure.contentType, 100));
      case "timeout":
        return t.timedOut(Math.round(failure.timeoutMs / 100) / 10);
      case "http":
        return t.httpError(failure.status);
      case "network":
        return t.networkError;
      case "encoding":
        return t.notUtf8(failure.line);
    }
  })();
  return formatNotice(text);
}

/** A file whose name is not `.txt` or `.md`. */
export function formatWrongExtension(name: string, locale: ReplyLocale): Reply {
  return formatNotice(articleStrings[locale].wrongExtension(fitEscaped(name, 200)));
}

/** Why the article was not written: its problems (line and fix), a duplicate id, a size limit. */
export function formatAddRefusal(refusal: AddRefusal, locale: ReplyLocale): Reply {
  const t = articleStrings[locale];
  switch (refusal.kind) {
    case "invalid":
      return problemsReply(t.invalid(refusal.problems.length), refusal.problems, FAILURE_COLOR);
    case "duplicate":
      return formatNotice(t.duplicate(refusal.id));
    case "too-large":
      return formatNotice(t.tooLarge(formatBytes(refusal.bytes), formatBytes(refusal.limit)));
    case "corpus-full":
      return formatNotice(t.corpusFull(formatBytes(refusal.bytes), formatBytes(refusal.limit)));
  }
}

/**
 * The answer to a successful add: the article's id, paragraph count, file and a suggested `/ask`;
 * or, when the reindex failed or left the new file out, that the file was written and why it is
 * not served.
 */
export function formatArticleAdded(
  added: { article: Article; replaced: boolean; fileName: string; question: string },
  outcome: LibraryReindexOutcome,
  served: boolean,
  locale: ReplyLocale,
): Reply {
  const t = articleStrings[locale];
  const { article } = added;
  if (!outcome.ok) return problemsReply(t.reindexFailed, outcome.problems, FAILURE_COLOR);
  if (!served) {
    const mine = outcome.leftOut.filter((problem) => problem.file === article.file);
    return problemsReply(t.notServed, mine.length > 0 ? mine : outcome.leftOut, WARNING_COLOR);
  }
  const ask = added.question === "" ? "/ask" : `/ask question: ${added.question}`;
  const embed: APIEmbed = {
    title: truncateWords(
      `${added.replaced ? t.replaced : t.added}: ${article.title}`,
      LIMITS.embedTitle,
    ),
    color: EMBED_COLOR,
    fields: [
      { name: t.addedFields.id, value: `\`${article.id}\``, inline: true },
      { name: t.addedFields.paragraphs, value: String(article.passages.length), inline: true },
      { name: t.addedFields.file, value: fitEscaped(added.fileName, 200), inline: true },
      {
        name: t.addedFields.ask,
        value: `\`${truncateWords(ask.replace(/`/g, "'"), 200)}\``,
        inline: false,
      },
    ],
  };
  return { embeds: [embed], allowedMentions: NO_MENTIONS, ephemeral: true };
}

/** One page of `/article list`, with Previous/Next buttons when there are several. */
export function formatArticleList(
  articles: readonly Article[],
  page: number,
  locale: ReplyLocale,
): Reply {
  const t = articleStrings[locale];
  if (articles.length === 0) return formatNotice(t.listEmpty);
  const pages = Math.ceil(articles.length / ARTICLES_PER_PAGE);
  const current = Math.min(Math.max(1, page), pages);
  const shown = articles.slice((current - 1) * ARTICLES_PER_PAGE, current * ARTICLES_PER_PAGE);
  const lines = shown.map(
    (article) =>
      `**${fitEscaped(article.title, 150)}**\n\`${article.id}\` · ${article.date ?? t.noDate} · ${t.paragraphs(article.passages.length)}`,
  );
  const embed: APIEmbed = {
    title: t.listTitle(articles.length),
    description: joinLinesWithin(lines, LIMITS.embedDescription, () => ""),
    color: EMBED_COLOR,
    footer: { text: t.listPage(current, pages) },
  };
  const reply: Reply = { embeds: [embed], allowedMentions: NO_MENTIONS, ephemeral: true };
  if (pages > 1) {
    reply.components = [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.Button,
            style: ButtonStyle.Secondary,
            label: t.previous,
            custom_id: buildCustomId("article", "list", current - 1),
            disabled: current === 1,
          },
          {
            type: ComponentType.Button,
            style: ButtonStyle.Secondary,
            label: t.next,
            custom_id: buildCustomId("article", "list", current + 1),
            disabled: current === pages,
          },
        ],
      },
    ];
  }
  return reply;
}

/** Asks the admin to confirm a removal: Remove / Cancel buttons keyed to the pending removal. */
export function formatRemovalConfirmation(
  article: Pick<Article, "id" | "title">,
  key: string,
  locale: ReplyLocale,
): Reply {
  const t = articleStrings[locale];
  return {
    content: truncateWords(
      t.confirmRemove(fitEscaped(article.title, 300), article.id),
      LIMITS.content,
    ),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.Button,
            style: ButtonStyle.Danger,
            label: t.confirm,
            custom_id: buildCustomId("article", "remove", key, "yes"),
          },
          {
            type: ComponentType.Button,
            style: ButtonStyle.Secondary,
            label: t.cancel,
            custom_id: buildCustomId("article", "remove", key, "no"),
          },
        ],
      },
    ],
    allowedMentions: NO_MENTIONS,
    ephemeral: true,
  };
}

/** The confirmation message once answered: what happened, no buttons left. */
export function formatRemovalDone(
  result: "removed" | "gone" | "cancelled",
  article: Pick<Article, "id" | "title">,
  outcome: LibraryReindexOutcome | null,
  locale: ReplyLocale,
): Reply {
  const t = articleStrings[locale];
  if (outcome && !outcome.ok) {
    return { ...problemsReply(t.reindexFailed, outcome.problems, FAILURE_COLOR), components: [] };
  }
  const text =
    result === "cancelled"
      ? t.cancelled
      : result === "gone"
        ? t.alreadyGone(article.id)
        : t.removed(fitEscaped(article.title, 300), article.id);
  return { ...formatNotice(text), components: [] };
}

function problemsReply(head: string, problems: readonly CorpusProblem[], color: number): Reply {
  const list = joinLinesWithin(
    problems.map((problem) => `• ${fitEscaped(formatProblem(problem), PROBLEM_MAX)}`),
    LIMITS.embedDescription - head.length - 2,
    (count) => `…+${count}`,
  );
  const embed: APIEmbed = {
    description: list === "" ? head : `${head}\n\n${list}`,
    color,
  };
  return { embeds: [embed], allowedMentions: NO_MENTIONS, ephemeral: true };
}
