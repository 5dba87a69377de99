import { describe, expect, it } from "vitest";
import {
  addArticleButtonIds,
  formatReport,
  formatVoteAck,
  voteButtons,
} from "../../../src/discord/replies/feedback.js";
import { messageProblems } from "../../../src/sandbox/limits.js";
import type { FeedbackReport } from "../../../src/feedback/store.js";

const empty: FeedbackReport = {
  days: 7,
  unanswered: [],
  worstRated: [],
  perDay: [],
  totals: { asked: 0, unanswered: 0, votesUp: 0, votesDown: 0 },
};

/** The reply as Discord receives it: checked against the stand-in's copy of Discord's limits. */
const problemsOf = (reply: ReturnType<typeof formatReport>) =>
  messageProblems({
    content: reply.content,
    embeds: reply.embeds,
    components: reply.components,
  });

describe("formatReport", () => {
  it("says so when nothing was recorded, privately", () => {
    const reply = formatReport(empty, "en");
    expect(reply.ephemeral).toBe(true);
    expect(reply.embeds?.map((embed) => embed.description)).toEqual([
      "No unanswered question in the last 7 days.",
      "No answer was voted down.",
      "No question was asked in this period.",
    ]);
    expect(reply.components).toEqual([]);
  });

  it("numbers the unanswered questions, escapes them, and gives each an add-article button", () => {
    const reply = formatReport(
      {
        ...empty,
        unanswered: [
          { kind: "ask", question: "**gras** @everyone <@1>", count: 4, lastDay: "2026-03-10" },
          { kind: "summary", question: "horaires: été", count: 1, lastDay: "2026-03-09" },
        ],
        perDay: [{ day: "2026-03-10", asked: 8, unanswered: 4 }],
        totals: { asked: 8, unanswered: 4, votesUp: 2, votesDown: 1 },
      },
      "fr",
    );
    const [unanswered, , perDay] = reply.embeds ?? [];
    expect(unanswered?.description).toBe(
      "**1.** “\\*\\*gras\\*\\* @\u200beveryone <\u200b@1>”\n  4 fois · /ask · dernière le 2026-03-10\n" +
        "**2.** “horaires: été”\n  1 fois · /summary · dernière le 2026-03-09",
    );
    // Intl writes a no-break space before "%" in French.
    expect(perDay?.description).toMatch(
      /^2026-03-10 · 4 sur 8 sans réponse \(50\s%\)\n\*\*En tout : 4 sur 8 sans réponse \(50\s%\)\*\*$/,
    );
    expect(reply.allowedMentions).toEqual({ parse: [] });
    const buttons = reply.components?.flatMap((row) => row.components) ?? [];
    expect(buttons.map((button) => ("custom_id" in button ? button.custom_id : ""))).toEqual([
      "article:add:**gras** @everyone <@1>",
      "article:add:horaires été",
    ]);
    expect(buttons.map((button) => ("label" in button ? button.label : ""))).toEqual([
      "Ajouter un article pour 1",
      "Ajouter un article pour 2",
    ]);
  });

  it("stays within Discord's limits with long questions, ten of each list and thirty days", () => {
    const long = "pourquoi ".repeat(200);
    const reply = formatReport(
      {
        days: 30,
        unanswered: Array.from({ length: 10 }, (_, index) => ({
          kind: "ask" as const,
          question: `${long}${index}`,
          count: 1000 + index,
          lastDay: "2026-03-10",
        })),
        worstRated: Array.from({ length: 10 }, (_, index) => ({
          kind: "ask" as const,
          question: `${long}${index}`,
          shown: "Un titre très long §12; ".repeat(20),
          up: index,
          down: 100,
        })),
        perDay: Array.from({ length: 30 }, (_, index) => ({
          day: `2026-03-${String(index + 1).padStart(2, "0")}`,
          asked: 123_456,
          unanswered: 12_345,
        })),
        totals: { asked: 3_703_680, unanswered: 370_350, votesUp: 45, votesDown: 1000 },
      },
      "en",
    );
    expect(problemsOf(reply)).toEqual([]);
    expect(reply.components).toHaveLength(2);
    const ids = reply.components?.flatMap((row) =>
      row.components.map((button) => ("custom_id" in button ? button.custom_id : "")),
    );
    expect(new Set(ids).size).toBe(10);
    expect(reply.embeds?.[0]?.description?.match(/\*\*\d+\.\*\*/g)).toHaveLength(10);
  });

  it("says feedback is unavailable when there is no store", () => {
    expect(formatReport(null, "en").content).toBe(
      "Sorry, feedback is unavailable for now: your vote was not recorded.",
    );
  });
});

describe("addArticleButtonIds", () => {
  it("keeps custom_ids within 100 characters, without ':' and distinct", () => {
    const long = "x".repeat(200);
    const ids = addArticleButtonIds([long, `${long}y`, "a:b", "a b"]);
    expect(ids.every((id) => id.length <= 100 && id.split(":").length === 3)).toBe(true);
    expect(new Set(ids).size).toBe(4);
    expect(ids[2]).toBe("article:add:a b");
    expect(ids[3]).toBe("article:add:a b 2");
  });
});

describe("votes", () => {
  it("labels the buttons 👍 and 👎 with the given custom_ids", () => {
    expect(voteButtons({ up: "ask:vote:k:up", down: "ask:vote:k:down" }, "en")).toMatchObject([
      { label: "👍", custom_id: "ask:vote:k:up" },
      { label: "👎", custom_id: "ask:vote:k:down" },
    ]);
  });

  it("acknowledges privately in the member's language", () => {
    expect(formatVoteAck("recorded", "fr")).toMatchObject({
      content: "Merci, votre vote est enregistré.",
      ephemeral: true,
    });
    expect(formatVoteAck(null, "en").content).toContain("unavailable");
  });
});
