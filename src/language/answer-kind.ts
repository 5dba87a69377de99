import { foldWord } from "./analyze.js";

/**
 * What kind of answer a question asks for, when its wording says so: a duration (`combien de
 * temps`, `how long`), a moment (`quand`, `when`), an amount of money (`combien ça coûte`, `quel
 * budget`, `how much money`), a quantity (`combien`, `how many`), a cause or goal (`pourquoi`,
 * `why`), a person or organisation (`qui`, `who`) or a place (`où`, `where`). A passage holding
 * that kind of expression answers such a question more likely than one that only shares its words.
 */
export type AnswerKind =
  "duration" | "moment" | "money" | "quantity" | "cause" | "person" | "place";

/** Bit of each answer kind in a passage's {@link answerKindsOf} mask. */
export const ANSWER_KIND_BIT: Readonly<Record<AnswerKind, number>> = {
  duration: 1,
  moment: 2,
  quantity: 4,
  money: 8,
  cause: 16,
  person: 32,
  place: 64,
};

// Question wordings, tried in this order on the folded question: durations and money before
// quantities (`combien de temps`, `combien ça coûte` are not plain counts). `quand` or `when` after
// another question word joins a clause (`quels signes quand on l'attrape`): it asks no moment.
const QUESTION_FRAMES: readonly { kind: AnswerKind; pattern: RegExp }[] = [
  {
    kind: "duration",
    pattern:
      /\b(?:(?:depuis|pendant|durant)\s+)?combien\s+(?:de|d)\s*(?:temps|ans|annees|mois|semaines|jours|heures|minutes)\b|\bhow\s+long\b|\bdepuis\s+quand\b/u,
  },
  {
    kind: "money",
    pattern:
      /\b(?:coute|coutent|coutera|coutait|vaut|valent|paye|payent|touche|touchent|gagne|gagnent)\s+combien\b|\bcombien\b.*\b(?:coute|coutent|coute|coutera|coutait|cout|couts|euros?|argent|fric|thune|pognon|paye|payer|payes|paie|paient|rapporte|gagne|gagnent|touche|touchent|vaut|valent|investi|investis|leve|levee|leves)\b|\bquel(?:le)?s?\s+(?:prix|montant|budget|cout|somme|salaire|tarif|facture|amende|chiffre\s+d\s*affaires|investissement|enveloppe)\b|^\s*(?:(?:le|la)\s+)?(?:prix|cout|tarif|montant|budget)\s+(?:du|de|des|d)\b|\bhow\s+much\b.*\b(?:money|cost|costs|costing|pay|paid|pays|spend|spent|raise|raised|earn|earned|worth|euros?|dollars?)\b|\bhow\s+much\s+(?:does|did|do|is|was|will|are|were)\s+(?:it|that|this|they|the\s+\w+)\s+cost\b|\bwhat\s+(?:is|was|s)?\s*the\s+(?:price|cost|budget|amount|fine|salary|bill)\b/u,
  },
  {
    kind: "moment",
    pattern:
      /(?<!\b(?:quel(?:le)?s?|comment|pourquoi|combien|qui|que|quoi|what|which|who|how|why)\b.*)\b(?:quand(?!\s+meme\b)|kan|when)\b|\ben\s+quelle\s+annee\b|\ba\s+quelle\s+(?:date|heure|epoque)\b|\bquel(?:le)?\s+(?:jour|date|annee|mois)\b|\b(?:la|les|sa|leur|une)\s+dates?\s+(?:de|du|des|d)\b|\bwhat\s+(?:time|year|day|date)\b|\bthe\s+date\s+of\b/u,
  },
  {
    kind: "quantity",
    pattern:
      /\bcombien\b|\bcb\b|\bquel(?:le)?\s+(?:nombre|taux|pourcentage|proportion|part)\b|\bhow\s+(?:many|much)\b|\bwhat\s+(?:number|percentage|proportion|share|rate|score|result)\b/u,
  },
  {
    kind: "cause",
    pattern:
      /\bpourquoi\b|\bpk\b|\bpq\b|\bpkoi\b|\bpourkoi\b|\bpour\s+quelle\s+raison\b|\bpour\s+quoi\s+faire\b|\ba\s+cause\s+de\s+quoi\b|\bdans\s+quel\s+but\b|\bwhy\b|\bhow\s+come\b|\bfor\s+what\s+(?:reason|purpose)\b|\bwhat\s+(?:caused|causes|is\s+the\s+reason|was\s+the\s+reason)\b/u,
  },
  {
    kind: "person",
    pattern:
      /^\s*(?:et\s+|mais\s+|alors\s+)?(?:qui|ki)\b|\b(?:c\s*est|c|cest|par|a|avec|pour|contre|selon|chez)\s+(?:qui|ki)\b|\bwho\b|\bwhom\b|\bwhose\b/u,
  },
  {
    kind: "place",
    pattern:
      /\bdans\s+quel(?:le)?s?\s+(?:ville|pays|region|departement|commune|quartier|endroit|lieu|secteur|zone|rue)\b|\bquel(?:le)?s?\s+(?:ville|pays|region|departement|commune|quartier|endroit|lieu)\b|\bwhere\b|\b(?:which|what)\s+(?:city|cities|town|towns|country|countries|region|regions|place|places|area|areas)\b/u,
  },
];

// `où` needs its accent to tell it from `ou` (or); typed without it, only where `or` cannot stand.
const PLACE_WITH_OU =
  /(?:^|[^\p{L}])où(?![\p{L}])|^\s*ou\s+(?!bien\b)|\b(?:c\s*est|cest|d|par|jusqu)\s+ou\b|\bou\s+(?:est|sont|se\s+trouve|se\s+trouvent|se\s+situe|ca\s+se|c\s*est|a\s+eu\s+lieu|ont\s+eu\s+lieu)\b/u;

/**
 * Words of the frame that ask for the kind, not for the topic: `temps` in `combien de temps`,
 * `long` in `how long`, `ville` in `dans quelle ville`, `se trouve` in `où se trouve`, and the
 * word for money after `how much` or `combien` (`how much public money`, `combien d'argent`):
 * the answer is a sum in euros, which the money kind finds, while an article seldom writes
 * `argent`. They are left out of the question's concepts.
 */
const FRAME_WORDS =
  /\bcombien\s+(?:de|d)\s*temps\b|\bhow\s+(?:long|many|much)\b|\ben\s+quelle\s+annee\b|\ba\s+quelle\s+(?:date|heure|epoque)\b|\bwhat\s+(?:time|year|day|date)\b|\bpour\s+quelle\s+raison\b|\bdans\s+quel\s+but\b|\bfor\s+what\s+(?:reason|purpose)\b|\bhow\s+come\b|\bdans\s+quel(?:le)?s?\s+(?:ville|pays|region|endroit|lieu)\b|\b(?:which|what)\s+(?:city|cities|town|towns|country|countries|place|places)\b|\bquel(?:le)?s?\s+(?:montant|somme|prix|cout|budget)\b|\b(?:la|les|sa|leur|une)\s+dates?\s+(?=de\b|du\b|des\b|d\s)|\bthe\s+date\s+(?=of\b)|\b(?:se|s)\s+(?:trouve|trouvent|trouvait|situe|situent|situait)\b|(?<=\bhow\s+much\b.*)\bmoney\b|(?<=\bcombien\b.*)\b(?:argent|fric|thune|pognon)\b/gu;

/** The kind of answer the question asks for, or null when its wording does not say. */
export function expectedAnswerKind(question: string): AnswerKind | null {
  const folded = foldSameLength(question);
  for (const { kind, pattern } of QUESTION_FRAMES) if (pattern.test(folded)) return kind;
  if (PLACE_WITH_OU.test(question.toLowerCase().replace(/['’]/gu, " "))) return "place";
  if (PLACE_WITH_OU.test(folded)) return "place";
  return null;
}

/**
 * `[start, end)` spans of the question's type-asking frame words (`combien de temps`): offsets in
 * the question as given.
 */
export function answerFrameSpans(question: string): [number, number][] {
  const folded = foldSameLength(question);
  return [...folded.matchAll(FRAME_WORDS)].map((match) => [
    match.index,
    match.index + match[0].length,
  ]);
}

// Numbers written as words (`un`/`une` are left out: they are mostly articles).
const NUMBER_WORDS =
  "deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|cents|mille|quelques|plusieurs|dizaines?|centaines?|milliers?|millions?|milliards?";
// A length of time (`sept heures`, `trois ans`), not a clock time (`à 14 heures`); or since when
// (`depuis 1999`, `depuis mars`), which answers `depuis quand`.
const DURATION = new RegExp(
  `(?<!\\b(?:a|vers|des|jusqu\\s+a)\\s+)\\b(?:\\d[\\d\\s.,]*|(?:un|une|${NUMBER_WORDS})(?:\\s+de)?)\\s+(?:ans?|annees?|mois|semaines?|jours?|heures?|minutes?|secondes?|decennies?|siecles?|nuits?)\\b|\\bdepuis\\s+(?:(?:1[5-9]|20)\\d\\d|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\\b`,
  "u",
);
const MOMENT =
  /\b\d{1,2}\s*h(?:\s*\d{2})?\b|\b(?:a|vers|des|jusqu\s+a|avant|apres)\s+\d{1,2}\s*heures?\b|\b(?:minuit|midi)\b|\b(?:1[5-9]\d\d|20\d\d|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd\s*hui|demain|aube|veille|lendemain)\b/u;
const QUANTITY = new RegExp(
  `\\d|\\b(?:${NUMBER_WORDS}|totalite|majorite|minorite|moitie|tiers|quart)\\b`,
  "u",
);
const MONEY = new RegExp(
  `€|\\$|£|\\b(?:euros?|dollars?|centimes?|budget|financement|finance|subventions?|investissements?|cout|couts|coute|prix|tarifs?|salaires?|amendes?|facture|chiffre\\s+d\\s+affaires)\\b`,
  "u",
);
// Causes and goals (`justifie son départ par`: how an article gives a side's reasons); and what a
// side fears, denounces or opposes, which is why it is worried or angry (`why are the farmers
// angry` → `ils dénoncent une concurrence déloyale`).
const CAUSE =
  /\b(?:parce\s+que?|car|en\s+raison\s+d(?:e|u|es)?|a\s+cause\s+d(?:e|u|es)?|du\s+fait\s+d(?:e|u|es)?|faute\s+d(?:e|u|es)?|grace\s+a|suite\s+a|afin\s+(?:de|d|que|qu)|pour\s+(?:eviter|permettre|garantir|limiter|reduire|assurer|que)|objectifs?|but|raisons?|motifs?|expliqu\w*|justifi\w*|caus\w*|provoqu\w*|entrain\w*|puisque?|en\s+effet|vis(?:e|ent|ant)\s+a|destine\w*\s+a|dans\s+le\s+but|origine|due?s?\s+a|lie\w*\s+a|redout\w*|craint\w*|craign\w*|denonc\w*|reproch\w*|inquiet\w*|menac\w*|critiqu\w*|oppos\w*)\b/u;
// People and organisations: a title or role word, or a capitalised first name and name.
const PERSON_ROLE =
  /\b(?:m|mme|dr|maire|ministre|president\w*|directeur|directrice|porte\s+parole|prefet\w*|procureur\w*|secretaire|dirigeant\w*|fondat\w*|patron\w*|pdg|syndica\w*|entraineur\w*|juge\w*|avocat\w*|depute\w*|senat\w*|chef\w*|responsable\w*|porte-parole|commissaire|gendarm\w*|polici\w*|pompier\w*|medecin\w*|association|entreprise|societe|groupe|agence|office|ministere|mairie|conseil|gouvernement)\b/u;
const FULL_NAME = /\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}[\p{Ll}\p{Lu}]+/u;
const PLACE_ORIGINAL =
  /(?:^|[^\p{L}])(?:à|au|aux|en|dans\s+(?:le|la|les|l’|l')|près\s+d[eu']|vers|depuis|sur\s+(?:le|la|l’|l'))\s*\p{Lu}/u;
const PLACE_WORDS =
  /\b(?:ville|commune|region|departement|quartier|rue|avenue|boulevard|village|pays|site|gare|port|aeroport|usine|centre|zone|secteur|territoire|frontiere|province|capitale|nord|sud|est|ouest)\b/u;

// Wordings that situate something (`située à`, `à 120 kilomètres à l'ouest de`, `au pied du`):
// they say where, while most passages only name a place in passing.
const LOCATES =
  /\b(?:situee?s?|installee?s?|implantee?s?|basee?s?|localisee?s?)\s+(?:a|au|aux|en|dans|pres|sur|entre)\b|\b(?:au|a\s+l)\s+(?:nord|sud|est|ouest|large|coeur|centre|pied|bord)\s+(?:de|du|des|d)\b|\bkilometres?\s+(?:de|du|des|d|au|a)\b|\b(?:pres|a\s+proximite)\s+(?:de|du|des|d)\b/u;

/**
 * Bit of a passage that situates something ({@link answerKindsOf}), beside the answer kinds' bits:
 * of the passages naming a place, those answer `où`, `where` best.
 */
export const LOCATES_BIT = 128;

/** Bit mask ({@link ANSWER_KIND_BIT}) of the kinds of answers a passage's text holds. */
export function answerKindsOf(text: string): number {
  const folded = foldSameLength(text);
  let mask = 0;
  if (DURATION.test(folded)) mask |= ANSWER_KIND_BIT.duration;
  if (MOMENT.test(folded)) mask |= ANSWER_KIND_BIT.moment;
  if (QUANTITY.test(folded)) mask |= ANSWER_KIND_BIT.quantity;
  if (MONEY.test(folded)) mask |= ANSWER_KIND_BIT.money;
  if (CAUSE.test(folded)) mask |= ANSWER_KIND_BIT.cause;
  if (PERSON_ROLE.test(folded) || FULL_NAME.test(text)) mask |= ANSWER_KIND_BIT.person;
  if (PLACE_ORIGINAL.test(text) || PLACE_WORDS.test(folded)) mask |= ANSWER_KIND_BIT.place;
  if (LOCATES.test(folded)) mask |= LOCATES_BIT;
  return mask;
}

/**
 * Lower case without accents, one character for one (so offsets in the result are offsets in the
 * text), apostrophes and hyphens as spaces.
 */
function foldSameLength(text: string): string {
  let folded = "";
  for (const char of text) {
    const plain = foldWord(char);
    folded += plain.length === char.length ? plain : char.toLowerCase();
  }
  return folded.replace(/['’-]/gu, " ");
}
