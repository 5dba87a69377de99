import { describe, expect, it } from "vitest";
import {
  buildDerivationRows,
  formatDerivationTsv,
} from "../../../scripts/lexicon/fr-derivations.js";

const COMMON = new Set([
  "construire",
  "construction",
  "fermer",
  "fermeture",
  "perdre",
  "perte",
  "prévoir",
  "prévision",
  "financer",
  "financement",
  "chanter",
  "chantage",
  "tenir",
  "tien",
  "opposer",
  "opposition",
  "communiquer",
  "communication",
  "vaquer",
  "vacation",
]);

describe("fr-derivations", () => {
  it("pairs an infinitive with the noun its ending derives, when the stemmer keeps them apart", () => {
    const verbs = ["construire", "fermer", "perdre", "prévoir", "financer"];
    expect(buildDerivationRows(verbs, COMMON)).toEqual([
      { verb: "construire", noun: "construction" },
      { verb: "fermer", noun: "fermeture" },
      { verb: "perdre", noun: "perte" },
      { verb: "prévoir", noun: "prévision" },
    ]);
  });

  it("pairs -oser with -osition and -quer with -cation (the stemmer joins only some: `fabrication`)", () => {
    expect(buildDerivationRows(["opposer", "communiquer"], COMMON)).toEqual([
      { verb: "opposer", noun: "opposition" },
      { verb: "communiquer", noun: "communication" },
    ]);
  });

  it("leaves out words of no family today, short verbs and words not in the dictionary", () => {
    expect(buildDerivationRows(["chanter", "tenir", "produire", "vaquer"], COMMON)).toEqual([]);
  });

  it("writes both directions of each pair", () => {
    expect(formatDerivationTsv([{ verb: "perdre", noun: "perte" }])).toBe(
      "word\tsynonym\tweight\tsources\nperdre\tperte\t1.00\tlefff\nperte\tperdre\t1.00\tlefff\n",
    );
  });
});
