import { Client, Events, GatewayIntentBits } from "discord.js";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import type { LiveIndex } from "../search/live-index.js";
import type { AskPage, Command } from "./command.js";
import { Cooldowns } from "./cooldowns.js";
import { createDispatcher, type Dispatcher } from "./dispatcher.js";
import { TtlStore } from "./ttl-store.js";

export interface BotOptions {
  config: Config;
  live: LiveIndex;
  commands: ReadonlyMap<string, Command>;
  logger: Logger;
}

/** A Gazette bot: a discord.js client wired to the dispatcher. */
export interface GazetteBot {
  readonly client: Client;
  readonly dispatcher: Dispatcher;
  /** Logs in and resolves once the gateway is ready. */
  start(): Promise<void>;
  /** Stops taking interactions, lets the ones in flight finish, then disconnects. */
  stop(): Promise<void>;
}

/** How long `/ask` buttons keep working, and how many answers they remember at most. */
const ASK_PAGES = { ttlMs: 60 * 60_000, maxEntries: 5000 };

/**
 * A discord.js client for Gazette: the Guilds intent only (slash commands need no privileged
 * intent), mentions disabled by default, and REST through `DISCORD_API_URL` when set.
 */
export function createDiscordClient(config: Pick<Config, "discordApiUrl">): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    rest: config.discordApiUrl ? { api: config.discordApiUrl } : {},
  });
}

/** Builds the bot: client, dispatcher, cooldowns and `/ask` page state, nothing started. */
export function createBot(options: BotOptions): GazetteBot {
  const { config, live, commands, logger } = options;
  const client = createDiscordClient(config);
  const dispatcher = createDispatcher({
    commands,
    services: {
      live,
      config,
      logger,
      askPages: new TtlStore<AskPage>(ASK_PAGES),
    },
    cooldowns: new Cooldowns({ seconds: config.cooldownSeconds }),
    logger,
  });
  const onInteraction = (interaction: Parameters<Dispatcher["handle"]>[0]) =>
    void dispatcher.handle(interaction);

  client.on(Events.InteractionCreate, onInteraction);
  client.on(Events.Error, (error) => logger.error({ err: error }, "discord client error"));
  client.on(Events.Warn, (message) => logger.warn({ discord: message }, "discord client warning"));
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.warn({ shard, code: event.code }, "gateway disconnected"),
  );
  client.on(Events.ShardReconnecting, (shard) => logger.info({ shard }, "gateway reconnecting"));
  client.on(Events.ShardResume, (shard, replayed) =>
    logger.info({ shard, replayed }, "gateway resumed"),
  );

  return {
    client,
    dispatcher,
    async start() {
      const ready = new Promise<void>((resolve) =>
        client.once(Events.ClientReady, () => resolve()),
      );
      await client.login(config.discordToken);
      await ready;
      logger.info(
        { user: client.user?.tag, guilds: client.guilds.cache.size },
        "connected to Discord",
      );
    },
    async stop() {
      client.off(Events.InteractionCreate, onInteraction);
      await dispatcher.idle();
      await client.destroy();
    },
  };
}
