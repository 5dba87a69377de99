import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../src/corpus/types.js";
import { parseArticle } from "../../src/corpus/parse.js";
import { buildPassageIndexAsync, type PassageIndex } from "../../src/search/passage-index.js";
import { analyzeQuestion } from "../../src/language/question.js";
import { defaultMatchWeights } from "../../src/language/weights.js";

const isYesNoQuestion = (text: string) => analyzeQuestion(text).yesNo;

// A small article written for these tests: paragraphs that share words, so only the kind of
// question (yes/no, duration, quantity) or a looser match tells the right one.
const ARTICLE = `---
id: chantier
title: Le chantier du pont de Valmont
language: fr
---
Les ouvriers ont poursuivi le chantier du pont pendant l'été.

Le chantier du pont fait du bruit tout l'été dans le village.

Le pont fermé aux voitures gêne les commerçants du village.

Le pont sera fermé aux voitures pendant six mois.

Les entreprises du chantier embauchent au village cet hiver.

Les entreprises veulent terminer le chantier avant l'hiver.

Des salariés ont manifesté sur le pont hier soir.

Des habitants du bourg ont manifesté sur le pont hier soir.`;

let index: PassageIndex;
beforeAll(async () => {
  const parsed = parseArticle(ARTICLE, "chantier.txt", "chantier");
  if (!parsed.article) throw new Error(JSON.stringify(parsed.problems));
  const corpus: Corpus = { articles: [parsed.article], aliases: [] };
  index = await buildPassageIndexAsync(corpus);
});

const top = (question: string) => index.search(question).results[0]?.passage.id;

describe("isYesNoQuestion", () => {
  it("recognises yes/no questions in French and English", () => {
    expect(isYesNoQuestion("Les travaux se sont arrêtés ?")).toBe(true);
    expect(isYesNoQuestion("Est-ce que le pont est fermé")).toBe(true);
    expect(isYesNoQuestion("est ce qu'il reste des habitants ?")).toBe(true);
    expect(isYesNoQuestion("Did the works stop?")).toBe(true);
  });

  it("rejects open questions and statements", () => {
    expect(isYesNoQuestion("Pourquoi les travaux se sont arrêtés ?")).toBe(false);
    expect(isYesNoQuestion("ou est le pont ?")).toBe(false);
    expect(isYesNoQuestion("Que veulent les entreprises ?")).toBe(false);
    expect(isYesNoQuestion("qu'a fait le maire ?")).toBe(false);
    expect(isYesNoQuestion("When did the works start?")).toBe(false);
    expect(isYesNoQuestion("travaux arrêtés")).toBe(false);
  });
});

describe("PassageIndex.search by kind of question", () => {
  it("answers a yes/no question with the passage that states the opposite outcome", () => {
    expect(index.analyze("Le chantier s'est arrêté l'été ?").yesNo).toBe(true);
    expect(top("Le chantier s'est arrêté l'été ?")).toBe("chantier#1");
  });

  it("uses opposite meanings only for yes/no questions", () => {
    const concepts = index.analyze("pourquoi le chantier s'est arrêté l'été").concepts;
    const stopped = concepts.find((concept) => concept.surface === "arrêté");
    expect(stopped?.alternatives.size ?? 0).toBe(0);
  });

  it("prefers the passage holding a duration when the question asks how long", () => {
    expect(top("le pont est fermé aux voitures combien de temps")).toBe("chantier#4");
    expect(index.analyze("combien de temps").concepts).toEqual([]);
  });

  it("joins irregular verb forms: `veut` finds `veulent`", () => {
    expect(top("que veut une entreprise du chantier")).toBe("chantier#6");
  });

  it("lets a synonym stand, at a lower weight, beside a word the corpus also has", () => {
    const [workers] = index.analyze("ouvriers").concepts;
    expect(workers?.alternatives.get("ouvri")).toBe(1);
    expect(workers?.alternatives.get("salari")).toBeGreaterThan(0);
    expect(workers?.alternatives.get("salari")).toBeLessThanOrEqual(
      defaultMatchWeights.synonymBeside,
    );
    expect(top("des ouvriers ont manifesté sur le pont")).toBe("chantier#7");
  });
});

// Two paragraphs naming the pier: the first more often, the second saying where it is.
const PIER = `---
id: digue
title: La digue de Valmont
language: fr
---
La digue du port attire les promeneurs, et la digue plaît aux pêcheurs.

Longue de deux cents mètres, la vieille digue de pierre est située au nord du port.

Le village prépare la fête du port pour la fin de l'été.`;

describe("PassageIndex.search: the kind of answer asked", () => {
  it("answers `où` with the paragraph that situates the thing, not the one naming it more often", async () => {
    const parsed = parseArticle(PIER, "digue.txt", "digue");
    if (!parsed.article) throw new Error(JSON.stringify(parsed.problems));
    const pier = await buildPassageIndexAsync({ articles: [parsed.article], aliases: [] });
    expect(pier.search("où est la digue").results[0]?.passage.id).toBe("digue#2");
  });
});
