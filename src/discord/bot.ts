import {
  Client,
  type ClientOptions,
  DiscordjsErrorCodes,
  Events,
  GatewayDispatchEvents,
  GatewayIntentBits,
  InteractionResponseType,
  MessageFlags,
  Options,
  type RESTOptions,
  Routes,
  Status,
} from "discord.js";
import type { Config } from "../config.js";
import type { FeedbackStore } from "../feedback/store.js";
import type { Library } from "../library.js";
import type { Logger } from "../logger.js";
import { createArticleAdmin } from "./article-admin.js";
import type { AskPage, Command } from "./command.js";
import { Cooldowns } from "./cooldowns.js";
import { createDispatcher, type Dispatcher, type HandledInteraction } from "./dispatcher.js";
import {
  checkInteraction,
  defuse,
  normalizePermissions,
  type UnreadableInteraction,
} from "./interaction-gate.js";
import { replyLocale, strings } from "./locale.js";
import { SearchDeferral } from "./search-deferral.js";
import { createShardedReindex, type ShardedReindexOutcome } from "./shard-reindex.js";
import { TtlStore } from "./ttl-store.js";

export interface BotOptions {
  config: Config;
  library: Library;
  commands: ReadonlyMap<string, Command>;
  logger: Logger;
  /** The feedback store (votes, unanswered questions), or null to run without feedback. */
  feedback?: FeedbackStore | null;
  /** Called once per interaction handled (metrics). */
  onInteraction?: (event: HandledInteraction) => void;
  /** Called when Discord refuses the token after start (it was reset): the bot cannot go on. */
  onTokenRefused?: () => void;
}

/** A Gazette bot: a discord.js client wired to the dispatcher. */
export interface GazetteBot {
  readonly client: Client;
  readonly dispatcher: Dispatcher;
  /** Whether the gateway connection is up and ready now. */
  readonly connected: boolean;
  /** The gateway heartbeat round trip in ms, or null before the first heartbeat is answered. */
  readonly pingMs: number | null;
  /** Logs in and resolves once the gateway is ready; rejects with {@link TokenRefusedError}. */
  start(): Promise<void>;
  /**
   * Stops taking new work (interactions arriving meanwhile are told Gazette is restarting), lets
   * the ones in flight finish, then disconnects.
   */
  stop(): Promise<void>;
}

/** What Gazette says, in one line, when Discord refuses the token. */
export const TOKEN_REFUSED =
  "the token was refused by Discord: reset it under Bot → Reset Token (https://discord.com/developers/applications), then put the new one in DISCORD_TOKEN";

/** Discord refused the token: REST answered 401 or the gateway closed with 4004. */
export class TokenRefusedError extends Error {
  constructor() {
    super(TOKEN_REFUSED);
    this.name = "TokenRefusedError";
  }
}

/** The gateway's close code for a refused token (Authentication failed). */
const AUTHENTICATION_FAILED = 4004;

/** How long `/ask` buttons keep working, and how many answers they remember at most. */
const ASK_PAGES = { ttlMs: 60 * 60_000, maxEntries: 5000 };

/**
 * How many users and guild members discord.js keeps cached. Every interaction carries its author,
 * which discord.js caches with no limit by default: on a busy server that is one entry per member
 * who ever asked, for the life of the process. Gazette reads the author from the interaction itself,
 * so a small cache is enough (the bot's own user and member are always kept).
 */
export const USER_CACHE_LIMIT = 1000;

/**
 * The Client's shard options (`SHARD_COUNT`): none in a child of a `ShardingManager` (discord.js
 * reads the `SHARDS` and `SHARD_COUNT` the manager set for it), otherwise every shard in this
 * process: `shards: "auto"` (Discord's recommended count) or `shardCount` (shards 0 to n-1).
 */
export function clientShardOptions(
  config: Partial<Pick<Config, "shardCount" | "spawnedByShardingManager">>,
): Pick<ClientOptions, "shards" | "shardCount"> {
  if (config.spawnedByShardingManager) return {};
  if (config.shardCount === "auto") return { shards: "auto" };
  return config.shardCount ? { shardCount: config.shardCount } : {};
}

/**
 * A discord.js client for Gazette: the Guilds intent only (slash commands need no privileged
 * intent), mentions disabled by default, user and member caches bounded ({@link USER_CACHE_LIMIT}),
 * REST through `DISCORD_API_URL` when set, and the shards of {@link clientShardOptions}; `rest` adds
 * REST options (the HTTP interactions mode routes requests with its own `makeRequest`).
 */
export function createDiscordClient(
  config: Pick<Config, "discordApiUrl"> &
    Partial<Pick<Config, "shardCount" | "spawnedByShardingManager">>,
  rest: Partial<RESTOptions> = {},
): Client {
  return new Client({
    ...clientShardOptions(config),
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      UserManager: {
        maxSize: USER_CACHE_LIMIT,
        keepOverLimit: (user) => user.id === user.client.user?.id,
      },
      GuildMemberManager: {
        maxSize: USER_CACHE_LIMIT,
        keepOverLimit: (member) => member.id === member.client.user?.id,
      },
    }),
    rest: { ...(config.discordApiUrl ? { api: config.discordApiUrl } : {}), ...rest },
  });
}

/** Builds the bot: client, dispatcher, cooldowns and `/ask` page state, nothing started. */
export function createBot(options: BotOptions): GazetteBot {
  const { config, library, logger } = options;
  const client = createDiscordClient(config);
  const sharded = createShardedReindex({ library, client, logger });
  const dispatcher = createBotDispatcher(options, () => sharded.reindex());
  const onInteraction = (interaction: Parameters<Dispatcher["handle"]>[0]) =>
    void dispatcher.handle(interaction);
  let stopping = false;
  /** Rejects start() while it waits; null once started. */
  let refusedWhileStarting: (() => void) | null = null;

  // Raw packets reach this listener before discord.js builds the interaction from the same object.
  client.on(Events.Raw, (packet: { t?: unknown; d?: unknown }) => {
    if (packet.t !== GatewayDispatchEvents.InteractionCreate) return;
    const unreadable = checkInteraction(packet.d);
    if (!unreadable) return normalizePermissions(packet.d);
    defuse(packet.d);
    logger.warn(
      { problem: unreadable.problem, interactionId: unreadable.answer?.id },
      "unreadable interaction",
    );
    void answerUnreadable(unreadable);
  });
  /** Answers a payload discord.js was kept from reading: no choices, or a short private notice. */
  const answerUnreadable = async ({ answer }: UnreadableInteraction) => {
    if (!answer) return;
    const body = answer.autocomplete
      ? {
          type: InteractionResponseType.ApplicationCommandAutocompleteResult,
          data: { choices: [] },
        }
      : {
          type: InteractionResponseType.ChannelMessageWithSource,
          data: {
            content: strings[replyLocale(answer.locale)].unreadable,
            flags: MessageFlags.Ephemeral,
            allowed_mentions: { parse: [] },
          },
        };
    try {
      await client.rest.post(Routes.interactionCallback(answer.id, answer.token), {
        body,
        auth: false,
      });
    } catch (error) {
      logger.warn(
        { err: error, interactionId: answer.id },
        "could not answer an unreadable interaction",
      );
    }
  };
  client.on(Events.InteractionCreate, onInteraction);
  client.on(Events.Debug, (message) => logger.trace?.({ discord: message }, "discord.js debug"));
  client.rest.on("restDebug", (message) => logger.trace?.({ rest: message }, "discord.js rest"));
  client.on(Events.Error, (error) => logger.error({ err: error }, "discord client error"));
  client.on(Events.Warn, (message) => logger.warn({ discord: message }, "discord client warning"));
  // Closing the connection on purpose makes discord.js report a disconnect and a reconnect:
  // after stop() they are noise, so they are not logged.
  client.on(Events.ShardDisconnect, (event, shard) => {
    if (event.code === AUTHENTICATION_FAILED) {
      // While starting, start() rejects and its caller says it once; later, it is said here.
      if (refusedWhileStarting) return refusedWhileStarting();
      logger.error({ shard, code: event.code }, TOKEN_REFUSED);
      options.onTokenRefused?.();
      return;
    }
    if (!stopping) logger.warn({ shard, code: event.code }, "gateway disconnected");
  });
  client.on(Events.ShardReconnecting, (shard) => {
    if (!stopping) logger.info({ shard }, "gateway reconnecting");
  });
  client.on(Events.ShardResume, (shard, replayed) =>
    logger.info({ shard, replayed }, "gateway resumed"),
  );

  return {
    client,
    dispatcher,
    get connected() {
      return !stopping && client.isReady() && client.ws.status === Status.Ready;
    },
    get pingMs() {
      const ping = client.ws.ping;
      return Number.isFinite(ping) && ping >= 0 ? Math.round(ping) : null;
    },
    async start() {
      const ready = new Promise<void>((resolve, reject) => {
        refusedWhileStarting = () => reject(new TokenRefusedError());
        client.once(Events.ClientReady, () => resolve());
      });
      try {
        await Promise.race([client.login(config.discordToken), ready]);
        await ready;
      } catch (error) {
        await client.destroy().catch(() => {});
        throw isTokenRefusal(error) ? new TokenRefusedError() : error;
      } finally {
        refusedWhileStarting = null;
      }
      logger.info(
        { user: client.user?.tag, guilds: client.guilds.cache.size },
        "connected to Discord",
      );
    },
    async stop() {
      stopping = true;
      // Still connected while the replies in flight finish: whoever asks meanwhile is told to ask
      // again in a few seconds rather than left with "The application did not respond".
      dispatcher.drain();
      await dispatcher.idle();
      client.off(Events.InteractionCreate, onInteraction);
      sharded.close();
      await client.destroy();
    },
  };
}

/**
 * The dispatcher every way of receiving interactions shares (gateway or HTTP): the commands, their
 * services, cooldowns, `/ask` page state and the search deferral, all per process.
 */
export function createBotDispatcher(
  options: Pick<
    BotOptions,
    "config" | "library" | "commands" | "logger" | "onInteraction" | "feedback"
  >,
  reindex: () => Promise<ShardedReindexOutcome>,
): Dispatcher {
  const { config, library, commands, logger } = options;
  return createDispatcher({
    commands,
    services: {
      live: library.live,
      config,
      logger,
      askPages: new TtlStore<AskPage>(ASK_PAGES),
      searchDeferral: new SearchDeferral({
        abovePassages: config.deferAbovePassages,
        slowSearchMs: config.deferSlowSearchMs,
      }),
      reindex,
      feedback: options.feedback ?? null,
      articles: createArticleAdmin(config, library.live),
    },
    cooldowns: new Cooldowns({ seconds: config.cooldownSeconds, burst: config.cooldownBurst }),
    hasArticles: () => library.live.stats.articles > 0,
    ...(options.onInteraction ? { onHandled: options.onInteraction } : {}),
    logger,
  });
}

/** Whether a login failure means Discord refused the token (REST 401, gateway 4004). */
export function isTokenRefusal(error: unknown): boolean {
  if (error instanceof TokenRefusedError) return true;
  const { code, status } = (error ?? {}) as { code?: unknown; status?: unknown };
  return code === DiscordjsErrorCodes.TokenInvalid || status === 401;
}
