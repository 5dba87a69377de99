import {
  ApplicationCommandOptionType,
  InteractionContextType,
  PermissionFlagsBits,
} from "discord.js";
import type { Command } from "../src/discord/command.js";
import { feedbackStrings } from "../src/discord/locale-feedback.js";
import { localizations } from "../src/discord/locale.js";
import { mayReindex, requesterOf } from "../src/discord/permissions.js";
import { formatReport, formatReportRefusal } from "../src/discord/replies/feedback.js";
import { sendReply } from "../src/discord/respond.js";
import type { FeedbackReport } from "../src/feedback/store.js";

const PERIODS = [7, 30] as const;

/**
 * `/report [days]`: what members asked that the articles did not answer, and the answers they
 * voted down, privately, for server managers only (the same people as `/reindex`).
 */
export default {
  data: {
    name: "report",
    name_localizations: localizations({ fr: "rapport", en: "report" }),
    description: "Unanswered questions and poorly rated answers (server managers)",
    description_localizations: localizations({
      fr: "Questions sans réponse et réponses mal notées (gestionnaires du serveur)",
      en: "Unanswered questions and poorly rated answers (server managers)",
    }),
    default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
    contexts: [InteractionContextType.Guild],
    options: [
      {
        type: ApplicationCommandOptionType.Integer,
        name: "days",
        name_localizations: localizations({ fr: "jours", en: "days" }),
        description: "The period (default the last 7 days)",
        description_localizations: localizations({
          fr: "La période (7 derniers jours par défaut)",
          en: "The period (default the last 7 days)",
        }),
        choices: PERIODS.map((days) => ({
          name: feedbackStrings.en.daysChoice(days),
          name_localizations: localizations({
            fr: feedbackStrings.fr.daysChoice(days),
            en: feedbackStrings.en.daysChoice(days),
          }),
          value: days,
        })),
      },
    ],
  },

  async execute(interaction, context) {
    const who = { userId: interaction.user.id, username: interaction.user.username };
    const allowed = mayReindex(requesterOf(interaction), context.config.adminUserIds);
    if (!allowed) {
      context.logger.warn({ ...who, guildId: interaction.guildId }, "report refused");
      await sendReply(interaction, formatReportRefusal(context.locale));
      return "refused";
    }
    const days = interaction.options.getInteger("days") ?? PERIODS[0];
    let report: FeedbackReport | null = null;
    try {
      report = context.feedback?.report({ days, limit: 10 }) ?? null;
    } catch (error) {
      context.logger.warn({ err: error }, "could not read the feedback report");
    }
    context.logger.info({ ...who, guildId: interaction.guildId, days }, "report requested");
    await sendReply(interaction, formatReport(report, context.locale));
    return report ? "answered" : "refused";
  },
} satisfies Command;
