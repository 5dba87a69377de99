import path from "node:path";
import {
  type APIModalInteractionResponseCallbackData,
  ApplicationCommandOptionType,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  ComponentType,
  InteractionContextType,
  MessageFlags,
  type ModalSubmitInteraction,
  PermissionFlagsBits,
  TextInputStyle,
} from "discord.js";
import { DownloadError, downloadArticleText } from "../src/corpus/download.js";
import { articleIdFromFileName } from "../src/corpus/write.js";
import type { Command, CommandContext, InteractionOutcome } from "../src/discord/command.js";
import { buildCustomId, parseCustomId } from "../src/discord/custom-id.js";
import { localizations } from "../src/discord/locale.js";
import { mayReindex, requesterOf } from "../src/discord/permissions.js";
import {
  formatAddRefusal,
  formatArticleAdded,
  formatArticleList,
  formatArticleRefusal,
  formatDownloadFailure,
  formatRemovalConfirmation,
  formatRemovalDone,
  formatWrongExtension,
} from "../src/discord/replies/article.js";
import { articleStrings } from "../src/discord/replies/article-strings.js";
import { formatChoices } from "../src/discord/replies/choices.js";
import { formatNotice } from "../src/discord/replies/reply.js";
import { fitEscaped } from "../src/discord/replies/text.js";
import { sendReply, sendReplyPersistently } from "../src/discord/respond.js";
import { suggestQuestion } from "../src/search/suggest.js";
import { findArticles } from "../src/summary/index.js";

/** Discord's limits on a modal: title 45, text input label 45, a value at most 4000 characters. */
const MODAL = {
  title: 45,
  label: 45,
  titleValue: 200,
  dateValue: 10,
  sourceValue: 500,
  text: 4000,
};

type AdminInteraction = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;

/**
 * `/article add|list|remove`: server managers add an article (an attached `.txt`/`.md` file, or a
 * modal), page through the articles, and remove one after confirming. The same people as
 * `/reindex`, checked on Gazette's side; every change is logged with who made it.
 */
export default {
  data: {
    name: "article",
    name_localizations: localizations({ fr: "article", en: "article" }),
    description: "Manage the articles Gazette answers from (server managers)",
    description_localizations: localizations({
      fr: "Gérer les articles dont Gazette se sert (gestionnaires du serveur)",
      en: "Manage the articles Gazette answers from (server managers)",
    }),
    default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
    contexts: [InteractionContextType.Guild],
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: "add",
        name_localizations: localizations({ fr: "ajouter", en: "add" }),
        description: "Add an article from a .txt or .md file, or type it in a form",
        description_localizations: localizations({
          fr: "Ajouter un article depuis un fichier .txt ou .md, ou le saisir dans un formulaire",
          en: "Add an article from a .txt or .md file, or type it in a form",
        }),
        options: [
          {
            type: ApplicationCommandOptionType.Attachment,
            name: "file",
            name_localizations: localizations({ fr: "fichier", en: "file" }),
            description: "The article (UTF-8 .txt or .md, at most 1 MB); without it, a form opens",
            description_localizations: localizations({
              fr: "L’article (.txt ou .md en UTF-8, 1 Mo au plus) ; sans fichier, un formulaire s’ouvre",
              en: "The article (UTF-8 .txt or .md, at most 1 MB); without it, a form opens",
            }),
          },
          {
            type: ApplicationCommandOptionType.Boolean,
            name: "replace",
            name_localizations: localizations({ fr: "remplacer", en: "replace" }),
            description: "Replace the article that has the same id (default False)",
            description_localizations: localizations({
              fr: "Remplacer l’article qui a le même identifiant (non par défaut)",
              en: "Replace the article that has the same id (default False)",
            }),
          },
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: "list",
        name_localizations: localizations({ fr: "liste", en: "list" }),
        description: "List the articles (title, id, date, paragraphs)",
        description_localizations: localizations({
          fr: "Lister les articles (titre, identifiant, date, paragraphes)",
          en: "List the articles (title, id, date, paragraphs)",
        }),
        options: [
          {
            type: ApplicationCommandOptionType.Integer,
            name: "page",
            name_localizations: localizations({ fr: "page", en: "page" }),
            description: "Which page (10 articles a page)",
            description_localizations: localizations({
              fr: "Quelle page (10 articles par page)",
              en: "Which page (10 articles a page)",
            }),
            min_value: 1,
          },
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: "remove",
        name_localizations: localizations({ fr: "retirer", en: "remove" }),
        description: "Remove an article from the corpus (asks to confirm)",
        description_localizations: localizations({
          fr: "Retirer un article du corpus (demande confirmation)",
          en: "Remove an article from the corpus (asks to confirm)",
        }),
        options: [
          {
            type: ApplicationCommandOptionType.String,
            name: "id",
            name_localizations: localizations({ fr: "identifiant", en: "id" }),
            description: "The article's id (type its title to find it)",
            description_localizations: localizations({
              fr: "L’identifiant de l’article (tapez son titre pour le trouver)",
              en: "The article's id (type its title to find it)",
            }),
            required: true,
            max_length: 100,
            autocomplete: true,
          },
        ],
      },
    ],
  },

  async execute(interaction, context) {
    const subcommand = interaction.options.getSubcommand();
    if (!(await checkAllowed(interaction, context, subcommand))) return "refused";
    if (subcommand === "list") {
      const page = interaction.options.getInteger("page") ?? 1;
      await sendReply(interaction, formatArticleList(listed(context), page, context.locale));
      return;
    }
    if (subcommand === "remove") return askToRemove(interaction, context);
    return addFromAttachment(interaction, context);
  },

  async autocomplete(interaction, context) {
    const typed = interaction.options.getFocused();
    const articles = findArticles(context.live.corpus, typed, 25);
    await interaction.respond(
      formatChoices(articles.map((article) => ({ name: article.title, value: article.id }))),
    );
  },

  async button(interaction, context) {
    const [action, ...parts] = parseCustomId(interaction.customId).parts;
    if (!(await checkAllowed(interaction, context, `button:${action ?? ""}`))) return "refused";
    if (action === "list") {
      const page = Number(parts[0] ?? 1);
      await interaction.update(
        withoutEphemeral(
          formatArticleList(listed(context), Number.isSafeInteger(page) ? page : 1, context.locale),
        ),
      );
      return;
    }
    if (action === "remove") return confirmRemoval(interaction, context, parts);
    if (action === "add") {
      // `article:add[:<text>]` (e.g. from `/report`): the form, its title filled with the text.
      await interaction.showModal(articleModal(context, false, parts.join(":")));
      return;
    }
    await sendReply(interaction, formatNotice(articleStrings[context.locale].expired));
    return "refused";
  },

  async modal(interaction, context) {
    if (!(await checkAllowed(interaction, context, "add"))) return "refused";
    const replace = parseCustomId(interaction.customId).parts[1] === "replace";
    const field = (id: string) => interaction.fields.getTextInputValue(id).trim();
    const title = field("title");
    const text = articleFromForm({
      title,
      date: field("date"),
      source: field("source"),
      body: field("text"),
    });
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    return addArticle(interaction, context, text, `${articleIdFromFileName(title)}.txt`, replace);
  },
} satisfies Command;

/** Whether the user may manage articles; refuses (and logs) otherwise. */
async function checkAllowed(
  interaction: AdminInteraction,
  context: CommandContext,
  action: string,
): Promise<boolean> {
  const allowed = mayReindex(requesterOf(interaction), context.config.adminUserIds);
  if (!allowed) {
    context.logger.warn(
      { userId: interaction.user.id, guildId: interaction.guildId, action },
      "article management refused",
    );
    await sendReply(interaction, formatArticleRefusal(context.locale));
  }
  return allowed;
}

/** The articles served, newest first (undated last), then by title. */
function listed(context: CommandContext) {
  return [...context.live.corpus.articles].sort(
    (a, b) =>
      (b.date ?? "").localeCompare(a.date ?? "") || a.title.localeCompare(b.title, context.locale),
  );
}

/** `/article add file:…`: checks the attachment, downloads it, then adds it; no file: the form. */
async function addFromAttachment(
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
): Promise<InteractionOutcome | void> {
  const attachment = interaction.options.getAttachment("file");
  const replace = interaction.options.getBoolean("replace") ?? false;
  if (!attachment) {
    await interaction.showModal(articleModal(context, replace, ""));
    return;
  }
  if (!/\.(txt|md)$/i.test(attachment.name)) {
    await sendReply(interaction, formatWrongExtension(attachment.name, context.locale));
    return "refused";
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  let text: string;
  try {
    text = await downloadArticleText(
      { url: attachment.url, size: attachment.size, contentType: attachment.contentType },
      context.articles.download,
    );
  } catch (error) {
    if (!(error instanceof DownloadError)) throw error;
    context.logger.warn(
      { userId: interaction.user.id, action: "add", failure: error.failure },
      "article download refused",
    );
    await sendReply(interaction, formatDownloadFailure(error.failure, context.locale));
    return "refused";
  }
  return addArticle(interaction, context, text, attachment.name, replace);
}

/** Writes a validated article, reindexes, and tells the admin (id, paragraphs, a question to try). */
async function addArticle(
  interaction: ChatInputCommandInteraction | ModalSubmitInteraction,
  context: CommandContext,
  text: string,
  fileName: string,
  replace: boolean,
): Promise<InteractionOutcome | void> {
  const who = { userId: interaction.user.id, guildId: interaction.guildId };
  const written = await context.articles.writer.add(text, fileName, { replace });
  if (!written.ok) {
    context.logger.warn({ ...who, action: "add", refused: written.kind }, "article not added");
    await sendReply(interaction, formatAddRefusal(written, context.locale));
    return "refused";
  }
  const { article } = written;
  context.logger.info(
    {
      ...who,
      action: written.replaced ? "replace" : "add",
      articleId: article.id,
      file: path.basename(written.file),
      bytes: written.bytes,
    },
    written.replaced ? "article replaced" : "article added",
  );
  const outcome = await context.reindex();
  const served = context.live.corpus.articles.some(
    (served) => served.id === article.id && path.resolve(served.file) === written.file,
  );
  const reply = formatArticleAdded(
    {
      article,
      replaced: written.replaced,
      fileName: path.basename(written.file),
      question: suggestQuestion(article),
    },
    outcome,
    served,
    context.locale,
  );
  try {
    await sendReplyPersistently(interaction, reply);
  } catch (error) {
    context.logger.error(
      { ...who, err: error, articleId: article.id },
      "could not tell the admin the article was added",
    );
    return "error";
  }
}

/** `/article remove id:…`: the confirmation, for the asking admin only, which expires. */
async function askToRemove(
  interaction: ChatInputCommandInteraction,
  context: CommandContext,
): Promise<InteractionOutcome | void> {
  const id = interaction.options.getString("id", true).trim();
  const article = context.live.corpus.articles.find((candidate) => candidate.id === id);
  if (!article) {
    await sendReply(
      interaction,
      formatNotice(articleStrings[context.locale].unknownId(fitEscaped(id, 100))),
    );
    return "refused";
  }
  const key = context.articles.removals.add({
    articleId: article.id,
    title: article.title,
    userId: interaction.user.id,
  });
  await sendReply(interaction, formatRemovalConfirmation(article, key, context.locale));
}

/** A click on Remove or Cancel: only by the admin who asked, once, before it expires. */
async function confirmRemoval(
  interaction: ButtonInteraction,
  context: CommandContext,
  [key = "", answer]: string[],
): Promise<InteractionOutcome | void> {
  const t = articleStrings[context.locale];
  const pending = context.articles.removals.get(key);
  if (!pending) {
    await interaction.update({ ...withoutEphemeral(formatNotice(t.expired)), components: [] });
    return "refused";
  }
  const who = { userId: interaction.user.id, guildId: interaction.guildId };
  if (pending.userId !== interaction.user.id) {
    context.logger.warn(
      { ...who, articleId: pending.articleId, askedBy: pending.userId },
      "article removal clicked by someone else",
    );
    await sendReply(interaction, formatNotice(t.notYours));
    return "refused";
  }
  context.articles.removals.delete(key);
  const shown = { id: pending.articleId, title: pending.title };
  if (answer !== "yes") {
    context.logger.info(
      { ...who, action: "remove", articleId: pending.articleId },
      "article removal cancelled",
    );
    await interaction.update(
      withoutEphemeral(formatRemovalDone("cancelled", shown, null, context.locale)),
    );
    return;
  }
  await interaction.deferUpdate();
  const article = context.live.corpus.articles.find((served) => served.id === pending.articleId);
  const removed = article ? await context.articles.writer.remove(article) : null;
  context.logger.info(
    { ...who, action: "remove", articleId: pending.articleId, removed: removed?.ok ?? false },
    removed?.ok ? "article removed" : "article to remove was already gone",
  );
  const outcome = await context.reindex();
  const reply = formatRemovalDone(removed?.ok ? "removed" : "gone", shown, outcome, context.locale);
  await interaction.editReply(withoutEphemeral(reply));
}

/** A reply as an edit of the message it answers (whose ephemerality is fixed). */
function withoutEphemeral<T extends { ephemeral: boolean }>(reply: T): Omit<T, "ephemeral"> {
  const { ephemeral: _ephemeral, ...message } = reply;
  return message;
}

/** The form of `/article add` without a file: title, date, source, text. */
function articleModal(
  context: CommandContext,
  replace: boolean,
  title: string,
): APIModalInteractionResponseCallbackData {
  const t = articleStrings[context.locale];
  const input = (
    customId: string,
    label: string,
    options: {
      maxLength: number;
      required: boolean;
      paragraph?: boolean;
      placeholder?: string;
      value?: string;
    },
  ) => ({
    type: ComponentType.Label as const,
    label: label.slice(0, MODAL.label),
    component: {
      type: ComponentType.TextInput as const,
      custom_id: customId,
      style: options.paragraph ? TextInputStyle.Paragraph : TextInputStyle.Short,
      max_length: options.maxLength,
      required: options.required,
      ...(options.placeholder ? { placeholder: options.placeholder } : {}),
      ...(options.value ? { value: options.value.slice(0, options.maxLength) } : {}),
    },
  });
  return {
    custom_id: replace
      ? buildCustomId("article", "modal", "replace")
      : buildCustomId("article", "modal"),
    title: t.modalTitle.slice(0, MODAL.title),
    components: [
      input("title", t.modalFields.title, {
        maxLength: MODAL.titleValue,
        required: true,
        value: title,
      }),
      input("date", t.modalFields.date, {
        maxLength: MODAL.dateValue,
        required: false,
        placeholder: t.modalPlaceholders.date,
      }),
      input("source", t.modalFields.source, {
        maxLength: MODAL.sourceValue,
        required: false,
        placeholder: t.modalPlaceholders.source,
      }),
      input("text", t.modalFields.text, { maxLength: MODAL.text, required: true, paragraph: true }),
    ],
  };
}

/** The article file the form describes, in the corpus format (front matter, then the text). */
function articleFromForm(form: {
  title: string;
  date: string;
  source: string;
  body: string;
}): string {
  const line = (value: string) => value.replace(/[\r\n]+/g, " ");
  return [
    "---",
    `title: ${line(form.title)}`,
    `date: ${line(form.date)}`,
    `source: ${line(form.source)}`,
    "---",
    "",
    form.body,
    "",
  ].join("\n");
}
