import { foldWord } from "../text/analyze.js";

/**
 * What kind of answer a question asks for, when its wording says so: a duration (`combien de
 * temps`, `how long`), a moment (`quand`, `en quelle année`, `when`) or a quantity (`combien`,
 * `how many`). A passage holding that kind of expression answers such a question more likely
 * than one that only shares its words.
 */
export type AnswerType = "duration" | "moment" | "quantity";

/** Bit of each answer type in a passage's {@link answerTypesOf} mask. */
export const ANSWER_TYPE_BIT: Readonly<Record<AnswerType, number>> = {
  duration: 1,
  moment: 2,
  quantity: 4,
};

// Question wordings, tried in this order on the folded question (durations before quantities:
// `combien de temps` is a duration, `combien` alone a quantity).
const QUESTION_FRAMES: readonly { type: AnswerType; pattern: RegExp }[] = [
  {
    type: "duration",
    pattern:
      /\b(?:(?:depuis|pendant|durant)\s+)?combien\s+(?:de|d)\s*(?:temps|ans|annees|mois|semaines|jours|heures|minutes)\b|\bhow\s+long\b|\bdepuis\s+quand\b/u,
  },
  {
    type: "moment",
    pattern:
      /\bquand\b|\bkan\b|\ben\s+quelle\s+annee\b|\ba\s+quelle\s+(?:date|heure|epoque)\b|\bquel(?:le)?\s+(?:jour|date|annee|mois)\b|\bwhen\b|\bwhat\s+(?:time|year|day|date)\b/u,
  },
  {
    type: "quantity",
    pattern:
      /\bcombien\b|\bcb\b|\bquel(?:le)?\s+(?:nombre|montant|somme|prix|cout|taux|pourcentage)\b|\bhow\s+(?:many|much)\b/u,
  },
];

/**
 * Words of the frame that ask for the type, not for the topic: `temps` in `combien de temps`,
 * `long` in `how long`. They are left out of the question's concepts.
 */
const FRAME_WORDS =
  /\bcombien\s+(?:de|d)\s*temps\b|\bhow\s+(?:long|many|much)\b|\ben\s+quelle\s+annee\b|\ba\s+quelle\s+(?:date|heure|epoque)\b|\bwhat\s+(?:time|year|day|date)\b/giu;

/** The kind of answer the question asks for, or null when its wording does not say. */
export function expectedAnswerType(question: string): AnswerType | null {
  const folded = foldSameLength(question);
  for (const { type, pattern } of QUESTION_FRAMES) if (pattern.test(folded)) return type;
  return null;
}

/**
 * The question with its type-asking frame words blanked out by spaces (offsets stay true):
 * `la réunion a duré combien de temps` → `la réunion a duré                  `.
 */
export function blankAnswerFrames(question: string): string {
  const folded = foldSameLength(question);
  let result = question;
  for (const match of folded.matchAll(FRAME_WORDS)) {
    const start = match.index;
    const end = start + match[0].length;
    result = result.slice(0, start) + " ".repeat(end - start) + result.slice(end);
  }
  return result;
}

// Numbers written as words (`un`/`une` are left out: they are mostly articles).
const NUMBER_WORDS =
  "deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|cents|mille|quelques|plusieurs|dizaines?|centaines?|milliers?|millions?|milliards?";
const DURATION = new RegExp(
  `\\b(?:\\d[\\d\\s.,]*|(?:un|une|${NUMBER_WORDS})(?:\\s+de)?)\\s+(?:ans?|annees?|mois|semaines?|jours?|heures?|minutes?|secondes?|decennies?|siecles?|nuits?)\\b`,
  "u",
);
const MOMENT =
  /\b(?:1[5-9]\d\d|20\d\d|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd\s*hui|demain|aube|veille|lendemain)\b/u;
const QUANTITY = new RegExp(
  `\\d|\\b(?:${NUMBER_WORDS}|totalite|majorite|minorite|moitie|tiers|quart)\\b`,
  "u",
);

/** Bit mask ({@link ANSWER_TYPE_BIT}) of the kinds of answers a passage's text holds. */
export function answerTypesOf(text: string): number {
  const folded = foldSameLength(text);
  let mask = 0;
  if (DURATION.test(folded)) mask |= ANSWER_TYPE_BIT.duration;
  if (MOMENT.test(folded)) mask |= ANSWER_TYPE_BIT.moment;
  if (QUANTITY.test(folded)) mask |= ANSWER_TYPE_BIT.quantity;
  return mask;
}

/**
 * Lower case without accents, one character for one (so offsets in the result are offsets in the
 * text), apostrophes as spaces.
 */
function foldSameLength(text: string): string {
  let folded = "";
  for (const char of text) {
    const plain = foldWord(char);
    folded += plain.length === char.length ? plain : char.toLowerCase();
  }
  return folded.replace(/['’]/gu, " ");
}
