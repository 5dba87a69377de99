import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import type { LiveIndex } from "../search/live-index.js";
import type { ReplyLocale } from "./locale.js";
import type { TtlStore } from "./ttl-store.js";

/** What an `/ask` button needs to show a page again: kept server-side, keyed from its custom_id. */
export interface AskPage {
  question: string;
  limit: number;
  askerId: string;
}

/** What every command receives besides its interaction. Built once by the bot, per interaction. */
export interface CommandContext {
  live: LiveIndex;
  config: Pick<Config, "adminUserIds">;
  logger: Logger;
  /** Paging and share state of `/ask` answers. */
  askPages: TtlStore<AskPage>;
  /** The language of Gazette's words for this user. */
  locale: ReplyLocale;
}

/**
 * A slash command module: `commands/<name>.ts` default-exports `{ data, execute } satisfies Command`.
 * It reads options, calls the core, hands the result to a reply formatter and sends it.
 */
export interface Command {
  /** The registration payload (name, description, options, localisations, permissions). */
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Whether the per-user cooldown (`COOLDOWN_SECONDS`) applies. */
  cooldown?: boolean;
  execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void>;
  /** Answers autocomplete on the command's options (never deferred: within 3 s). */
  autocomplete?(interaction: AutocompleteInteraction, context: CommandContext): Promise<void>;
  /** Handles clicks on buttons whose custom_id starts with `<name>:`. */
  button?(interaction: ButtonInteraction, context: CommandContext): Promise<void>;
}

/** An error whose message is meant for the user: the dispatcher shows it as written, ephemerally. */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserFacingError";
  }
}
