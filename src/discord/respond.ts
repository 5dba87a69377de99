import { type InteractionReplyOptions, MessageFlags, type RepliableInteraction } from "discord.js";
import type { Reply } from "./replies/reply.js";

/**
 * Sends a reply in whatever way the interaction's state allows: a first reply, the edit of a
 * deferred reply (whose ephemerality was fixed when deferring), or a follow-up once answered.
 */
export async function sendReply(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  const { ephemeral, ...message } = reply;
  const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
  if (interaction.deferred && !interaction.replied) {
    await interaction.editReply(message);
  } else if (interaction.replied) {
    await interaction.followUp({ ...message, flags } as InteractionReplyOptions);
  } else {
    await interaction.reply({ ...message, flags } as InteractionReplyOptions);
  }
}
