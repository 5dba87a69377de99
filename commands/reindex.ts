import { InteractionContextType, MessageFlags, PermissionFlagsBits } from "discord.js";
import type { Command } from "../src/discord/command.js";
import { localizations } from "../src/discord/locale.js";
import { mayReindex, requesterOf } from "../src/discord/permissions.js";
import { formatReindexRefusal, formatReindexReply } from "../src/discord/replies/reindex.js";
import { sendReply, sendReplyPersistently } from "../src/discord/respond.js";

/** `/reindex`: rebuilds the index from the corpus, for server managers only. */
export default {
  data: {
    name: "reindex",
    name_localizations: localizations({ fr: "réindexer", en: "reindex" }),
    description: "Rebuild the search index from the corpus (server managers)",
    description_localizations: localizations({
      fr: "Reconstruire l’index de recherche à partir du corpus (gestionnaires du serveur)",
      en: "Rebuild the search index from the corpus (server managers)",
    }),
    default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
    contexts: [InteractionContextType.Guild],
  },

  async execute(interaction, context) {
    const who = { userId: interaction.user.id, username: interaction.user.username };
    const allowed = mayReindex(requesterOf(interaction), context.config.adminUserIds);
    if (!allowed) {
      context.logger.warn({ ...who, guildId: interaction.guildId }, "reindex refused");
      await sendReply(interaction, formatReindexRefusal(context.locale));
      return "refused";
    }
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    context.logger.info({ ...who, guildId: interaction.guildId }, "reindex requested");
    const outcome = await context.reindex();
    // The rebuild happened whatever Discord does now: the admin must learn its real outcome, never
    // an apology for a rebuild that succeeded. Retry the edit, then fall back to a follow-up.
    try {
      const delivered = await sendReplyPersistently(
        interaction,
        formatReindexReply(outcome, context.locale),
      );
      if (delivered !== "sent") context.logger.warn({ ...who, delivered }, "reindex reply delayed");
    } catch (error) {
      context.logger.error(
        { ...who, err: error, reindexOk: outcome.ok },
        "could not tell the admin the outcome of the reindex",
      );
      return "error";
    }
  },
} satisfies Command;
