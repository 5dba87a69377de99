import type { ReplyLocale } from "./locale.js";

/**
 * Gazette's words about feedback (votes, `/report`), in each reply language. Kept beside
 * `locale.ts`'s {@link Strings} rather than in it, so the feature's words live together.
 */
export interface FeedbackStrings {
  /** Labels of the vote buttons (what Discord shows on them). */
  voteUp: string;
  voteDown: string;
  voteRecorded: string;
  voteChanged: string;
  voteWithdrawn: string;
  /** The answer voted on is older than the retention (or was never stored). */
  voteUnknownAnswer: string;
  /** The store could not be opened or written. */
  feedbackUnavailable: string;
  reportRefused: string;
  reportTitle(days: number): string;
  unansweredHeading: string;
  noUnanswered(days: number): string;
  /** One unanswered question: how often, where asked, last day. */
  unansweredLine(count: number, command: string, lastDay: string): string;
  worstRatedHeading: string;
  noWorstRated: string;
  perDayHeading: string;
  noQuestions: string;
  dayLine(day: string, unanswered: number, asked: number, percent: string): string;
  totalLine(unanswered: number, asked: number, percent: string): string;
  votesLine(up: number, down: number): string;
  /** Label of the button that opens `/article add` for an unanswered question (`n` its number). */
  addArticle(n: number): string;
  daysChoice(days: number): string;
}

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

export const feedbackStrings: Record<ReplyLocale, FeedbackStrings> = {
  en: {
    voteUp: "👍",
    voteDown: "👎",
    voteRecorded: "Thanks, your vote is recorded.",
    voteChanged: "Thanks, your vote is changed.",
    voteWithdrawn: "Your vote is withdrawn.",
    voteUnknownAnswer: "This answer is too old to be rated: ask again to rate the new answer.",
    feedbackUnavailable: "Sorry, feedback is unavailable for now: your vote was not recorded.",
    reportRefused: "Sorry, only server managers (Manage Server) can see Gazette's feedback report.",
    reportTitle: (days) => `Feedback report · last ${days} days`,
    unansweredHeading: "Most frequent unanswered questions",
    noUnanswered: (days) => `No unanswered question in the last ${days} days.`,
    unansweredLine: (count, command, lastDay) =>
      `${count} ${plural(count, "time", "times")} · ${command} · last ${lastDay}`,
    worstRatedHeading: "Worst-rated answers",
    noWorstRated: "No answer was voted down.",
    perDayHeading: "No-answer rate per day",
    noQuestions: "No question was asked in this period.",
    dayLine: (day, unanswered, asked, percent) =>
      `${day} · ${unanswered} of ${asked} unanswered (${percent})`,
    totalLine: (unanswered, asked, percent) =>
      `**In all: ${unanswered} of ${asked} unanswered (${percent})**`,
    votesLine: (up, down) => `Votes: ${up} 👍 · ${down} 👎`,
    addArticle: (n) => `Add an article for ${n}`,
    daysChoice: (days) => `Last ${days} days`,
  },
  fr: {
    voteUp: "👍",
    voteDown: "👎",
    voteRecorded: "Merci, votre vote est enregistré.",
    voteChanged: "Merci, votre vote est modifié.",
    voteWithdrawn: "Votre vote est retiré.",
    voteUnknownAnswer:
      "Cette réponse est trop ancienne pour être notée : reposez la question pour noter la nouvelle.",
    feedbackUnavailable:
      "Désolé, les avis sont indisponibles pour l’instant : votre vote n’a pas été enregistré.",
    reportRefused:
      "Désolé, seuls les gestionnaires du serveur (Gérer le serveur) peuvent voir le rapport des avis.",
    reportTitle: (days) => `Rapport des avis · ${days} derniers jours`,
    unansweredHeading: "Questions sans réponse les plus fréquentes",
    noUnanswered: (days) => `Aucune question sans réponse ces ${days} derniers jours.`,
    unansweredLine: (count, command, lastDay) =>
      `${count} fois · ${command} · dernière le ${lastDay}`,
    worstRatedHeading: "Réponses les moins bien notées",
    noWorstRated: "Aucune réponse n’a reçu de 👎.",
    perDayHeading: "Taux de questions sans réponse par jour",
    noQuestions: "Aucune question posée sur cette période.",
    dayLine: (day, unanswered, asked, percent) =>
      `${day} · ${unanswered} sur ${asked} sans réponse (${percent})`,
    totalLine: (unanswered, asked, percent) =>
      `**En tout : ${unanswered} sur ${asked} sans réponse (${percent})**`,
    votesLine: (up, down) => `Votes : ${up} 👍 · ${down} 👎`,
    addArticle: (n) => `Ajouter un article pour ${n}`,
    daysChoice: (days) => `${days} derniers jours`,
  },
};
