import { describe, expect, it } from "vitest";
import { LIMITS } from "../../../src/discord/replies/limits.js";
import { formatReindexRefusal, formatReindexReply } from "../../../src/discord/replies/reindex.js";

describe("formatReindexReply", () => {
  it("reports the figures and the diff privately", () => {
    const reply = formatReindexReply(
      {
        ok: true,
        report: {
          articles: 2,
          passages: 1234,
          terms: 5678,
          durationMs: 1530,
          diff: { added: ["a#3"], removed: [], changed: ["b#1", "b#2"] },
        },
      },
      "en",
    );
    expect(reply.ephemeral).toBe(true);
    expect(reply.embeds?.[0]).toMatchObject({
      title: "Index rebuilt",
      description: "1 passage added, 0 removed, 2 changed",
      fields: [
        { name: "Articles", value: "2" },
        { name: "Passages", value: "1,234" },
        { name: "Terms", value: "5,678" },
        { name: "Duration", value: "1.5 s" },
        { name: "Added (1)", value: "a#3" },
        { name: "Changed (2)", value: "b#1\nb#2" },
      ],
    });
  });

  describe("with several shards", () => {
    const rebuilt = {
      ok: true as const,
      report: {
        articles: 2,
        passages: 10,
        terms: 50,
        durationMs: 100,
        diff: { added: [], removed: [], changed: [] },
      },
    };

    it("says how many shards serve the new index", () => {
      const reply = formatReindexReply(
        { ...rebuilt, shards: { serving: 2, total: 2, failed: [] } },
        "en",
      );
      expect(reply.embeds?.[0]?.description).toBe(
        "0 passages added, 0 removed, 0 changed\nServed by 2 of 2 shards.",
      );
    });

    it("names a shard that could not swap, with why, in the user's language", () => {
      const reply = formatReindexReply(
        {
          ...rebuilt,
          shards: { serving: 1, total: 2, failed: [{ shard: 1, reason: "its process exited" }] },
        },
        "fr",
      );
      const embed = reply.embeds?.[0];
      expect(embed?.description).toContain("Servi par 1 shard sur 2.");
      expect(embed?.description).toContain(
        "• Le shard 1 sert encore l’index précédent : its process exited",
      );
      expect(embed?.color).not.toBe(formatReindexReply(rebuilt, "fr").embeds?.[0]?.color);
    });

    it("says nothing of shards for a bot with one", () => {
      const reply = formatReindexReply(
        { ...rebuilt, shards: { serving: 1, total: 1, failed: [] } },
        "en",
      );
      expect(reply.embeds?.[0]?.description).toBe("0 passages added, 0 removed, 0 changed");
    });
  });

  it("lists the files left out as invalid, each with its line and fix, within the description", () => {
    const leftOut = Array.from({ length: 400 }, (_, index) => ({
      file: `corpus/broken-${index}.txt`,
      line: 3,
      message: 'front matter "date" is not a date',
      fix: "write it as YYYY-MM-DD or leave it empty",
    }));
    const reply = formatReindexReply(
      {
        ok: true,
        report: {
          articles: 1,
          passages: 3,
          terms: 50,
          durationMs: 20,
          diff: { added: [], removed: [], changed: [] },
        },
        leftOut,
      },
      "en",
    );
    const description = String(reply.embeds?.[0]?.description);
    expect(description).toMatch(
      /^0 passages added, 0 removed, 0 changed\n\nLeft out as invalid \(400; every other article is served\), with how to fix them:\n• corpus\/broken-0\.txt: front matter "date" is not a date \(line 3\): write it as YYYY-MM-DD or leave it empty\n/,
    );
    expect(description.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(description).toMatch(/…and \d+ more$/);
  });

  it("keeps a diff of thousands of passages within a field", () => {
    const ids = Array.from({ length: 5000 }, (_, index) => `article-${index}#1`);
    const reply = formatReindexReply(
      {
        ok: true,
        report: {
          articles: 1,
          passages: 1,
          terms: 1,
          durationMs: 1,
          diff: { added: ids, removed: ids, changed: ids },
        },
      },
      "fr",
    );
    for (const field of reply.embeds?.[0]?.fields ?? []) {
      expect(field.value.length).toBeLessThanOrEqual(LIMITS.embedFieldValue);
    }
    expect(reply.embeds?.[0]?.fields?.[4]?.value).toMatch(/…et \d+ de plus$/);
  });

  it("says what is wrong in the corpus and that the previous index still serves", () => {
    const problems = Array.from({ length: 300 }, (_, index) => ({
      file: `corpus/a${index}.txt`,
      line: 2,
      message: 'front matter "title" is missing',
      fix: "add a title",
    }));
    const reply = formatReindexReply(
      { ok: false, error: "x", problems, serving: { articles: 3, passages: 40, terms: 900 } },
      "en",
    );
    const description = reply.embeds?.[0]?.description ?? "";
    expect(reply.embeds?.[0]?.title).toBe("Reindex failed");
    expect(description.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(description).toContain("The previous index is still serving (3 articles, 40 passages).");
    expect(description).toContain(
      '• corpus/a0.txt: front matter "title" is missing (line 2): add a title',
    );
    expect(description).toMatch(/…and \d+ more$/);
  });

  it("refuses politely and privately", () => {
    expect(formatReindexRefusal("fr")).toMatchObject({
      ephemeral: true,
      allowedMentions: { parse: [] },
    });
    expect(formatReindexRefusal("fr").content).toContain("Rien n’a été modifié");
  });
});
