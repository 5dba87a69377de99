import { describe, expect, it } from "vitest";
import {
  ANSWER_KIND_BIT,
  answerFrameSpans,
  answerKindsOf,
  expectedAnswerKind,
  LOCATES_BIT,
} from "../../src/language/answer-kind.js";

describe("expectedAnswerKind", () => {
  it("reads a duration, a moment or a quantity from the question's wording", () => {
    expect(expectedAnswerKind("la réunion a duré combien de temps ?")).toBe("duration");
    expect(expectedAnswerKind("depuis combien d'annees ils sont la")).toBe("duration");
    expect(expectedAnswerKind("How long did the strike last?")).toBe("duration");
    expect(expectedAnswerKind("quand le musée rouvre ?")).toBe("moment");
    expect(expectedAnswerKind("En quelle année ?")).toBe("moment");
    expect(expectedAnswerKind("When did it start?")).toBe("moment");
    expect(expectedAnswerKind("combien de morts")).toBe("quantity");
    expect(expectedAnswerKind("how many jobs")).toBe("quantity");
    expect(expectedAnswerKind("c'est quoi la date de fermeture")).toBe("moment");
  });

  it("reads no moment in a `quand` or `when` that joins a clause after another question word", () => {
    expect(expectedAnswerKind("quels signes quand on attrape la dengue")).toBe(null);
    expect(expectedAnswerKind("combien de blessés quand le pont a cédé")).toBe("quantity");
    expect(expectedAnswerKind("what happens when the plant closes")).toBe(null);
  });

  it("reads amounts of money, causes, people and places", () => {
    expect(expectedAnswerKind("quel montant pour l'usine")).toBe("money");
    expect(expectedAnswerKind("ca coute combien le billet")).toBe("money");
    // A question that is only the noun phrase of a price or cost.
    expect(expectedAnswerKind("prix du billet pour visiter le musee")).toBe("money");
    expect(expectedAnswerKind("le coût des travaux ?")).toBe("money");
    expect(expectedAnswerKind("qui a gagné le prix du jury")).toBe("person");
    expect(expectedAnswerKind("How much money did they raise?")).toBe("money");
    expect(expectedAnswerKind("pourquoi la grève ?")).toBe("cause");
    expect(expectedAnswerKind("pk ils ont fermé")).toBe("cause");
    expect(expectedAnswerKind("Why was the bridge closed?")).toBe("cause");
    expect(expectedAnswerKind("qui a marqué")).toBe("person");
    expect(expectedAnswerKind("c'est qui le maire")).toBe("person");
    expect(expectedAnswerKind("who runs the company")).toBe("person");
    expect(expectedAnswerKind("où se trouve l'usine")).toBe("place");
    expect(expectedAnswerKind("ou est le festival")).toBe("place");
    expect(expectedAnswerKind("dans quelle ville")).toBe("place");
    expect(expectedAnswerKind("where is the plant")).toBe("place");
  });

  it("reads English `what`/`which` frames: a share or score is a quantity, plural places a place", () => {
    expect(expectedAnswerKind("what percentage of voters abstained")).toBe("quantity");
    expect(expectedAnswerKind("what score did the list get")).toBe("quantity");
    expect(expectedAnswerKind("which countries signed the treaty")).toBe("place");
    expect(expectedAnswerKind("what city hosts the summit")).toBe("place");
  });

  it("says nothing when the wording does not ask for a kind of answer", () => {
    expect(expectedAnswerKind("le temps à Lyon")).toBeNull();
    expect(expectedAnswerKind("le maire qui a démissionné")).toBeNull();
    expect(expectedAnswerKind("la grève ou la manifestation")).toBeNull();
  });
});

describe("answerFrameSpans", () => {
  const blank = (question: string) => {
    let result = question;
    for (const [start, end] of answerFrameSpans(question))
      result = result.slice(0, start) + " ".repeat(end - start) + result.slice(end);
    return result;
  };

  it("spans the words that ask for the kind, as offsets in the question", () => {
    expect(blank("la réunion a duré combien de temps").trim()).toBe("la réunion a duré");
    expect(blank("How long is the tram line?").trim()).toBe("is the tram line?");
    expect(blank("pour quelle raison l'usine ferme").trim()).toBe("l'usine ferme");
    expect(blank("où se trouve la centrale").replace(/\s+/g, " ")).toBe("où la centrale");
  });

  it("spans the word for money in a question that asks how much: it asks for a sum", () => {
    expect(blank("How much public money does the factory get?").replace(/\s+/g, " ")).toBe(
      " public does the factory get?",
    );
    expect(blank("combien d'argent pour le stade").replace(/\s+/g, " ")).toBe(
      "combien d' pour le stade",
    );
  });

  it("leaves the topic's own words alone", () => {
    expect(answerFrameSpans("le temps qu'il fera")).toEqual([]);
    expect(answerFrameSpans("where does the money go")).toEqual([]);
    expect(answerFrameSpans("l'argent public")).toEqual([]);
    expect(answerFrameSpans("une longue grève")).toEqual([]);
    expect(answerFrameSpans("qu'est-ce qu'on a trouvé sous la peinture")).toEqual([]);
  });
});

describe("answerKindsOf", () => {
  const has = (text: string, type: keyof typeof ANSWER_KIND_BIT) =>
    (answerKindsOf(text) & ANSWER_KIND_BIT[type]) !== 0;

  it("finds durations, moments and quantities in a passage", () => {
    expect(has("contrôlée pendant près de dix mois", "duration")).toBe(true);
    expect(has("il faudra 5 ans pour restaurer", "duration")).toBe(true);
    expect(has("mardi matin, les démineurs", "moment")).toBe(true);
    expect(has("la cible en 2015 d'enlèvements", "moment")).toBe(true);
    expect(has("à 120 kilomètres à l'ouest", "quantity")).toBe(true);
    expect(has("deux de ses plus beaux temples", "quantity")).toBe(true);
  });

  it("reads a clock time as a moment, not a duration, and since when as one (`depuis quand`)", () => {
    expect(has("une réunion est prévue vendredi à 14 heures", "duration")).toBe(false);
    expect(has("la séance reprend à 14 heures", "moment")).toBe(true);
    expect(has("entré en vigueur à minuit", "moment")).toBe(true);
    expect(has("achevée sans accord après près de sept heures", "duration")).toBe(true);
    expect(has("négocié depuis 1999, l'accord", "duration")).toBe(true);
    expect(has("en grève depuis mars", "duration")).toBe(true);
  });

  it("finds amounts of money, causes, people and places in a passage", () => {
    expect(has("un budget de 3 millions d’euros", "money")).toBe(true);
    expect(has("la ligne est fermée en raison de travaux", "cause")).toBe(true);
    expect(has("afin de limiter les coupures", "cause")).toBe(true);
    expect(has("a déclaré Marie Dupont, la maire", "person")).toBe(true);
    // What a side fears or denounces is why it is worried or angry.
    expect(has("elle redoute les effets des droits de douane", "cause")).toBe(true);
    expect(has("les exploitants dénoncent une concurrence déloyale", "cause")).toBe(true);
    expect(has("la compagnie justifie son départ par la baisse du trafic", "cause")).toBe(true);
    expect(has("l’usine installée à Châtellerault", "place")).toBe(true);
  });

  it("tells a passage that situates something from one that names a place in passing", () => {
    const locates = (text: string) => (answerKindsOf(text) & LOCATES_BIT) !== 0;
    expect(locates("une localité située à 120 kilomètres à l’ouest de Palmyre")).toBe(true);
    expect(locates("la station, au pied du massif")).toBe(true);
    expect(locates("le maire de Palmyre a parlé lundi à Damas")).toBe(false);
  });

  it("finds none in a passage without such expressions", () => {
    expect(answerKindsOf("Les ouvriers veulent reprendre le travail.")).toBe(0);
  });
});
