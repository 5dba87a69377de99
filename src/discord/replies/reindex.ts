import type { APIEmbed } from "discord.js";
import { type CorpusProblem, formatProblem } from "../../corpus/parse.js";
import type { ReindexOutcome } from "../../search/live-index.js";
import type { ShardCoverage } from "../shard-reindex.js";
import { type ReplyLocale, strings } from "../locale.js";
import { LIMITS } from "./limits.js";
import { EMBED_COLOR, formatNotice, NO_MENTIONS, type Reply } from "./reply.js";
import { fitEscaped, joinLinesWithin } from "./text.js";

const FAILURE_COLOR = 0xb3261e;
const WARNING_COLOR = 0xc77700;
const PROBLEM_MAX = 600;

/**
 * The answer to `/reindex`: figures, diff, how many shards serve the new index (when there are
 * several, naming any that could not swap) and the files left out as invalid (file, line, fix),
 * or, when no article was valid, what is wrong and that the old index serves.
 */
export function formatReindexReply(
  outcome: ReindexOutcome & { leftOut?: readonly CorpusProblem[]; shards?: ShardCoverage },
  locale: ReplyLocale,
): Reply {
  const t = strings[locale];
  if (!outcome.ok) {
    const problems =
      outcome.problems.length > 0 ? outcome.problems.map(formatProblem) : [outcome.error];
    const head = `${t.stillServing(outcome.serving.articles, outcome.serving.passages)}\n\n${t.corpusProblems}\n`;
    const list = joinLinesWithin(
      problems.map((problem) => `• ${fitEscaped(problem, PROBLEM_MAX)}`),
      LIMITS.embedDescription - head.length,
      t.moreLines,
    );
    const embed: APIEmbed = {
      title: t.reindexFailed,
      description: `${head}${list}`,
      color: FAILURE_COLOR,
    };
    return { embeds: [embed], allowedMentions: NO_MENTIONS, ephemeral: true };
  }

  const { report } = outcome;
  const { added, removed, changed } = report.diff;
  const number = new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB");
  const seconds = new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    maximumFractionDigits: 1,
  }).format(report.durationMs / 1000);
  const figures = t.reindexFigures;
  const fields = [
    { name: figures.articles, value: number.format(report.articles), inline: true },
    { name: figures.passages, value: number.format(report.passages), inline: true },
    { name: figures.terms, value: number.format(report.terms), inline: true },
    { name: figures.duration, value: `${seconds} s`, inline: true },
  ];
  for (const [name, ids] of [
    [t.added, added],
    [t.removed, removed],
    [t.changed, changed],
  ] as const) {
    if (ids.length === 0) continue;
    const value = joinLinesWithin(
      ids.map((id) => fitEscaped(id, 200)),
      LIMITS.embedFieldValue,
      t.moreLines,
    );
    fields.push({ name: `${name} (${ids.length})`, value, inline: false });
  }
  const shards = outcome.shards;
  const shardLines =
    shards && (shards.total > 1 || shards.failed.length > 0)
      ? [
          t.servedByShards(shards.serving, shards.total),
          ...shards.failed.map(
            ({ shard, reason }) =>
              `• ${fitEscaped(t.shardNotSwitched(shard, reason), PROBLEM_MAX)}`,
          ),
        ]
      : [];
  const diffLine = [
    t.reindexDiff(added.length, removed.length, changed.length),
    ...shardLines,
  ].join("\n");
  const leftOut = outcome.leftOut ?? [];
  let description = diffLine;
  if (leftOut.length > 0) {
    const head = `${diffLine}\n\n${t.leftOut(leftOut.length)}\n`;
    description = `${head}${joinLinesWithin(
      leftOut.map((problem) => `• ${fitEscaped(formatProblem(problem), PROBLEM_MAX)}`),
      LIMITS.embedDescription - head.length,
      t.moreLines,
    )}`;
  }
  const embed: APIEmbed = {
    title: t.reindexDone,
    description,
    color: leftOut.length > 0 || (shards?.failed.length ?? 0) > 0 ? WARNING_COLOR : EMBED_COLOR,
    fields: fields.slice(0, LIMITS.embedFields),
  };
  return { embeds: [embed], allowedMentions: NO_MENTIONS, ephemeral: true };
}

/** The polite refusal shown to members who may not reindex. */
export function formatReindexRefusal(locale: ReplyLocale): Reply {
  return formatNotice(strings[locale].reindexRefused);
}
