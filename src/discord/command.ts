import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  ModalSubmitInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { Config } from "../config.js";
import type { FeedbackStore } from "../feedback/store.js";
import type { Logger } from "../logger.js";
import type { LiveIndex } from "../search/live-index.js";
import type { ArticleAdmin } from "./article-admin.js";
import type { ReplyLocale } from "./locale.js";
import type { SearchDeferral } from "./search-deferral.js";
import type { ShardedReindexOutcome } from "./shard-reindex.js";
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
  /** Whether `/ask` should defer before it searches (large index, slow recent searches). */
  searchDeferral: SearchDeferral;
  /**
   * Rebuilds the index from the corpus directory (`/reindex`) once and has every shard serve it;
   * the old index serves until then.
   */
  reindex: () => Promise<ShardedReindexOutcome>;
  /** Votes and unanswered questions; null when the store could not be opened (or is off). */
  feedback: FeedbackStore | null;
  /** What `/article` needs: the corpus writer, pending removals, attachment download limits. */
  articles: ArticleAdmin;
  /** The language of Gazette's words for this user. */
  locale: ReplyLocale;
}

/**
 * How an interaction ended, as metrics count it and the debug log shows it: `answered`,
 * `no_answer` (the articles do not cover it, or none is loaded), `refused` (cooldown, permission,
 * an expired button, a user-facing error) or `error` (something went wrong on Gazette's side).
 */
export type InteractionOutcome = "answered" | "no_answer" | "refused" | "error";

/**
 * A slash command module: `commands/<name>.ts` default-exports `{ data, execute } satisfies Command`.
 * It reads options, calls the core, hands the result to a reply formatter and sends it.
 */
export interface Command {
  /** The registration payload (name, description, options, localisations, permissions). */
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Whether the per-user burst allowance (`COOLDOWN_BURST` per `COOLDOWN_SECONDS`) applies. */
  cooldown?: boolean;
  /** Whether it answers from the articles: while none is loaded, the dispatcher says so instead. */
  needsArticles?: boolean;
  /** Answers the command; resolves to how it ended when that is not simply `answered`. */
  execute(
    interaction: ChatInputCommandInteraction,
    context: CommandContext,
  ): Promise<InteractionOutcome | void>;
  /** Answers autocomplete on the command's options (never deferred: within 3 s). */
  autocomplete?(interaction: AutocompleteInteraction, context: CommandContext): Promise<void>;
  /** Handles clicks on buttons whose custom_id starts with `<name>:`. */
  button?(
    interaction: ButtonInteraction,
    context: CommandContext,
  ): Promise<InteractionOutcome | void>;
  /** Handles submits of modals whose custom_id starts with `<name>:` (as buttons). */
  modal?(
    interaction: ModalSubmitInteraction,
    context: CommandContext,
  ): Promise<InteractionOutcome | void>;
}

/** An error whose message is meant for the user: the dispatcher shows it as written, ephemerally. */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserFacingError";
  }
}
