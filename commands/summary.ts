import { ApplicationCommandOptionType, InteractionContextType } from "discord.js";
import type { Command } from "../src/discord/command.js";
import { answerVote, noteQuestion, rememberAnswer } from "../src/discord/feedback.js";
import { localizations, strings } from "../src/discord/locale.js";
import { formatChoices, formatTextChoices } from "../src/discord/replies/choices.js";
import { formatSummaryReply } from "../src/discord/replies/summary.js";
import { sendReply } from "../src/discord/respond.js";
import {
  findArticles,
  type SummaryLength,
  suggestTopics,
  summarize,
} from "../src/summary/index.js";

const LENGTHS = ["short", "medium", "long"] as const satisfies readonly SummaryLength[];

/** `/summary [length] [topic] [article]`: the article's summary, each sentence citing its paragraph. */
export default {
  data: {
    name: "summary",
    name_localizations: localizations({ fr: "résumé", en: "summary" }),
    description: "Summarize an article, optionally on one topic",
    description_localizations: localizations({
      fr: "Résumer un article, éventuellement sur un sujet",
      en: "Summarize an article, optionally on one topic",
    }),
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "length",
        name_localizations: localizations({ fr: "longueur", en: "length" }),
        description: "How long the summary is (default short)",
        description_localizations: localizations({
          fr: "Longueur du résumé (court par défaut)",
          en: "How long the summary is (default short)",
        }),
        choices: LENGTHS.map((length) => ({
          name: strings.en.lengthNames[length],
          name_localizations: localizations({
            fr: strings.fr.lengthNames[length],
            en: strings.en.lengthNames[length],
          }),
          value: length,
        })),
      },
      {
        type: ApplicationCommandOptionType.String,
        name: "topic",
        name_localizations: localizations({ fr: "sujet", en: "topic" }),
        description: "Only what the article says about this",
        description_localizations: localizations({
          fr: "Seulement ce que l’article dit de ceci",
          en: "Only what the article says about this",
        }),
        max_length: 100,
        autocomplete: true,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: "article",
        name_localizations: localizations({ fr: "article", en: "article" }),
        description: "Which article (when there are several)",
        description_localizations: localizations({
          fr: "Quel article (s’il y en a plusieurs)",
          en: "Which article (when there are several)",
        }),
        max_length: 200,
        autocomplete: true,
      },
    ],
  },
  cooldown: true,
  needsArticles: true,

  async execute(interaction, context) {
    const length = interaction.options.getString("length") as SummaryLength | null;
    const topic = interaction.options.getString("topic");
    const article = interaction.options.getString("article");
    const result = summarize(context.live.corpus, {
      ...(length ? { length } : {}),
      ...(topic ? { topic } : {}),
      ...(article ? { article } : {}),
    });
    const votes =
      result.kind === "summary"
        ? rememberAnswer(context, {
            kind: "summary",
            question: topic ?? article ?? result.article.title,
            shown: `${result.article.title} (${result.length})`,
          })
        : undefined;
    await sendReply(interaction, formatSummaryReply(result, context.locale, votes));
    // What went unanswered: a topic the article does not cover, an article that does not exist.
    if (result.kind === "off-topic") {
      noteQuestion(context, { kind: "summary", text: result.topic, answered: false });
    } else if (result.kind === "unknown-article") {
      noteQuestion(context, { kind: "summary", text: result.query, answered: false });
    } else if (result.kind === "summary") {
      noteQuestion(context, { kind: "summary", text: topic ?? "", answered: true });
    }
    return result.kind === "summary" ? "answered" : "no_answer";
  },

  /** `summary:vote:<answer>:up|down` rates a summary. */
  async button(interaction, context) {
    return answerVote(interaction, context);
  },

  async autocomplete(interaction, context) {
    const focused = interaction.options.getFocused(true);
    const corpus = context.live.corpus;
    if (focused.name === "article") {
      const articles = findArticles(corpus, focused.value, 25);
      await interaction.respond(
        formatChoices(articles.map((found) => ({ name: found.title, value: found.id }))),
      );
      return;
    }
    const article = interaction.options.getString("article") ?? undefined;
    const topics = suggestTopics(corpus, focused.value, {
      limit: 25,
      ...(article ? { article } : {}),
    });
    await interaction.respond(formatTextChoices(topics));
  },
} satisfies Command;
