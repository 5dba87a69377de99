import { API } from "@discordjs/core/http-only";
import {
  type APIInteractionResponse,
  type Client,
  DefaultRestOptions,
  Events,
  type Interaction,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  REST,
} from "discord.js";
import {
  type BotOptions,
  createBotDispatcher,
  createDiscordClient,
  type GazetteBot,
} from "../discord/bot.js";
import { normalizePermissions } from "../discord/interaction-gate.js";
import { createShardedReindex } from "../discord/shard-reindex.js";
import { replyLocale, strings } from "../discord/locale.js";
import { FirstResponses, type InteractionHead } from "./first-responses.js";
import { type InteractionsServer, startInteractionsServer } from "./interactions-server.js";
import { importPublicKey } from "./signature.js";

/**
 * How long a command may take before its first response, in ms: Discord waits 3 s for the HTTP
 * answer, less the way back and a margin for a busy event loop.
 */
export const ACK_DEADLINE_MS = 2500;

export interface HttpBotOptions extends Omit<BotOptions, "onTokenRefused"> {
  /** See {@link ACK_DEADLINE_MS} (tests shorten it). */
  ackDeadlineMs?: number;
}

/** A Gazette answering interactions over HTTP; `connected` means its endpoint is listening. */
export interface HttpBot extends GazetteBot {
  /** The address the endpoint listens on, once started. */
  readonly endpoint: { host: string; port: number } | null;
}

/** The part of discord.js's client that builds interactions from raw payloads (not typed public). */
interface ClientActions {
  actions: { InteractionCreate: { handle(payload: unknown): void } };
}

/**
 * Gazette in HTTP interactions mode (`INTERACTIONS_PORT`): no gateway connection, interactions
 * arrive as signed `POST /interactions` requests. Each verified payload becomes a discord.js
 * interaction on a client that never logs in, and goes through the gateway bot's dispatcher (same
 * commands, cooldowns, permissions, error boundary, drain, metrics); its first response becomes
 * the HTTP answer ({@link FirstResponses}), edits and follow-ups go to Discord's REST.
 *
 * State kept per process, as in the gateway bot: cooldowns and `/ask` pages. Behind a load
 * balancer each replica counts its own cooldowns, and a page button whose click lands on another
 * replica than the one that answered is told, privately, that the button expired.
 */
export function createHttpBot(options: HttpBotOptions): HttpBot {
  const { config, logger } = options;
  const publicKeyHex = config.discordPublicKey;
  if (config.interactionsPort === null || publicKeyHex === null) {
    throw new Error(
      "HTTP interactions need INTERACTIONS_PORT and DISCORD_PUBLIC_KEY (parseConfig checks both)",
    );
  }
  const port = config.interactionsPort;
  const rest = new REST(config.discordApiUrl ? { api: config.discordApiUrl } : {});
  const responses = new FirstResponses({
    api: new API(rest),
    forward: DefaultRestOptions.makeRequest,
    ackDeadlineMs: options.ackDeadlineMs ?? ACK_DEADLINE_MS,
    logger,
  });
  const client = createDiscordClient(config, { makeRequest: responses.makeRequest });
  // One process, no gateway: its /reindex serves this replica only (see README).
  const reindex = createShardedReindex({
    library: options.library,
    client,
    logger: options.logger,
  });
  const dispatcher = createBotDispatcher(options, () => reindex.reindex());
  let server: InteractionsServer | null = null;
  let stopping = false;

  const onInteraction = async (
    payload: Record<string, unknown>,
    written: Promise<"delivered" | "lost">,
  ) => {
    normalizePermissions(payload);
    const head = payload as unknown as InteractionHead & { locale?: string };
    const open = responses.open(head);
    void written.then(open.written);
    let interaction: Interaction | null = null;
    let fallback = strings[replyLocale(head.locale)].unknownCommand;
    try {
      interaction = buildInteraction(client, payload);
    } catch (error) {
      logger.warn(
        { err: error, interactionId: head.id },
        "discord.js could not read an interaction",
      );
      fallback = strings[replyLocale(head.locale)].unreadable;
    }
    const work = interaction ? dispatcher.handle(interaction) : Promise.resolve();
    void work.then(() => open.finish(fallbackResponse(head, fallback)));
    return open.answer;
  };

  return {
    client,
    dispatcher,
    get connected() {
      return server !== null && !stopping;
    },
    pingMs: null,
    get endpoint() {
      return server && { host: server.host, port: server.port };
    },
    async start() {
      const publicKey = await importPublicKey(publicKeyHex);
      server = await startInteractionsServer({
        port,
        host: config.interactionsHost,
        publicKey,
        onInteraction,
        logger,
      });
      logger.info(
        { host: server.host, port: server.port, path: "/interactions" },
        "interactions endpoint listening (HTTP mode: no gateway connection)",
      );
    },
    async stop() {
      stopping = true;
      // Still listening while the interactions in flight finish: whoever asks meanwhile is told
      // to ask again in a few seconds (the load balancer sends them to another replica next).
      dispatcher.drain();
      await dispatcher.idle();
      await server?.close();
      await client.destroy();
    },
  };
}

/** The address of a bot's interactions endpoint, when it is an {@link HttpBot} that listens. */
export function interactionsEndpointOf(bot: GazetteBot): { host: string; port: number } | null {
  return "endpoint" in bot ? (bot as HttpBot).endpoint : null;
}

/**
 * Builds the discord.js interaction for a raw payload, as the gateway bot's client does for
 * `INTERACTION_CREATE` (the same action, so the same class for each type); null for a type
 * discord.js does not build.
 */
function buildInteraction(client: Client, payload: unknown): Interaction | null {
  let built: Interaction | null = null;
  const capture = (interaction: Interaction) => (built = interaction);
  client.on(Events.InteractionCreate, capture);
  try {
    (client as unknown as ClientActions).actions.InteractionCreate.handle(payload);
  } finally {
    client.off(Events.InteractionCreate, capture);
  }
  return built;
}

/**
 * The answer to an interaction no command answered (a type Gazette does not handle, or one
 * discord.js could not read): no choices, or `text` privately.
 */
function fallbackResponse(head: InteractionHead, text: string): APIInteractionResponse {
  if (head.type === InteractionType.ApplicationCommandAutocomplete) {
    return {
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [] },
    };
  }
  return {
    type: InteractionResponseType.ChannelMessageWithSource,
    data: {
      content: text,
      flags: MessageFlags.Ephemeral,
      allowed_mentions: { parse: [] },
    },
  };
}
