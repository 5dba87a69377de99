import type { ReplyLocale } from "../locale.js";

/**
 * Gazette's words for `/article`, by reply language. Kept beside `locale.ts` (whose `Strings` hold
 * the other commands' words) so that this command's many messages stay in one place.
 */
export interface ArticleStrings {
  refused: string;
  notYours: string;
  expired: string;
  wrongExtension(name: string): string;
  tooLarge(size: string, limit: string): string;
  corpusFull(size: string, limit: string): string;
  wrongType(type: string | null): string;
  timedOut(seconds: number): string;
  httpError(status: number): string;
  networkError: string;
  notUtf8(line: number): string;
  origin: string;
  invalid(count: number): string;
  duplicate(id: string): string;
  added: string;
  replaced: string;
  addedFields: { id: string; paragraphs: string; file: string; ask: string };
  notServed: string;
  reindexFailed: string;
  listTitle(total: number): string;
  listPage(page: number, pages: number): string;
  listEmpty: string;
  previous: string;
  next: string;
  paragraphs(count: number): string;
  noDate: string;
  unknownId(id: string): string;
  confirmRemove(title: string, id: string): string;
  confirm: string;
  cancel: string;
  cancelled: string;
  removed(title: string, id: string): string;
  alreadyGone(id: string): string;
  modalTitle: string;
  modalFields: { title: string; date: string; source: string; text: string };
  modalPlaceholders: { date: string; source: string };
}

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

export const articleStrings: Record<ReplyLocale, ArticleStrings> = {
  en: {
    refused:
      "Sorry, only server managers (Manage Server) can add or remove Gazette's articles. Nothing was changed.",
    notYours: "Only the admin who asked for this removal can confirm or cancel it.",
    expired: "This confirmation has expired: run `/article remove` again.",
    wrongExtension: (name) =>
      `“${name}” is not an article file: attach a \`.txt\` or \`.md\` file (UTF-8 text).`,
    tooLarge: (size, limit) =>
      `The file is ${size}, over the ${limit} limit per article: split it into several articles.`,
    corpusFull: (size, limit) =>
      `With this ${size} article the corpus would pass its ${limit} limit (CORPUS_MAX_BYTES): remove articles first.`,
    wrongType: (type) =>
      `The file's content type is ${type ? `\`${type}\`` : "unknown"}: attach plain text or Markdown (\`text/plain\` or \`text/markdown\`, UTF-8).`,
    timedOut: (seconds) =>
      `Downloading the file took longer than ${seconds} s: try again, or use \`/article add\` without a file to paste the text.`,
    httpError: (status) =>
      `Discord did not give the file (HTTP ${status}): attach it again in a new \`/article add\`.`,
    networkError: "The file could not be downloaded: try again in a moment.",
    notUtf8: (line) =>
      `The file is not valid UTF-8 (line ${line}): save it as UTF-8 and attach it again.`,
    origin: "This attachment does not come from Discord: nothing was downloaded.",
    invalid: (count) =>
      `The article is not valid (${count} ${plural(count, "problem", "problems")}; nothing was written):`,
    duplicate: (id) =>
      `An article with the id \`${id}\` already exists: set \`replace: True\` to replace it, or give this one another \`id\` in its front matter.`,
    added: "Article added",
    replaced: "Article replaced",
    addedFields: { id: "Id", paragraphs: "Paragraphs", file: "File", ask: "Try" },
    notServed:
      "The file was written, but the index left it out (see below): fix it, then add it again with `replace: True`.",
    reindexFailed:
      "The file was written, but the reindex failed: the previous index is still serving. Run `/reindex` to see why.",
    listTitle: (total) => `Articles (${total})`,
    listPage: (page, pages) => `Page ${page} of ${pages}`,
    listEmpty: "No article is loaded. Add one with `/article add`.",
    previous: "Previous",
    next: "Next",
    paragraphs: (count) => `${count} ${plural(count, "paragraph", "paragraphs")}`,
    noDate: "no date",
    unknownId: (id) =>
      `No article has the id “${id}”: pick one from the list as you type, or see \`/article list\`.`,
    confirmRemove: (title, id) =>
      `Remove **${title}** (\`${id}\`)? Its file is deleted from the corpus and the index rebuilt.`,
    confirm: "Remove",
    cancel: "Cancel",
    cancelled: "Cancelled: nothing was removed.",
    removed: (title, id) => `Removed **${title}** (\`${id}\`); the index was rebuilt.`,
    alreadyGone: (id) => `The file of \`${id}\` was already gone; the index was rebuilt.`,
    modalTitle: "Add an article",
    modalFields: {
      title: "Title",
      date: "Date (optional)",
      source: "Source URL (optional)",
      text: "Text",
    },
    modalPlaceholders: { date: "YYYY-MM-DD", source: "https://…" },
  },
  fr: {
    refused:
      "Désolé, seuls les gestionnaires du serveur (Gérer le serveur) peuvent ajouter ou retirer des articles de Gazette. Rien n’a été modifié.",
    notYours: "Seul l’administrateur qui a demandé ce retrait peut le confirmer ou l’annuler.",
    expired: "Cette confirmation a expiré : relancez `/article remove`.",
    wrongExtension: (name) =>
      `« ${name} » n’est pas un fichier d’article : joignez un fichier \`.txt\` ou \`.md\` (texte UTF-8).`,
    tooLarge: (size, limit) =>
      `Le fichier fait ${size}, au-delà de la limite de ${limit} par article : découpez-le en plusieurs articles.`,
    corpusFull: (size, limit) =>
      `Avec cet article de ${size}, le corpus dépasserait sa limite de ${limit} (CORPUS_MAX_BYTES) : retirez d’abord des articles.`,
    wrongType: (type) =>
      `Le type du fichier est ${type ? `\`${type}\`` : "inconnu"} : joignez du texte brut ou du Markdown (\`text/plain\` ou \`text/markdown\`, UTF-8).`,
    timedOut: (seconds) =>
      `Le téléchargement du fichier a pris plus de ${seconds} s : réessayez, ou utilisez \`/article add\` sans fichier pour coller le texte.`,
    httpError: (status) =>
      `Discord n’a pas fourni le fichier (HTTP ${status}) : joignez-le de nouveau dans un autre \`/article add\`.`,
    networkError: "Le fichier n’a pas pu être téléchargé : réessayez dans un instant.",
    notUtf8: (line) =>
      `Le fichier n’est pas en UTF-8 valide (ligne ${line}) : enregistrez-le en UTF-8 et joignez-le de nouveau.`,
    origin: "Cette pièce jointe ne vient pas de Discord : rien n’a été téléchargé.",
    invalid: (count) =>
      `L’article n’est pas valide (${count} ${plural(count, "problème", "problèmes")} ; rien n’a été écrit) :`,
    duplicate: (id) =>
      `Un article a déjà l’identifiant \`${id}\` : mettez \`replace: True\` pour le remplacer, ou donnez à celui-ci un autre \`id\` dans son en-tête.`,
    added: "Article ajouté",
    replaced: "Article remplacé",
    addedFields: { id: "Identifiant", paragraphs: "Paragraphes", file: "Fichier", ask: "Essayez" },
    notServed:
      "Le fichier a été écrit, mais l’index l’a écarté (voir ci-dessous) : corrigez-le, puis ajoutez-le de nouveau avec `replace: True`.",
    reindexFailed:
      "Le fichier a été écrit, mais la réindexation a échoué : l’index précédent sert toujours. Lancez `/reindex` pour savoir pourquoi.",
    listTitle: (total) => `Articles (${total})`,
    listPage: (page, pages) => `Page ${page} sur ${pages}`,
    listEmpty: "Aucun article n’est chargé. Ajoutez-en un avec `/article add`.",
    previous: "Précédent",
    next: "Suivant",
    paragraphs: (count) => `${count} ${plural(count, "paragraphe", "paragraphes")}`,
    noDate: "sans date",
    unknownId: (id) =>
      `Aucun article n’a l’identifiant « ${id} » : choisissez-en un dans la liste en tapant, ou voyez \`/article list\`.`,
    confirmRemove: (title, id) =>
      `Retirer **${title}** (\`${id}\`) ? Son fichier est supprimé du corpus et l’index reconstruit.`,
    confirm: "Retirer",
    cancel: "Annuler",
    cancelled: "Annulé : rien n’a été retiré.",
    removed: (title, id) => `**${title}** (\`${id}\`) a été retiré ; l’index a été reconstruit.`,
    alreadyGone: (id) =>
      `Le fichier de \`${id}\` n’existait déjà plus ; l’index a été reconstruit.`,
    modalTitle: "Ajouter un article",
    modalFields: {
      title: "Titre",
      date: "Date (facultative)",
      source: "URL de la source (facultative)",
      text: "Texte",
    },
    modalPlaceholders: { date: "AAAA-MM-JJ", source: "https://…" },
  },
};
