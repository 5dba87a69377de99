import { describe, expect, it } from "vitest";
import { formatAskReply, formatPassage } from "../../../src/discord/replies/ask.js";
import { LIMITS } from "../../../src/discord/replies/limits.js";
import type { Reply } from "../../../src/discord/replies/reply.js";
import { articleOf, hitOf, responseOf } from "./hits.js";

const article = articleOf([
  "Les dockers du port de Marseille ont entamé mardi une grève illimitée. Ils protestent contre la réforme.",
  "Selon la direction, une centaine de navires attendent au large.",
]);
const buttons = { more: "ask:more:k:3", share: "ask:share:k:0" };

/** Every length Discord checks, for one reply. */
function assertWithinLimits(reply: Reply) {
  expect(reply.content?.length ?? 0).toBeLessThanOrEqual(LIMITS.content);
  const embeds = reply.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
  let total = 0;
  for (const embed of embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFooter);
    total += (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
    total += embed.footer?.text.length ?? 0;
  }
  expect(total).toBeLessThanOrEqual(LIMITS.embedsTotal);
  for (const row of reply.components ?? []) {
    for (const button of row.components) {
      const label = "label" in button ? (button.label ?? "") : "";
      expect(label.length).toBeLessThanOrEqual(LIMITS.buttonLabel);
    }
  }
  expect(reply.allowedMentions).toEqual({ parse: [] });
}

describe("formatAskReply", () => {
  it("shows the title with the paragraph cited, words in bold, best sentence underlined, source", () => {
    const reply = formatAskReply(
      responseOf("grève des dockers", [hitOf(article, 1, ["dockers", "grève"])]),
      {
        locale: "en",
        offset: 0,
        ephemeral: false,
        buttons,
      },
    );
    expect(reply.content).toBe("**Question:** grève des dockers · result 1");
    const [embed] = reply.embeds ?? [];
    expect(embed?.title).toBe("Grève au port de Marseille · §1");
    expect(embed?.url).toBe("https://example.org/greve");
    expect(embed?.footer?.text).toBe("Paragraph 1 of 2 · 2024-05-02");
    expect(embed?.description).toBe(
      "__Les **dockers** du port de Marseille ont entamé mardi une **grève** illimitée.__ Ils protestent contre la réforme.\n\nSource: <https://example.org/greve>",
    );
    expect(reply.ephemeral).toBe(false);
  });

  it("uses French words for a French user, leaving the passage as written", () => {
    const reply = formatAskReply(responseOf("grève", [hitOf(article, 2, ["navires"])], true), {
      locale: "fr",
      offset: 3,
      ephemeral: true,
      buttons,
    });
    expect(reply.content).toBe("**Question :** grève · résultat 4");
    expect(reply.embeds?.[0]?.footer?.text).toBe("Paragraphe 2 sur 2 · 2024-05-02");
    expect(reply.embeds?.[0]?.description).toContain("Source : <https://example.org/greve>");
    const labels = reply.components?.[0]?.components.map((button) =>
      "label" in button ? button.label : "",
    );
    expect(labels).toEqual(["Plus de résultats", "Partager dans le salon"]);
  });

  it("offers 'more results' only when more exist, and 'share' only on a private answer", () => {
    const hit = hitOf(article, 1, ["grève"]);
    const ids = (reply: Reply) =>
      reply.components?.flatMap((row) =>
        row.components.map((b) => ("custom_id" in b ? b.custom_id : "")),
      );
    const base = { locale: "en" as const, offset: 0, buttons };
    expect(
      ids(formatAskReply(responseOf("q", [hit], false), { ...base, ephemeral: false })),
    ).toEqual([]);
    expect(
      ids(formatAskReply(responseOf("q", [hit], true), { ...base, ephemeral: false })),
    ).toEqual([buttons.more]);
    expect(ids(formatAskReply(responseOf("q", [hit], true), { ...base, ephemeral: true }))).toEqual(
      [buttons.more, buttons.share],
    );
  });

  it("leaves out the source line when the article has no web source", () => {
    const noSource = articleOf(["Le musée rouvre."], { source: null, id: "musee" });
    const reply = formatAskReply(responseOf("musée", [hitOf(noSource, 1, ["musée"])]), {
      locale: "en",
      offset: 0,
      ephemeral: false,
    });
    expect(reply.embeds?.[0]?.url).toBeUndefined();
    expect(reply.embeds?.[0]?.description).not.toContain("Source");
  });

  it("escapes markdown and mentions from the question and the passage", () => {
    const hostile = articleOf([
      "Le **préfet** a écrit @everyone et <@123456789012345678> dans `le` ||salon|| [lien](https://x.y).",
    ]);
    const reply = formatAskReply(
      responseOf("@here **gras** <@&222222222222222222>", [hitOf(hostile, 1, ["préfet"])]),
      { locale: "en", offset: 0, ephemeral: false },
    );
    const text = `${reply.content}\n${reply.embeds?.[0]?.description}`;
    expect(text).not.toMatch(/@everyone|@here|<@\d|<@&\d/);
    expect(text).toContain("\\*\\*gras\\*\\*");
    expect(text).toContain("\\*\\***préfet**\\*\\*");
    expect(text).toContain("\\`le\\`");
    expect(text).toContain("\\|\\|salon\\|\\|");
    expect(text).toContain("\\[lien\\]");
    expect(reply.allowedMentions).toEqual({ parse: [] });
  });

  it("keeps five huge passages and a huge question within every Discord limit", () => {
    const huge = `${"Un mot. ".repeat(800)}Les dockers font grève. ${"Une suite. ".repeat(800)}`;
    const big = articleOf([huge, huge, huge, huge, huge], {
      title: "Titre ".repeat(100),
      source: `https://example.org/${"a".repeat(1000)}`,
    });
    const hits = [1, 2, 3, 4, 5].map((paragraph) =>
      hitOf(big, paragraph, ["dockers", "grève", "mot"], 800),
    );
    const reply = formatAskReply(responseOf("question ".repeat(400), hits, true), {
      locale: "fr",
      offset: 0,
      ephemeral: true,
      buttons,
    });
    assertWithinLimits(reply);
    expect(reply.embeds).toHaveLength(5);
    for (const embed of reply.embeds ?? []) {
      expect(embed.title).toMatch(/… · §\d$/);
      // The best sentence stays in view even though it is far into the passage.
      expect(embed.description).toContain("__Les **dockers** font **grève**.__");
    }
  });

  it("answers 'no answer' privately with the closest terms, escaped", () => {
    const reply = formatAskReply(
      { query: "météo *Bordeaux*", results: [], hasMore: false, suggestions: ["grève", "_port_"] },
      { locale: "en", offset: 0, ephemeral: false },
    );
    expect(reply).toEqual({
      content:
        "The articles do not cover “météo \\*Bordeaux\\*”.\nClosest terms they do contain: **grève**, **\\_port\\_**.",
      allowedMentions: { parse: [] },
      ephemeral: true,
    });
  });

  it("suggests rephrasing when the corpus has no close term, in French", () => {
    const reply = formatAskReply(
      { query: "xyz", results: [], hasMore: false, suggestions: [] },
      { locale: "fr", offset: 0, ephemeral: false },
    );
    expect(reply.content).toBe(
      "Les articles ne traitent pas de « xyz ».\nEssayez de reformuler la question.",
    );
  });
});

describe("formatPassage", () => {
  const text =
    "Premier mot ici. La phrase qui compte vraiment. Et une fin assez longue pour couper.";
  const best = { text: "La phrase qui compte vraiment.", start: 17, end: 47 };

  it("cuts on a word boundary with an ellipsis, from the start when the best sentence fits", () => {
    const out = formatPassage(text, [[20, 26]], best, 62);
    expect(out).toBe("Premier mot ici. __La **phrase** qui compte vraiment.__ Et …");
    expect(out.length).toBeLessThanOrEqual(62);
  });

  it("starts at the best sentence when it would not fit from the start", () => {
    expect(formatPassage(text, [[20, 26]], best, 44)).toBe(
      "… __La **phrase** qui compte vraiment.__ …",
    );
    expect(formatPassage(text, [[20, 26]], best, 48)).toBe(
      "… __La **phrase** qui compte vraiment.__ Et …",
    );
  });

  it("cuts inside the best sentence when even it does not fit", () => {
    const out = formatPassage(text, [], best, 20);
    expect(out.length).toBeLessThanOrEqual(20);
    expect(out.startsWith("… __La")).toBe(true);
    expect(out.endsWith("__ …")).toBe(true);
  });

  it("cuts a single giant word without splitting a surrogate pair", () => {
    const emoji = "😀".repeat(100);
    const out = formatPassage(emoji, [], { text: emoji, start: 0, end: emoji.length }, 31);
    expect(out.length).toBeLessThanOrEqual(31);
    expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
