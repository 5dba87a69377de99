import { randomBytes } from "node:crypto";
import type { ButtonInteraction } from "discord.js";
import type { AnswerKind, AnswerRecord, Vote, VoteOutcome } from "../feedback/store.js";
import type { SearchHit } from "../search/types.js";
import type { CommandContext, InteractionOutcome } from "./command.js";
import { buildCustomId, parseCustomId } from "./custom-id.js";
import { formatVoteAck, type VoteButtonIds } from "./replies/feedback.js";
import { sendReply } from "./respond.js";

/**
 * The Discord side of feedback, shared by `/ask` and `/summary`: storing what an answer showed so
 * its 👍 / 👎 buttons (`<command>:vote:<answer id>:up|down`) work after a restart, counting the
 * questions that went unanswered, and answering a vote click. A store that is missing or fails
 * never stops an answer: it is logged and the votes say feedback is unavailable.
 */

/** Stores the answer and returns its vote buttons' custom_ids. */
export function rememberAnswer(context: CommandContext, answer: AnswerRecord): VoteButtonIds {
  let id: string | null = null;
  if (context.feedback) {
    try {
      id = context.feedback.recordAnswer(answer);
    } catch (error) {
      context.logger.warn(
        { err: error, kind: answer.kind },
        "could not store an answer's feedback",
      );
    }
  }
  // Without a stored record the buttons still work: a click says feedback is unavailable.
  id ??= randomBytes(8).toString("base64url").slice(0, 10);
  return {
    up: buildCustomId(answer.kind, "vote", id, "up"),
    down: buildCustomId(answer.kind, "vote", id, "down"),
  };
}

/** Counts a question asked (and its text when unanswered); never throws. */
export function noteQuestion(
  context: CommandContext,
  question: { kind: AnswerKind; text: string; answered: boolean },
): void {
  try {
    context.feedback?.recordQuestion(question);
  } catch (error) {
    context.logger.warn({ err: error, kind: question.kind }, "could not count a question");
  }
}

/** What an `/ask` answer showed, for the store: titles and paragraphs, no user data. */
export function describeHits(hits: readonly SearchHit[]): string {
  return hits.map((hit) => `${hit.article.title} §${hit.passage.paragraph}`).join("; ");
}

/** Whether a button's custom_id is a vote (`<command>:vote:…`). */
export function isVoteButton(customId: string): boolean {
  return parseCustomId(customId).parts[0] === "vote";
}

/** Answers a click on 👍 or 👎, privately: recorded, changed, withdrawn, or why not. */
export async function answerVote(
  interaction: ButtonInteraction,
  context: CommandContext,
): Promise<InteractionOutcome> {
  const [, answerId = "", choice] = parseCustomId(interaction.customId).parts;
  const vote: Vote = choice === "down" ? "down" : "up";
  let outcome: VoteOutcome | null = null;
  if (context.feedback) {
    try {
      outcome = context.feedback.vote(answerId, interaction.user.id, vote);
    } catch (error) {
      context.logger.warn({ err: error }, "could not record a vote");
    }
  }
  await sendReply(interaction, formatVoteAck(outcome, context.locale));
  return outcome === null || outcome === "unknown-answer" ? "refused" : "answered";
}
