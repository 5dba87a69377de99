import { type APIButtonComponent, type APIEmbed, ButtonStyle, ComponentType } from "discord.js";
import type { FeedbackReport, VoteOutcome } from "../../feedback/store.js";
import { buildCustomId } from "../custom-id.js";
import { feedbackStrings } from "../locale-feedback.js";
import type { ReplyLocale } from "../locale.js";
import { LIMITS } from "./limits.js";
import { EMBED_COLOR, formatNotice, NO_MENTIONS, type Reply } from "./reply.js";
import { fitEscaped, joinLinesWithin, truncateWords } from "./text.js";

/** custom_ids of an answer's 👍 / 👎 buttons. */
export interface VoteButtonIds {
  up: string;
  down: string;
}

/** The 👍 / 👎 buttons of an answer, for the end of its action row. */
export function voteButtons(ids: VoteButtonIds, locale: ReplyLocale): APIButtonComponent[] {
  const t = feedbackStrings[locale];
  return [
    {
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: t.voteUp,
      custom_id: ids.up,
    },
    {
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: t.voteDown,
      custom_id: ids.down,
    },
  ];
}

/** What a member sees, privately, after clicking 👍 or 👎 (null outcome: feedback unavailable). */
export function formatVoteAck(outcome: VoteOutcome | null, locale: ReplyLocale): Reply {
  const t = feedbackStrings[locale];
  const text = {
    recorded: t.voteRecorded,
    changed: t.voteChanged,
    withdrawn: t.voteWithdrawn,
    "unknown-answer": t.voteUnknownAnswer,
  } satisfies Record<VoteOutcome, string>;
  return formatNotice(outcome === null ? t.feedbackUnavailable : text[outcome]);
}

/** The polite refusal shown to members who may not see the report. */
export function formatReportRefusal(locale: ReplyLocale): Reply {
  return formatNotice(feedbackStrings[locale].reportRefused);
}

const REPORT_COLOR = 0x5b6b7a;
const QUESTION_MAX = 150;
const SHOWN_MAX = 100;
/** Room for each list, so that the three embeds stay within Discord's 6000 characters. */
const BUDGET = { unanswered: 2200, worstRated: 2200, perDay: 1300 } as const;
/** Button custom_ids `article:add:<question>`: `commands/article.ts` opens its modal on them. */
const ADD_PREFIX = "article:add:";

/**
 * The `/report` answer (always private): the most frequent unanswered questions, numbered, each
 * with a button to add an article (`article:add:<question>`); the worst-rated answers; the
 * no-answer rate per day. Null report: feedback is unavailable.
 */
export function formatReport(report: FeedbackReport | null, locale: ReplyLocale): Reply {
  const t = feedbackStrings[locale];
  if (report === null) return formatNotice(t.feedbackUnavailable);
  const percent = new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    style: "percent",
    maximumFractionDigits: 0,
  });
  const rate = (part: number, whole: number) => percent.format(whole > 0 ? part / whole : 0);
  const more = (count: number) => (locale === "fr" ? `…et ${count} de plus` : `…and ${count} more`);

  const questions = report.unanswered.slice(0, 2 * LIMITS.buttonsPerRow);
  const unansweredLines = questions.map(
    (question, index) =>
      `**${index + 1}.** “${fitEscaped(question.question, QUESTION_MAX)}”\n` +
      `  ${t.unansweredLine(question.count, `/${question.kind}`, question.lastDay)}`,
  );
  const worstLines = report.worstRated.map(
    (answer) =>
      `• “${fitEscaped(answer.question, QUESTION_MAX)}” → ${fitEscaped(answer.shown, SHOWN_MAX)}` +
      ` · ${answer.down} 👎 · ${answer.up} 👍`,
  );
  const dayLines = report.perDay.map((day) =>
    t.dayLine(day.day, day.unanswered, day.asked, rate(day.unanswered, day.asked)),
  );
  if (report.totals.asked > 0) {
    dayLines.push(
      t.totalLine(
        report.totals.unanswered,
        report.totals.asked,
        rate(report.totals.unanswered, report.totals.asked),
      ),
    );
  }

  const embeds: APIEmbed[] = [
    {
      title: truncateWords(
        `${t.reportTitle(report.days)} · ${t.unansweredHeading}`,
        LIMITS.embedTitle,
      ),
      description:
        joinLinesWithin(unansweredLines, BUDGET.unanswered, more) || t.noUnanswered(report.days),
      color: REPORT_COLOR,
    },
    {
      title: t.worstRatedHeading,
      description: joinLinesWithin(worstLines, BUDGET.worstRated, more) || t.noWorstRated,
      color: REPORT_COLOR,
      footer: { text: t.votesLine(report.totals.votesUp, report.totals.votesDown) },
    },
    {
      title: t.perDayHeading,
      description: joinLinesWithin(dayLines, BUDGET.perDay, more) || t.noQuestions,
      color: EMBED_COLOR,
    },
  ];

  const buttons = addArticleButtonIds(questions.map((question) => question.question)).map(
    (customId, index): APIButtonComponent => ({
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      label: truncateWords(t.addArticle(index + 1), LIMITS.buttonLabel),
      custom_id: customId,
    }),
  );
  const components = [];
  for (let start = 0; start < buttons.length; start += LIMITS.buttonsPerRow) {
    components.push({
      type: ComponentType.ActionRow as const,
      components: buttons.slice(start, start + LIMITS.buttonsPerRow),
    });
  }
  return { embeds, components, allowedMentions: NO_MENTIONS, ephemeral: true };
}

/**
 * `article:add:<question>` for each question: ":" taken out (custom_id parts cannot hold it), cut to
 * 100 characters, and made unique within the message (Discord refuses two equal custom_ids).
 */
export function addArticleButtonIds(questions: readonly string[]): string[] {
  const seen = new Set<string>();
  return questions.map((question) => {
    const room = LIMITS.customId - ADD_PREFIX.length;
    const text = question.replace(/:/g, " ").replace(/\s+/g, " ").trim();
    let short = truncateWords(text, room) || "?";
    for (let copy = 2; seen.has(short); copy++) {
      const suffix = ` ${copy}`;
      short = `${truncateWords(text, room - suffix.length)}${suffix}`;
    }
    seen.add(short);
    return buildCustomId("article", "add", short);
  });
}
