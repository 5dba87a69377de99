import { describe, expect, it } from "vitest";
import { LIMITS } from "../../../src/discord/replies/limits.js";
import { formatSummaryReply } from "../../../src/discord/replies/summary.js";
import { articleOf } from "./hits.js";

const article = articleOf(["Les dockers font grève.", "Les navires attendent."]);

describe("formatSummaryReply", () => {
  it("lists each sentence with its paragraph cited, in an embed titled with the article", () => {
    const reply = formatSummaryReply(
      {
        kind: "summary",
        article,
        length: "short",
        topic: "grève",
        sentences: [
          { text: "Les dockers font grève.", paragraph: 1, start: 0, end: 23 },
          { text: "Les navires attendent.", paragraph: 2, start: 0, end: 22 },
        ],
      },
      "fr",
    );
    expect(reply.ephemeral).toBe(false);
    expect(reply.allowedMentions).toEqual({ parse: [] });
    expect(reply.embeds?.[0]).toMatchObject({
      title: "Grève au port de Marseille",
      url: "https://example.org/greve",
      description:
        "• Les dockers font grève. [§1]\n• Les navires attendent. [§2]\n\nSource : <https://example.org/greve>",
      footer: { text: "Résumé court · sujet : grève" },
    });
  });

  it("stays within the description limit with many huge sentences, saying how many are left out", () => {
    const sentence = { text: `${"très ".repeat(400)}long.`, paragraph: 1, start: 0, end: 2005 };
    const reply = formatSummaryReply(
      {
        kind: "summary",
        article,
        length: "long",
        topic: null,
        sentences: Array(20).fill(sentence),
      },
      "en",
    );
    const description = reply.embeds?.[0]?.description ?? "";
    expect(description.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(description).toMatch(/…and \d+ more\n\nSource: </);
    expect(reply.embeds?.[0]?.footer?.text).toBe("Long summary");
  });

  it("answers an off-topic request kindly and privately, with topics the article covers", () => {
    const reply = formatSummaryReply(
      { kind: "off-topic", article, topic: "météo", suggestions: ["dockers", "navires"] },
      "en",
    );
    expect(reply).toEqual({
      content:
        "“Grève au port de Marseille” does not talk about “météo”.\nTopics it does cover: **dockers**, **navires**.",
      allowedMentions: { parse: [] },
      ephemeral: true,
    });
  });

  it("answers an unknown article with the closest titles, and asks to choose among several", () => {
    const other = articleOf(["Le musée rouvre."], { id: "musee", title: "Le musée rouvre" });
    expect(
      formatSummaryReply(
        { kind: "unknown-article", query: "@everyone", suggestions: [other] },
        "fr",
      ).content,
    ).toBe(
      "Aucun article ne correspond à « @\u200beveryone ».\nVouliez-vous dire : **Le musée rouvre** ?",
    );
    const choose = formatSummaryReply(
      { kind: "choose-article", suggestions: [article, other] },
      "en",
    );
    expect(choose.ephemeral).toBe(true);
    expect(choose.content).toContain("• **Grève au port de Marseille**\n• **Le musée rouvre**");
  });
});
