import type { LocalizationMap } from "discord.js";

/** The languages Gazette's own words come in. Quoted passages stay in the article's language. */
export type ReplyLocale = "fr" | "en";

/** French for any `fr*` Discord locale, English otherwise. */
export function replyLocale(locale: string | null | undefined): ReplyLocale {
  return locale?.toLowerCase().startsWith("fr") ? "fr" : "en";
}

/** `name_localizations` / `description_localizations` for a command or option. */
export function localizations(text: { fr: string; en: string }): LocalizationMap {
  return { fr: text.fr, "en-US": text.en, "en-GB": text.en };
}

/** Every word Gazette writes itself, in each reply language. Values are plain text or markdown. */
export interface Strings {
  /** Label before the question, punctuation included. */
  question: string;
  resultsRange(first: number, last: number): string;
  paragraphOf(paragraph: number, total: number): string;
  /** Label before the source link, punctuation included. */
  source: string;
  moreResults: string;
  share: string;
  sharedBy(userMention: string): string;
  noAnswer(question: string): string;
  closestTerms(terms: string): string;
  rephrase: string;
  buttonExpired: string;
  summaryFooter(length: string, topic: string | null): string;
  lengthNames: Record<"short" | "medium" | "long", string>;
  offTopic(article: string, topic: string): string;
  topicsItCovers(topics: string): string;
  unknownArticle(query: string): string;
  didYouMean(titles: string): string;
  chooseArticle: string;
  reindexRefused: string;
  reindexDone: string;
  reindexFigures: { articles: string; passages: string; terms: string; duration: string };
  reindexDiff(added: number, removed: number, changed: number): string;
  added: string;
  removed: string;
  changed: string;
  reindexFailed: string;
  stillServing(articles: number, passages: number): string;
  corpusProblems: string;
  /** How many shards serve the new index (said when the bot runs more than one). */
  servedByShards(serving: number, total: number): string;
  /** One shard that did not swap to the new index, and why. */
  shardNotSwitched(shard: number, reason: string): string;
  /** Heading of the list of invalid files a successful reindex left out. */
  leftOut(count: number): string;
  moreLines(count: number): string;
  /** `burst` questions were asked within the last `window` seconds; the next is allowed in `seconds`. */
  cooldown(seconds: number, burst: number, window: number): string;
  noArticlesYet: string;
  apology: string;
  unknownCommand: string;
  /** The answer to an interaction that arrives while Gazette is shutting down. */
  restarting: string;
  /** The answer to an interaction whose payload does not follow Discord's schema. */
  unreadable: string;
}

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/** Gazette's words by reply language. */
export const strings: Record<ReplyLocale, Strings> = {
  en: {
    question: "Question:",
    resultsRange: (first, last) =>
      first === last ? `result ${first}` : `results ${first}–${last}`,
    paragraphOf: (paragraph, total) => `Paragraph ${paragraph} of ${total}`,
    source: "Source:",
    moreResults: "More results",
    share: "Share in the channel",
    sharedBy: (mention) => `Shared by ${mention}`,
    noAnswer: (question) => `The articles do not cover “${question}”.`,
    closestTerms: (terms) => `Closest terms they do contain: ${terms}.`,
    rephrase: "Try asking with other words.",
    buttonExpired: "This button has expired: ask again with `/ask`.",
    summaryFooter: (length, topic) =>
      topic ? `${length} summary · topic: ${topic}` : `${length} summary`,
    lengthNames: { short: "Short", medium: "Medium", long: "Long" },
    offTopic: (article, topic) => `“${article}” does not talk about “${topic}”.`,
    topicsItCovers: (topics) => `Topics it does cover: ${topics}.`,
    unknownArticle: (query) => `No article matches “${query}”.`,
    didYouMean: (titles) => `Did you mean: ${titles}?`,
    chooseArticle: "Several articles are available: pick one with the `article` option.",
    reindexRefused:
      "Sorry, only server managers (Manage Server) can rebuild Gazette's index. Nothing was changed.",
    reindexDone: "Index rebuilt",
    reindexFigures: {
      articles: "Articles",
      passages: "Passages",
      terms: "Terms",
      duration: "Duration",
    },
    reindexDiff: (added, removed, changed) =>
      `${added} ${plural(added, "passage", "passages")} added, ${removed} removed, ${changed} changed`,
    added: "Added",
    removed: "Removed",
    changed: "Changed",
    reindexFailed: "Reindex failed",
    stillServing: (articles, passages) =>
      `The previous index is still serving (${articles} ${plural(articles, "article", "articles")}, ${passages} ${plural(passages, "passage", "passages")}).`,
    corpusProblems: "What is wrong in the corpus:",
    servedByShards: (serving, total) =>
      `Served by ${serving} of ${total} ${plural(total, "shard", "shards")}.`,
    shardNotSwitched: (shard, reason) =>
      `Shard ${shard} still serves the previous index: ${reason}`,
    leftOut: (count) =>
      `Left out as invalid (${count}; every other article is served), with how to fix ${plural(count, "it", "them")}:`,
    moreLines: (count) => `…and ${count} more`,
    cooldown: (seconds, burst, window) =>
      `You have asked ${burst} ${plural(burst, "question", "questions")} in the last ${window} s: try again in ${seconds} s.`,
    noArticlesYet:
      "No articles are loaded yet, so I cannot answer for now. Please try again later.",
    apology: "Sorry, something went wrong on my side. Please try again in a moment.",
    unreadable:
      "Gazette could not read this request. Run the command again from Discord’s command menu.",
    unknownCommand: "This command is not available any more.",
    restarting: "Gazette is restarting, ask again in a few seconds.",
  },
  fr: {
    question: "Question :",
    resultsRange: (first, last) =>
      first === last ? `résultat ${first}` : `résultats ${first} à ${last}`,
    paragraphOf: (paragraph, total) => `Paragraphe ${paragraph} sur ${total}`,
    source: "Source :",
    moreResults: "Plus de résultats",
    share: "Partager dans le salon",
    sharedBy: (mention) => `Partagé par ${mention}`,
    noAnswer: (question) => `Les articles ne traitent pas de « ${question} ».`,
    closestTerms: (terms) => `Termes les plus proches qu’ils contiennent : ${terms}.`,
    rephrase: "Essayez de reformuler la question.",
    buttonExpired: "Ce bouton a expiré : reposez la question avec `/ask`.",
    summaryFooter: (length, topic) =>
      topic
        ? `Résumé ${length.toLowerCase()} · sujet : ${topic}`
        : `Résumé ${length.toLowerCase()}`,
    lengthNames: { short: "Court", medium: "Moyen", long: "Long" },
    offTopic: (article, topic) => `« ${article} » ne parle pas de « ${topic} ».`,
    topicsItCovers: (topics) => `Sujets qu’il aborde : ${topics}.`,
    unknownArticle: (query) => `Aucun article ne correspond à « ${query} ».`,
    didYouMean: (titles) => `Vouliez-vous dire : ${titles} ?`,
    chooseArticle:
      "Plusieurs articles sont disponibles : choisissez-en un avec l’option `article`.",
    reindexRefused:
      "Désolé, seuls les gestionnaires du serveur (Gérer le serveur) peuvent reconstruire l’index de Gazette. Rien n’a été modifié.",
    reindexDone: "Index reconstruit",
    reindexFigures: {
      articles: "Articles",
      passages: "Passages",
      terms: "Termes",
      duration: "Durée",
    },
    reindexDiff: (added, removed, changed) =>
      `${added} ${plural(added, "passage ajouté", "passages ajoutés")}, ${removed} ${plural(removed, "supprimé", "supprimés")}, ${changed} ${plural(changed, "modifié", "modifiés")}`,
    added: "Ajoutés",
    removed: "Supprimés",
    changed: "Modifiés",
    reindexFailed: "La réindexation a échoué",
    stillServing: (articles, passages) =>
      `L’index précédent reste en service (${articles} ${plural(articles, "article", "articles")}, ${passages} ${plural(passages, "passage", "passages")}).`,
    corpusProblems: "Ce qui ne va pas dans le corpus :",
    servedByShards: (serving, total) =>
      `Servi par ${serving} ${plural(serving, "shard", "shards")} sur ${total}.`,
    shardNotSwitched: (shard, reason) =>
      `Le shard ${shard} sert encore l’index précédent : ${reason}`,
    leftOut: (count) =>
      `${plural(count, "Laissé de côté car invalide", "Laissés de côté car invalides")} (${count} ; tous les autres articles sont servis), et comment corriger :`,
    moreLines: (count) => `…et ${count} de plus`,
    cooldown: (seconds, burst, window) =>
      `Vous avez posé ${burst} ${plural(burst, "question", "questions")} en moins de ${window} s : réessayez dans ${seconds} s.`,
    noArticlesYet:
      "Aucun article n’est encore chargé : je ne peux pas répondre pour l’instant. Réessayez plus tard.",
    apology: "Désolé, une erreur est survenue de mon côté. Réessayez dans un instant.",
    unreadable:
      "Gazette n’a pas pu lire cette demande. Relancez la commande depuis le menu des commandes de Discord.",
    unknownCommand: "Cette commande n’est plus disponible.",
    restarting: "Gazette redémarre, reposez votre question dans quelques secondes.",
  },
};
