import type {
  AutocompleteInteraction,
  CommandInteractionOption,
  Interaction,
  RepliableInteraction,
} from "discord.js";
import { redactForLog } from "../log-redaction.js";
import type { Logger } from "../logger.js";
import type { Command, CommandContext, InteractionOutcome } from "./command.js";
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
  /** Whether any article is loaded; commands that need one are answered with a notice otherwise. */
  hasArticles?: () => boolean;
  /** Called once per interaction handled (metrics). */
  onHandled?: (event: HandledInteraction) => void;
  logger: Logger;
}

/** One interaction as the dispatcher saw it end. */
export interface HandledInteraction {
  /** The command's name (a button's: the first part of its custom_id). */
  command: string;
  type: "command" | "button" | "modal" | "autocomplete";
  outcome: InteractionOutcome;
  durationMs: number;
}

/** Routes interactions to commands; owns the reply lifecycle and the single error boundary. */
export interface Dispatcher {
  /** Handles one interaction; never rejects. */
  handle(interaction: Interaction): Promise<void>;
  /**
   * From now on, answers new interactions with a short private "Gazette is restarting" (no choices
   * for autocomplete) instead of handling them; those already in flight go on.
   */
  drain(): void;
  /** Resolves once every interaction being handled is done (for a graceful shutdown). */
  idle(): Promise<void>;
  /** How many interactions are being handled. */
  readonly inFlight: number;
}

/**
 * Builds the dispatcher: slash commands, autocomplete, buttons and modal submits go to the command
 * named by the interaction (buttons and modals: the first part of their custom_id). User-facing errors are shown as
 * written; anything else is logged and answered with a short apology.
 */
export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { commands, services, cooldowns, logger } = options;
  const hasArticles = options.hasArticles ?? (() => true);
  const running = new Set<Promise<void>>();
  let draining = false;

  /** What an interaction arriving during shutdown gets: an answer, so no "did not respond". */
  async function answerRestarting(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) await interaction.respond([]);
    else if (interaction.isRepliable()) {
      await notice(interaction, strings[replyLocale(interaction.locale)].restarting);
    }
  }

  /** Handles one interaction, then logs (debug) and reports how it ended and how long it took. */
  async function observe(interaction: Interaction): Promise<void> {
    const started = performance.now();
    const seen = await route(interaction);
    if (!seen) return;
    const event = { ...seen, durationMs: Math.round(performance.now() - started) };
    logger.debug(
      { ...event, interactionId: interaction.id, userId: interaction.user.id },
      "interaction",
    );
    options.onHandled?.(event);
  }

  async function route(
    interaction: Interaction,
  ): Promise<Omit<HandledInteraction, "durationMs"> | null> {
    const locale = replyLocale(interaction.locale);
    const context: CommandContext = { ...services, locale };

    if (interaction.isAutocomplete()) {
      const outcome = await autocomplete(interaction, context);
      return { command: interaction.commandName, type: "autocomplete", outcome };
    }
    if (
      !interaction.isChatInputCommand() &&
      !interaction.isButton() &&
      !interaction.isModalSubmit()
    ) {
      return null;
    }

    const name = interaction.isChatInputCommand()
      ? interaction.commandName
      : parseCustomId(interaction.customId).command;
    const type = interaction.isButton()
      ? "button"
      : interaction.isModalSubmit()
        ? "modal"
        : "command";
    const command = commands.get(name);
    const t = strings[locale];
    try {
      let outcome: InteractionOutcome | void;
      if (interaction.isChatInputCommand()) {
        if (!command) {
          await notice(interaction, t.unknownCommand);
          outcome = "refused";
        } else if (command.needsArticles && !hasArticles()) {
          await notice(interaction, t.noArticlesYet);
          outcome = "no_answer";
        } else {
          const wait = command.cooldown ? cooldowns.take(interaction.user.id) : 0;
          if (wait > 0) {
            await notice(interaction, t.cooldown(wait, cooldowns.burst, cooldowns.seconds));
            outcome = "refused";
          } else {
            outcome = await command.execute(interaction, context);
          }
        }
      } else if (interaction.isModalSubmit()) {
        if (!command?.modal) {
          await notice(interaction, t.buttonExpired);
          outcome = "refused";
        } else {
          outcome = await command.modal(interaction, context);
        }
      } else if (!command?.button) {
        await notice(interaction, t.buttonExpired);
        outcome = "refused";
      } else {
        outcome = await command.button(interaction, context);
      }
      return { command: name, type, outcome: outcome ?? "answered" };
    } catch (error) {
      const outcome = await recover(interaction, error, name, locale);
      return { command: name, type, outcome };
    }
  }

  async function autocomplete(
    interaction: AutocompleteInteraction,
    context: CommandContext,
  ): Promise<InteractionOutcome> {
    const command = commands.get(interaction.commandName);
    try {
      if (command?.autocomplete) await command.autocomplete(interaction, context);
      else await interaction.respond([]);
      return "answered";
    } catch (error) {
      logger.error(
        {
          err: redactForLog(error, userTextOf(interaction)),
          command: interaction.commandName,
          interactionId: interaction.id,
        },
        "autocomplete failed",
      );
      if (!interaction.responded) await interaction.respond([]).catch(() => {});
      return "error";
    }
  }

  async function recover(
    interaction: RepliableInteraction,
    error: unknown,
    name: string,
    locale: ReplyLocale,
  ): Promise<InteractionOutcome> {
    const userFacing = error instanceof UserFacingError;
    if (!userFacing) {
      logger.error(
        {
          err: redactForLog(error, userTextOf(interaction)),
          command: name,
          interactionId: interaction.id,
          userId: interaction.user.id,
        },
        "interaction failed",
      );
    }
    const text = userFacing ? error.message : strings[locale].apology;
    try {
      await sendReply(interaction, formatNotice(text));
    } catch (sendError) {
      logger.warn(
        {
          err: redactForLog(sendError, userTextOf(interaction)),
          command: name,
          interactionId: interaction.id,
        },
        "could not tell the user about a failed interaction",
      );
    }
    return userFacing ? "refused" : "error";
  }

  const notice = (interaction: RepliableInteraction, text: string) =>
    sendReply(interaction, formatNotice(text));

  return {
    handle(interaction) {
      const work = draining ? answerRestarting(interaction) : observe(interaction);
      const task = work.catch((error: unknown) => {
        logger.error(
          { err: redactForLog(error, userTextOf(interaction)), interactionId: interaction.id },
          "interaction failed",
        );
      });
      running.add(task);
      void task.finally(() => running.delete(task));
      return task;
    },
    drain() {
      draining = true;
    },
    async idle() {
      while (running.size > 0) await Promise.allSettled([...running]);
    },
    get inFlight() {
      return running.size;
    },
  };
}

/**
 * What a user typed into an interaction (its string option values, subcommands included; a form's
 * text inputs): kept out of the logs above debug level, where errors and request bodies could
 * otherwise repeat it.
 */
function userTextOf(interaction: Interaction): string[] {
  if (interaction.isModalSubmit()) {
    // A form's text inputs (e.g. an article's text) are what the user typed too.
    return interaction.fields.fields
      .map((field) => ("value" in field && typeof field.value === "string" ? field.value : ""))
      .filter((value) => value !== "")
      .sort((a, b) => b.length - a.length);
  }
  if (!interaction.isChatInputCommand() && !interaction.isAutocomplete()) return [];
  const texts: string[] = [];
  const walk = (options: readonly CommandInteractionOption[]) => {
    for (const option of options) {
      if (typeof option.value === "string") texts.push(option.value);
      if (option.options) walk(option.options);
    }
  };
  walk(interaction.options.data);
  // The longest first, so that a question containing another option's text is hidden whole.
  return texts.sort((a, b) => b.length - a.length);
}
