import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  OUTPUT_URL,
  buildVerbForms,
  formatVerbForms,
  readDictionaryWords,
  readLefffConjugations,
} from "../../scripts/build-verb-forms.js";
import { termOf } from "../../src/language/analyze.js";
import { verbTermOf } from "../../src/language/verb-forms.js";

describe("verbTermOf", () => {
  it("joins irregular forms of vouloir to the term of its infinitive", () => {
    for (const form of ["veulent", "veut", "voulons"]) {
      expect(verbTermOf(form), form).toBe(termOf("vouloir"));
    }
  });

  it("joins the participles and present of prendre, and reprise to reprendre", () => {
    for (const form of ["pris", "prise", "prennent"]) {
      expect(verbTermOf(form), form).toBe(termOf("prendre"));
    }
    expect(verbTermOf("reprise")).toBe(termOf("reprendre"));
  });

  it("joins the -ent plurals of first-group verbs, which Snowball leaves whole", () => {
    expect(verbTermOf("pensent")).toBe(termOf("penser"));
    expect(verbTermOf("manifestent")).toBe(termOf("manifester"));
    expect(termOf("ils cassent".split(" ")[1] ?? "")).toBe(termOf("casser"));
  });

  it("covers forms typed without accents", () => {
    expect(verbTermOf("detruit")).toBe(termOf("détruire"));
  });

  it("knows nothing of other words or of regular verbs", () => {
    for (const word of ["palmyre", "armee", "violent", "president", "bombardements"]) {
      expect(verbTermOf(word), word).toBeUndefined();
    }
  });

  it("leaves out forms that are mostly other words, or that two verbs share", () => {
    const words = [
      "bois",
      "sens",
      "point",
      "fond",
      "fonds",
      "nuit",
      "voie",
      "devant",
      "tue",
      "suis",
    ];
    for (const word of words) {
      expect(verbTermOf(word), word).toBeUndefined();
    }
  });
});

describe("buildVerbForms", () => {
  // payer as the Lefff stores it, cut to present (P), imperfect (I) and past participle (K).
  const payer = {
    payer: {
      P: ["paye", "payes", "paye", "payons", "payez", "payent"],
      I: ["payais", "payais", "payait", "payions", "payiez", "payaient"],
      K: ["payé", "payés", "payée", "payées"],
    },
  };

  it("sends a first-group form that Snowball gives a noun's term to its verb's term", () => {
    // Snowball: paye, payes → `pay` (pays's term), payer, paie, paiement → `pai`.
    const { forms, homographStemCount } = buildVerbForms(
      payer,
      new Set(["paye"]),
      new Set(["pays"]),
    );
    expect(forms).toEqual({ paye: "pai", payent: "pai", payes: "pai" });
    expect(homographStemCount).toBe(2);
    expect(termOf("paie")).toBe("pai");
    expect(termOf("paiement")).toBe("pai");
  });

  it("leaves a form to Snowball when the noun is none or the form's own word", () => {
    expect(buildVerbForms(payer).forms).toEqual({ payent: "pai" });
    // A noun spelt like the form (`payes`, also `pay`) is the form's own reading, not another word.
    expect(buildVerbForms(payer, new Set(), new Set(["payes"])).forms).toEqual({ payent: "pai" });
  });
});

describe("verb-forms.json", () => {
  it("is what scripts/build-verb-forms.ts builds now", () => {
    const committed = readFileSync(OUTPUT_URL, "utf8");
    const table = buildVerbForms(
      readLefffConjugations(),
      readDictionaryWords(),
      readDictionaryWords("noun"),
    );
    expect(JSON.parse(committed), "run npx tsx scripts/build-verb-forms.ts").toEqual(table.forms);
    expect(committed).toBe(formatVerbForms(table));
  });
});
