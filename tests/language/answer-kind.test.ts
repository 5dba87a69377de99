import { describe, expect, it } from "vitest";
import {
  ANSWER_TYPE_BIT,
  answerTypesOf,
  blankAnswerFrames,
  expectedAnswerType,
} from "../../src/search/answer-type.js";

describe("expectedAnswerType", () => {
  it("reads a duration, a moment or a quantity from the question's wording", () => {
    expect(expectedAnswerType("la réunion a duré combien de temps ?")).toBe("duration");
    expect(expectedAnswerType("depuis combien d'annees ils sont la")).toBe("duration");
    expect(expectedAnswerType("How long did the strike last?")).toBe("duration");
    expect(expectedAnswerType("quand le musée rouvre ?")).toBe("moment");
    expect(expectedAnswerType("En quelle année ?")).toBe("moment");
    expect(expectedAnswerType("When did it start?")).toBe("moment");
    expect(expectedAnswerType("combien de morts")).toBe("quantity");
    expect(expectedAnswerType("quel montant pour l'usine")).toBe("quantity");
    expect(expectedAnswerType("how many jobs")).toBe("quantity");
  });

  it("says nothing when the wording does not ask for a kind of answer", () => {
    expect(expectedAnswerType("pourquoi la grève ?")).toBeNull();
    expect(expectedAnswerType("qui a marqué")).toBeNull();
    expect(expectedAnswerType("le temps à Lyon")).toBeNull();
  });
});

describe("blankAnswerFrames", () => {
  it("blanks the words that ask for the type, keeping offsets", () => {
    const question = "la réunion a duré combien de temps";
    const blanked = blankAnswerFrames(question);
    expect(blanked).toHaveLength(question.length);
    expect(blanked.trim()).toBe("la réunion a duré");
    expect(blankAnswerFrames("How long is the tram line?").trim()).toBe("is the tram line?");
  });

  it("leaves the topic's own words alone", () => {
    expect(blankAnswerFrames("le temps qu'il fera")).toBe("le temps qu'il fera");
    expect(blankAnswerFrames("une longue grève")).toBe("une longue grève");
  });
});

describe("answerTypesOf", () => {
  const has = (text: string, type: keyof typeof ANSWER_TYPE_BIT) =>
    (answerTypesOf(text) & ANSWER_TYPE_BIT[type]) !== 0;

  it("finds durations, moments and quantities in a passage", () => {
    expect(has("contrôlée pendant près de dix mois", "duration")).toBe(true);
    expect(has("il faudra 5 ans pour restaurer", "duration")).toBe(true);
    expect(has("mardi matin, les démineurs", "moment")).toBe(true);
    expect(has("la cible en 2015 d'enlèvements", "moment")).toBe(true);
    expect(has("à 120 kilomètres à l'ouest", "quantity")).toBe(true);
    expect(has("deux de ses plus beaux temples", "quantity")).toBe(true);
  });

  it("finds none in a passage without such expressions", () => {
    expect(answerTypesOf("Les troupes loyalistes veulent reprendre la ville.")).toBe(0);
  });
});
