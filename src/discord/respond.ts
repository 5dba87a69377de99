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

export interface PersistentReplyOptions {
  /** How many more times to try the usual way (after discord.js's own retries), default 1. */
  retries?: number;
  /** The pause before each retry, in ms (default 1000). */
  retryDelayMs?: number;
}

/**
 * Sends a reply whose news must not be lost (the outcome of `/reindex`): the usual way
 * ({@link sendReply}), retried, then, for a deferred reply whose edit keeps failing, as a private
 * follow-up. Resolves to how it was delivered, or rejects with the last error when nothing worked.
 */
export async function sendReplyPersistently(
  interaction: RepliableInteraction,
  reply: Reply,
  options: PersistentReplyOptions = {},
): Promise<"sent" | "retried" | "followed-up"> {
  const retries = options.retries ?? 1;
  const delayMs = options.retryDelayMs ?? 1000;
  let lastError: unknown;
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    try {
      await sendReply(interaction, reply);
      return attempt === 0 ? "sent" : "retried";
    } catch (error) {
      lastError = error;
    }
  }
  if (!interaction.deferred && !interaction.replied) throw lastError;
  const { ephemeral: _ephemeral, ...message } = reply;
  await interaction.followUp({
    ...message,
    flags: MessageFlags.Ephemeral,
  } as InteractionReplyOptions);
  return "followed-up";
}
