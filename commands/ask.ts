import {
  ApplicationCommandOptionType,
  type ButtonInteraction,
  InteractionContextType,
  MessageFlags,
} from "discord.js";
import type { Command, CommandContext, InteractionOutcome } from "../src/discord/command.js";
import { buildCustomId, parseCustomId } from "../src/discord/custom-id.js";
import {
  answerVote,
  describeHits,
  isVoteButton,
  noteQuestion,
  rememberAnswer,
} from "../src/discord/feedback.js";
import { localizations, strings } from "../src/discord/locale.js";
import { formatAskReply } from "../src/discord/replies/ask.js";
import { formatTextChoices } from "../src/discord/replies/choices.js";
import { formatNotice } from "../src/discord/replies/reply.js";
import { sendReply } from "../src/discord/respond.js";

const DEFAULT_RESULTS = 3;

/** `/ask question:<text> [results:1-5] [private]`: the passages that answer a question. */
export default {
  data: {
    name: "ask",
    name_localizations: localizations({ fr: "question", en: "ask" }),
    description: "Ask a question about the articles",
    description_localizations: localizations({
      fr: "Posez une question sur les articles",
      en: "Ask a question about the articles",
    }),
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: "question",
        name_localizations: localizations({ fr: "question", en: "question" }),
        description: "Your question, in French or English",
        description_localizations: localizations({
          fr: "Votre question, en français ou en anglais",
          en: "Your question, in French or English",
        }),
        required: true,
        max_length: 500,
        autocomplete: true,
      },
      {
        type: ApplicationCommandOptionType.Integer,
        name: "results",
        name_localizations: localizations({ fr: "résultats", en: "results" }),
        description: "How many passages to show (1-5, default 3)",
        description_localizations: localizations({
          fr: "Combien de passages afficher (1 à 5, 3 par défaut)",
          en: "How many passages to show (1-5, default 3)",
        }),
        min_value: 1,
        max_value: 5,
      },
      {
        type: ApplicationCommandOptionType.Boolean,
        name: "private",
        name_localizations: localizations({ fr: "privé", en: "private" }),
        description: "Only you see the answer (you can share it afterwards)",
        description_localizations: localizations({
          fr: "Vous seul voyez la réponse (vous pourrez la partager ensuite)",
          en: "Only you see the answer (you can share it afterwards)",
        }),
      },
    ],
  },
  cooldown: true,
  needsArticles: true,

  async execute(interaction, context) {
    const question = interaction.options.getString("question", true);
    const limit = interaction.options.getInteger("results") ?? DEFAULT_RESULTS;
    const ephemeral = interaction.options.getBoolean("private") ?? false;
    const outcome = await showPage(interaction, context, {
      page: { question, limit, askerId: interaction.user.id },
      offset: 0,
      ephemeral,
    });
    noteQuestion(context, { kind: "ask", text: question, answered: outcome === "answered" });
    return outcome;
  },

  async autocomplete(interaction, context) {
    const partial = interaction.options.getFocused();
    await interaction.respond(formatTextChoices(context.live.suggest(partial, 25)));
  },

  /**
   * `ask:more:<key>:<offset>` shows the next page; `ask:share:<key>:<offset>` posts it publicly;
   * `ask:vote:<answer>:up|down` rates the answer.
   */
  async button(interaction, context) {
    if (isVoteButton(interaction.customId)) return answerVote(interaction, context);
    const [action, key = "", offsetText = "0"] = parseCustomId(interaction.customId).parts;
    const page = context.askPages.get(key);
    if (!page) {
      await sendReply(interaction, formatNotice(strings[context.locale].buttonExpired));
      return "refused";
    }
    const offset = Number.parseInt(offsetText, 10) || 0;
    if (action === "share") {
      return showPage(interaction, context, {
        page: { ...page, askerId: interaction.user.id },
        offset,
        ephemeral: false,
        sharedBy: interaction.user.id,
      });
    }
    // The asker pages in the open where they asked in the open; anyone else pages privately.
    const onPrivateMessage = interaction.message.flags.has(MessageFlags.Ephemeral);
    return showPage(interaction, context, {
      page,
      offset,
      ephemeral: onPrivateMessage || interaction.user.id !== page.askerId,
    });
  },
} satisfies Command;

async function showPage(
  interaction: Parameters<typeof sendReply>[0] | ButtonInteraction,
  context: CommandContext,
  view: {
    page: { question: string; limit: number; askerId: string };
    offset: number;
    ephemeral: boolean;
    sharedBy?: string;
  },
): Promise<InteractionOutcome> {
  const { page, offset, ephemeral } = view;
  // Acknowledge first when the search may not fit in Discord's 3 s window; sendReply then edits.
  if (context.searchDeferral.shouldDefer(context.live.stats.passages)) {
    await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  }
  const searchStarted = performance.now();
  const response = context.live.search(page.question, { limit: page.limit, offset });
  context.searchDeferral.record(performance.now() - searchStarted);
  const answered = response.results.length > 0;
  const key = answered ? context.askPages.add(page) : "";
  const votes = answered
    ? rememberAnswer(context, {
        kind: "ask",
        question: page.question,
        shown: describeHits(response.results),
      })
    : undefined;
  const reply = formatAskReply(response, {
    locale: context.locale,
    offset,
    ephemeral,
    buttons: {
      more: buildCustomId("ask", "more", key, offset + page.limit),
      share: buildCustomId("ask", "share", key, offset),
      ...(votes ? { votes } : {}),
    },
    ...(view.sharedBy ? { sharedBy: view.sharedBy } : {}),
  });
  await sendReply(interaction, reply);
  return answered ? "answered" : "no_answer";
}
