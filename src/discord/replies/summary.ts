import { type APIEmbed, ComponentType } from "discord.js";
import type { Article } from "../../corpus/types.js";
import type { SummaryResult } from "../../summary/index.js";
import { type ReplyLocale, strings } from "../locale.js";
import { type VoteButtonIds, voteButtons } from "./feedback.js";
import { LIMITS } from "./limits.js";
import { EMBED_COLOR, NO_MENTIONS, type Reply } from "./reply.js";
import { fitEscaped, joinLinesWithin, truncateWords, webUrl } from "./text.js";

const SENTENCE_MAX = 1000;
const LISTED_MAX = 10;
const SOURCE_LINE_MAX = 300;

/**
 * The reply to `/summary`: the summary's sentences, each citing its paragraph (`[§3]`), in an embed
 * titled with the article, with 👍 / 👎 buttons when `votes` is given; or, kindly and only to the
 * user, why there is none and what to try.
 */
export function formatSummaryReply(
  result: SummaryResult,
  locale: ReplyLocale,
  votes?: VoteButtonIds,
): Reply {
  const t = strings[locale];
  switch (result.kind) {
    case "summary": {
      const { article } = result;
      const url = webUrl(article.source, SOURCE_LINE_MAX);
      const sourceLine = url ? `\n\n${t.source} <${url}>` : "";
      const lines = result.sentences.map(
        (sentence) => `• ${fitEscaped(sentence.text, SENTENCE_MAX)} [§${sentence.paragraph}]`,
      );
      const embed: APIEmbed = {
        title: fitEscaped(article.title, LIMITS.embedTitle),
        description:
          joinLinesWithin(lines, LIMITS.embedDescription - sourceLine.length, t.moreLines) +
          sourceLine,
        color: EMBED_COLOR,
        footer: {
          text: truncateWords(
            t.summaryFooter(t.lengthNames[result.length], result.topic),
            LIMITS.embedFooter,
          ),
        },
      };
      if (url) embed.url = url;
      const reply: Reply = { embeds: [embed], allowedMentions: NO_MENTIONS, ephemeral: false };
      if (votes) {
        reply.components = [
          { type: ComponentType.ActionRow, components: voteButtons(votes, locale) },
        ];
      }
      return reply;
    }
    case "off-topic": {
      const lines = [
        t.offTopic(fitEscaped(result.article.title, 200), fitEscaped(result.topic, 200)),
      ];
      const topics = result.suggestions.slice(0, LISTED_MAX).map((s) => `**${fitEscaped(s, 60)}**`);
      if (topics.length > 0) lines.push(t.topicsItCovers(topics.join(", ")));
      return notice(lines);
    }
    case "unknown-article": {
      const lines = [t.unknownArticle(fitEscaped(result.query, 200))];
      if (result.suggestions.length > 0) lines.push(t.didYouMean(titles(result.suggestions, ", ")));
      return notice(lines);
    }
    case "choose-article":
      return notice([t.chooseArticle, titles(result.suggestions, "\n", "• ")]);
  }
}

function titles(articles: readonly Article[], separator: string, bullet = ""): string {
  return articles
    .slice(0, LISTED_MAX)
    .map((article) => `${bullet}**${fitEscaped(article.title, 150)}**`)
    .join(separator);
}

function notice(lines: string[]): Reply {
  return {
    content: joinLinesWithin(lines, LIMITS.content, () => "…"),
    allowedMentions: NO_MENTIONS,
    ephemeral: true,
  };
}
