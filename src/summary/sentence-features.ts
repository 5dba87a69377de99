import { contentTermOf, type Token, tokenize } from "../language/analyze.js";

/** A name written with capitals in a sentence: `Bachar Al-Assad`, `Deir Ezzor`. */
export interface NamedEntity {
  /** As written, accents and case kept. */
  surface: string;
  start: number;
  end: number;
}

// Lower-case words that may join the capitalized words of one name: `Observatoire Syrien des
// Droits de l’Homme`, `Arc de Triomphe`.
const NAME_CONNECTORS = new Set(["de", "des", "du", "d", "l", "la", "le", "el", "al"]);
// Capitalized at a sentence start, these are articles, not the start of a name (`La CGT`).
const NOT_NAME_STARTS = new Set(["de", "des", "du", "d", "l", "la", "le", "les"]);

/**
 * The names of a sentence: runs of capitalized words, joined by spaces, hyphens, apostrophes and
 * connectors (`de`, `des`, `l’`). The sentence's first word counts only when it is not a
 * function word (`Selon`, `Dans`, `Après` are not names), or when a name continues after it.
 */
export function findNamedEntities(text: string): NamedEntity[] {
  const tokens = tokenize(text);
  const entities: NamedEntity[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index] as Token;
    if (!isCapitalized(token.surface) || NOT_NAME_STARTS.has(token.surface.toLowerCase())) {
      index++;
      continue;
    }
    let last = index;
    let cursor = index + 1;
    while (cursor < tokens.length) {
      const next = tokens[cursor] as Token;
      const gap = text.slice((tokens[cursor - 1] as Token).end, next.start);
      if (!/^[\s\u00a0'’-]{1,2}$/u.test(gap)) break;
      if (isCapitalized(next.surface)) last = cursor;
      else if (!NAME_CONNECTORS.has(next.surface.toLowerCase())) break;
      cursor++;
    }
    const first = tokens[index] as Token;
    const end = tokens[last] as Token;
    const opensSentence = index === 0 && last === index;
    if (!opensSentence || (contentTermOf(first.surface) !== null && looksLikeName(first.surface))) {
      entities.push({
        surface: text.slice(first.start, end.end),
        start: first.start,
        end: end.end,
      });
    }
    index = last + 1;
  }
  return entities;
}

function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word) && word.length >= 2;
}

// A sentence's first word is a name when it is written in capitals (`OSDH`) or is not a known
// French word form we can check cheaply; without a dictionary, common sentence openers are listed.
const SENTENCE_OPENERS = new Set(
  [
    "après",
    "avant",
    "selon",
    "pendant",
    "depuis",
    "malgré",
    "lors",
    "ainsi",
    "enfin",
    "puis",
    "ensuite",
    "toutefois",
    "cependant",
    "pourtant",
    "désormais",
    "hier",
    "demain",
    "aujourd",
    "mardi",
    "lundi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "face",
    "outre",
    "parmi",
    "grâce",
    "certains",
    "plusieurs",
    "chaque",
    "aucun",
    "aucune",
    "reste",
  ].map((word) => word.toLowerCase()),
);

function looksLikeName(word: string): boolean {
  if (/^\p{Lu}{2,}$/u.test(word)) return true;
  return !SENTENCE_OPENERS.has(word.toLowerCase());
}

const NUMBER_WORDS = new Set([
  "deux",
  "trois",
  "quatre",
  "cinq",
  "six",
  "sept",
  "huit",
  "neuf",
  "dix",
  "onze",
  "douze",
  "quinze",
  "vingt",
  "trente",
  "quarante",
  "cinquante",
  "soixante",
  "cent",
  "cents",
  "mille",
  "million",
  "millions",
  "milliard",
  "milliards",
  "moitié",
  "tiers",
  "quart",
]);

/** How many quantities a sentence states: numbers in digits (`120`, `2015`) or words (`cinq`). */
export function countNumbers(text: string): number {
  let count = 0;
  for (const { surface } of tokenize(text)) {
    if (/\p{N}/u.test(surface) || NUMBER_WORDS.has(surface.toLowerCase())) count++;
  }
  return count;
}

// Intent and outlook: what someone wants, plans, calls for, expects or fears (`veulent
// reprendre`, `ouvrirait`, `il faudra`, `doit se tenir`, `menacés`). French future and conditional
// endings, plus verbs and nouns of intent.
const OUTLOOK_WORDS =
  /(?<![\p{L}])(?:veu[tx]|veulent|voudrai\p{L}*|prévoi\p{L}*|prévu\p{L}*|compte(?:nt)?|entend(?:ent)?|doi(?:t|vent)|appelle(?:nt)? à|objectif\p{L}*|projet\p{L}*|prochaine?s?|bientôt|désormais|devr\p{L}+|pourr\p{L}+|estime(?:nt)?|attend(?:ent|u)?|promet\p{L}*|menac\p{L}*|\p{Ll}{3,}(?:erai[st]?|eraient|eront|iront|rait|raient|ront|ra))(?![\p{L}])/u;

/** Whether a sentence says what comes next: an intent, a plan, a forecast. */
export function speaksOfWhatComesNext(text: string): boolean {
  return OUTLOOK_WORDS.test(text);
}

// Openings that lean on the sentence before: a connective (`Le cas échéant`, `En outre`) or a
// pronoun or demonstrative standing for something already named (`Cette reconquête`, `Il`).
const LEANS_ON_PREVIOUS =
  /^[«"“(\s-]*(?:le cas échéant|selon (?:lui|elle|eux|elles)|en outre|de plus|par ailleurs|en revanche|mais|cependant|toutefois|pourtant|néanmoins|ainsi|donc|en effet|du coup|cette|cet|ces|ce|celui-ci|celle-ci|il|elle|ils|elles|lui|eux|là)(?![\p{L}])/iu;

/** Whether a sentence needs the one before it to be understood (`Le cas échéant, cette reconquête…`). */
export function leansOnPreviousSentence(text: string): boolean {
  return LEANS_ON_PREVIOUS.test(text);
}
