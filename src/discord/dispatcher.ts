import type { AutocompleteInteraction, Interaction, RepliableInteraction } from "discord.js";
import type { Logger } from "../logger.js";
import type { Command, CommandContext } from "./command.js";
import { UserFacingError } from "./command.js";
import type { Cooldowns } from "./cooldowns.js";
import { parseCustomId } from "./custom-id.js";
import { type ReplyLocale, replyLocale, strings } from "./locale.js";
import { formatNotice } from "./replies/reply.js";
import { sendReply } from "./respond.js";

export interface DispatcherOptions {
  /** Commands by name, from {@link loadCommands}. */
  commands: ReadonlyMap<string, Command>;
  /** Everything commands receive but the locale, which comes from each interaction. */
  services: Omit<CommandContext, "locale">;
  cooldowns: Cooldowns;
  logger: Logger;
}

/** Routes interactions to commands; owns the reply lifecycle and the single error boundary. */
export interface Dispatcher {
  /** Handles one interaction; never rejects. */
  handle(interaction: Interaction): Promise<void>;
  /** Resolves once every interaction being handled is done (for a graceful shutdown). */
  idle(): Promise<void>;
  /** How many interactions are being handled. */
  readonly inFlight: number;
}

/**
 * Builds the dispatcher: slash commands, autocomplete and buttons go to the command named by the
 * interaction (buttons: the first part of their custom_id). User-facing errors are shown as
 * written; anything else is logged and answered with a short apology.
 */
export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { commands, services, cooldowns, logger } = options;
  const running = new Set<Promise<void>>();

  async function route(interaction: Interaction): Promise<void> {
    const locale = replyLocale(interaction.locale);
    const context: CommandContext = { ...services, locale };

    if (interaction.isAutocomplete()) return autocomplete(interaction, context);
    if (!interaction.isChatInputCommand() && !interaction.isButton()) return;

    const name = interaction.isButton()
      ? parseCustomId(interaction.customId).command
      : interaction.commandName;
    const command = commands.get(name);
    try {
      if (interaction.isChatInputCommand()) {
        if (!command) return await notice(interaction, strings[locale].unknownCommand);
        if (command.cooldown) {
          const wait = cooldowns.take(interaction.user.id, name);
          if (wait > 0) return await notice(interaction, strings[locale].cooldown(wait));
        }
        await command.execute(interaction, context);
      } else {
        if (!command?.button) return await notice(interaction, strings[locale].buttonExpired);
        await command.button(interaction, context);
      }
    } catch (error) {
      await recover(interaction, error, name, locale);
    }
  }

  async function autocomplete(interaction: AutocompleteInteraction, context: CommandContext) {
    const command = commands.get(interaction.commandName);
    try {
      if (command?.autocomplete) await command.autocomplete(interaction, context);
      else await interaction.respond([]);
    } catch (error) {
      logger.error(
        { err: error, command: interaction.commandName, interactionId: interaction.id },
        "autocomplete failed",
      );
      if (!interaction.responded) await interaction.respond([]).catch(() => {});
    }
  }

  async function recover(
    interaction: RepliableInteraction,
    error: unknown,
    name: string,
    locale: ReplyLocale,
  ) {
    const userFacing = error instanceof UserFacingError;
    if (!userFacing) {
      logger.error(
        { err: error, command: name, interactionId: interaction.id, userId: interaction.user.id },
        "interaction failed",
      );
    }
    const text = userFacing ? error.message : strings[locale].apology;
    try {
      await sendReply(interaction, formatNotice(text));
    } catch (sendError) {
      logger.warn(
        { err: sendError, command: name, interactionId: interaction.id },
        "could not tell the user about a failed interaction",
      );
    }
  }

  const notice = (interaction: RepliableInteraction, text: string) =>
    sendReply(interaction, formatNotice(text));

  return {
    handle(interaction) {
      const task = route(interaction).catch((error: unknown) => {
        logger.error({ err: error, interactionId: interaction.id }, "interaction failed");
      });
      running.add(task);
      void task.finally(() => running.delete(task));
      return task;
    },
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
    get inFlight() {
      return running.size;
    },
  };
}
