import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/text/sentences.js";

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe("splitSentences", () => {
  it("splits at . ! ? and … before a capital", () => {
    expect(texts("Le feu a pris. Qui l’a vu ? Personne ! Les pompiers… Ils arrivent.")).toEqual([
      "Le feu a pris.",
      "Qui l’a vu ?",
      "Personne !",
      "Les pompiers…",
      "Ils arrivent.",
    ]);
  });

  it("does not break after titles and abbreviations (M., Mme, Dr, av.)", () => {
    expect(texts("M. Garnier a parlé. Mme Durand et le Dr Martin aussi.")).toEqual([
      "M. Garnier a parlé.",
      "Mme Durand et le Dr Martin aussi.",
    ]);
  });

  it("does not break after initials, hyphenated ones included", () => {
    expect(texts("Selon J. Dupont et J.-P. Sartre, rien. La suite est connue.")).toEqual([
      "Selon J. Dupont et J.-P. Sartre, rien.",
      "La suite est connue.",
    ]);
  });

  it("does not break inside numbers, and splits after a number that ends a sentence", () => {
    expect(texts("Le taux passe de 3.5 à 4,2 %. En 2015. Puis 1 500 emplois.")).toEqual([
      "Le taux passe de 3.5 à 4,2 %.",
      "En 2015.",
      "Puis 1 500 emplois.",
    ]);
  });

  it("keeps hyphenated names whole and splits after them", () => {
    expect(texts("Il vit à Saint-Dizier. Bachar Al-Assad reste. Al-Qaryatayn tombe.")).toEqual([
      "Il vit à Saint-Dizier.",
      "Bachar Al-Assad reste.",
      "Al-Qaryatayn tombe.",
    ]);
  });

  it("keeps a quotation in guillemets whole, with its closing mark and the words that follow", () => {
    expect(
      texts(
        "« Nous reprendrons Sokhné. Puis Raqqa ! » a-t-il dit. « C’est fini. » La foule applaudit.",
      ),
    ).toEqual([
      "« Nous reprendrons Sokhné. Puis Raqqa ! » a-t-il dit.",
      "« C’est fini. »",
      "La foule applaudit.",
    ]);
  });

  it("keeps a quotation in curly quotes whole", () => {
    expect(texts("Il a dit “Non. Jamais.” Puis il est parti.")).toEqual([
      "Il a dit “Non. Jamais.”",
      "Puis il est parti.",
    ]);
  });

  it("still splits a paragraph whose guillemets do not balance", () => {
    expect(texts("« Une citation sans fin. Elle continue. Et encore.")).toEqual([
      "« Une citation sans fin.",
      "Elle continue.",
      "Et encore.",
    ]);
  });

  it("ends a sentence at etc. before a capital", () => {
    expect(texts("Des fruits, des légumes, etc. Le reste a brûlé.")).toEqual([
      "Des fruits, des légumes, etc.",
      "Le reste a brûlé.",
    ]);
  });

  it("does not break before a lower-case word", () => {
    expect(texts("Partez ! a-t-il crié. Il est 10 h. environ.")).toEqual([
      "Partez ! a-t-il crié.",
      "Il est 10 h. environ.",
    ]);
  });

  it("gives offsets into the original text, around extra spaces and non-breaking spaces", () => {
    const text = "  Premier point.   « Deuxième\u00a0point ! »  Troisième.  ";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      "Premier point.",
      "« Deuxième\u00a0point ! »",
      "Troisième.",
    ]);
    for (const sentence of sentences)
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it("returns no sentence for blank text", () => {
    expect(splitSentences("   ")).toEqual([]);
  });
});
