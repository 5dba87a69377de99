import type { API } from "@discordjs/core/http-only";
import {
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  type APIMessage,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  type RESTOptions,
  type ResponseLike,
} from "discord.js";
import type { Logger } from "../logger.js";

/**
 * In HTTP interactions mode Discord takes an interaction's first response (reply, deferral,
 * autocomplete choices) as the HTTP answer to its `POST /interactions`, not as a REST call. The
 * command modules are the gateway bot's, unchanged: discord.js posts that response to
 * `/interactions/{id}/{token}/callback`, and {@link FirstResponses.makeRequest}, the client's REST
 * `makeRequest`, hands it to the waiting HTTP request instead. Every other call (edits of a
 * deferred reply, follow-ups) goes on to Discord's REST.
 *
 * Discord waits 3 s for that answer. An interaction still unanswered after
 * {@link FirstResponsesOptions.ackDeadlineMs} is acknowledged on its behalf: autocomplete gets no
 * choices, a command a private deferral ("Gazette is thinking…"), a button a silent deferred
 * update. Whatever the command sends next is then delivered through `@discordjs/core`'s API:
 * a private reply edits the private deferral; a public one (or any reply to a button) becomes a
 * follow-up with the command's own visibility, and a command's private deferral is deleted. A
 * private deferral is the one that never shows publicly what the user wanted kept private.
 */

/** How a first response reaches Discord: the body of the HTTP answer. */
export interface FirstAnswer {
  contentType: string;
  body: string;
}

export interface FirstResponsesOptions {
  /** `@discordjs/core`'s API, on a REST of its own (it never passes through this router). */
  api: API;
  /** Discord's REST, for everything that is not a first response. */
  forward: RESTOptions["makeRequest"];
  /** How long to wait for a command's first response before acknowledging for it (ms). */
  ackDeadlineMs: number;
  logger: Logger;
}

/** The parts of an interaction payload the router reads. */
export interface InteractionHead {
  id: string;
  token: string;
  application_id: string;
  type: InteractionType;
}

/** One interaction's first response, as the HTTP handler waits for it. */
export interface OpenInteraction {
  /** Resolves with the first response (the command's own, Gazette's in its place, or a fallback). */
  readonly answer: Promise<FirstAnswer>;
  /** Tell once the HTTP answer is written (`delivered`) or its connection closed before (`lost`). */
  written(outcome: "delivered" | "lost"): void;
  /**
   * The command is done: if it never answered (an interaction type Gazette does not handle), it
   * gets `fallback`. Forgets the interaction.
   */
  finish(fallback: APIInteractionResponse): void;
}

type State =
  | { name: "waiting" }
  /** The HTTP answer carried the command's own first response. */
  | { name: "answered" }
  /** Autocomplete past its window: answered with no choices, the late choices are dropped. */
  | { name: "expired" }
  /**
   * Gazette acknowledged for a slow command. `lateDeferral`: the flags of the command's own
   * deferral when it came after; `published`: the message that carries its reply, once sent.
   */
  | { name: "held"; lateDeferral: number | null; published: string | null };

interface Entry extends InteractionHead {
  state: State;
  resolve: (answer: FirstAnswer) => void;
  delivered: Promise<boolean>;
}

const CALLBACK = /\/interactions\/(\d+)\/([^/]+)\/callback$/;
const ORIGINAL = /\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/;
const JSON_TYPE = "application/json";

/** Routes first responses into HTTP answers and keeps slow commands within Discord's window. */
export class FirstResponses {
  readonly #open = new Map<string, Entry>();
  readonly #byToken = new Map<string, Entry>();
  readonly #options: FirstResponsesOptions;

  constructor(options: FirstResponsesOptions) {
    this.#options = options;
  }

  /** Starts waiting for an interaction's first response (call before dispatching it). */
  open(head: InteractionHead): OpenInteraction {
    let resolve!: (answer: FirstAnswer) => void;
    const answer = new Promise<FirstAnswer>((done) => (resolve = done));
    let written!: (delivered: boolean) => void;
    const delivered = new Promise<boolean>((done) => (written = done));
    const entry: Entry = {
      id: head.id,
      token: head.token,
      application_id: head.application_id,
      type: head.type,
      state: { name: "waiting" },
      resolve,
      delivered,
    };
    this.#open.set(entry.id, entry);
    this.#byToken.set(entry.token, entry);
    const deadline = setTimeout(() => this.#acknowledgeFor(entry), this.#options.ackDeadlineMs);
    deadline.unref();
    return {
      answer,
      written: (outcome) => written(outcome === "delivered"),
      finish: (fallback) => {
        clearTimeout(deadline);
        if (entry.state.name === "waiting") this.#answer(entry, fallback);
        this.#open.delete(entry.id);
        this.#byToken.delete(entry.token);
      },
    };
  }

  /** The REST `makeRequest` of the client the commands use. */
  readonly makeRequest = async (url: string, init: Parameters<RESTOptions["makeRequest"]>[1]) => {
    const pathname = decodeURIComponent(new URL(url).pathname);
    const method = (init.method ?? "GET").toUpperCase();
    const callback = method === "POST" ? CALLBACK.exec(pathname) : null;
    const entry = callback ? this.#open.get(callback[1] ?? "") : undefined;
    if (callback && entry && entry.token === callback[2]) return this.#first(entry, init);
    const original = method === "PATCH" ? ORIGINAL.exec(pathname) : null;
    const held = original ? this.#byToken.get(original[2] ?? "") : undefined;
    if (held?.state.name === "held" && held.state.lateDeferral !== null) {
      const edit = readBody(init) as APIInteractionResponseCallbackData;
      return jsonResponse(await this.#publish(held, edit, held.state.lateDeferral));
    }
    return this.#options.forward(url, init);
  };

  async #first(entry: Entry, init: Parameters<RESTOptions["makeRequest"]>[1]) {
    const response = readBody(init) as APIInteractionResponse;
    const { state } = entry;
    if (state.name === "waiting") {
      this.#answer(entry, response);
      return (await entry.delivered) ? noContent() : unknownInteraction();
    }
    if (state.name === "expired") {
      this.#options.logger.debug(
        { interactionId: entry.id },
        "autocomplete answered after Discord's window: dropped",
      );
      return noContent();
    }
    if (state.name === "answered") return unknownInteraction();
    switch (response.type) {
      case InteractionResponseType.ChannelMessageWithSource:
        await this.#publish(entry, response.data ?? {}, Number(response.data?.flags ?? 0));
        return noContent();
      case InteractionResponseType.DeferredChannelMessageWithSource:
        state.lateDeferral = Number(response.data?.flags ?? 0);
        return noContent();
      case InteractionResponseType.DeferredMessageUpdate:
        return noContent();
      case InteractionResponseType.UpdateMessage:
        await this.#options.api.interactions.editReply(
          entry.application_id,
          entry.token,
          withoutFlags(response.data ?? {}),
        );
        return noContent();
      default:
        throw new Error(
          `HTTP interactions: a response of type ${response.type} cannot follow the acknowledgement Gazette sent for interaction ${entry.id} after ${this.#options.ackDeadlineMs} ms`,
        );
    }
  }

  /** Delivers a slow command's reply with the visibility it asked for (see the file comment). */
  async #publish(
    entry: Entry,
    data: APIInteractionResponseCallbackData,
    flags: number,
  ): Promise<APIMessage> {
    const { api, logger } = this.#options;
    const state = entry.state as Extract<State, { name: "held" }>;
    const isCommand = entry.type !== InteractionType.MessageComponent;
    if (state.published !== null) {
      const target = state.published === "@original" ? undefined : state.published;
      return api.interactions.editReply(
        entry.application_id,
        entry.token,
        withoutFlags(data),
        target,
      );
    }
    const ephemeral = (flags & MessageFlags.Ephemeral) !== 0;
    if (isCommand && ephemeral) {
      state.published = "@original";
      return api.interactions.editReply(entry.application_id, entry.token, withoutFlags(data));
    }
    const message = await api.interactions.followUp(entry.application_id, entry.token, {
      ...data,
      flags: ephemeral ? Number(data.flags ?? 0) | MessageFlags.Ephemeral : undefined,
    } as Parameters<API["interactions"]["followUp"]>[2]);
    state.published = message.id;
    if (isCommand) {
      await api.interactions
        .deleteReply(entry.application_id, entry.token)
        .catch((error: unknown) =>
          logger.warn(
            { err: error, interactionId: entry.id },
            "could not delete the private deferral of a slow command",
          ),
        );
    }
    return message;
  }

  /** Past the deadline: answers for the interaction so that Discord does not give up on it. */
  #acknowledgeFor(entry: Entry): void {
    if (entry.state.name !== "waiting") return;
    const { ackDeadlineMs, logger } = this.#options;
    if (entry.type === InteractionType.ApplicationCommandAutocomplete) {
      this.#answer(entry, {
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: { choices: [] },
      });
      entry.state = { name: "expired" };
    } else {
      this.#answer(
        entry,
        entry.type === InteractionType.MessageComponent
          ? { type: InteractionResponseType.DeferredMessageUpdate }
          : {
              type: InteractionResponseType.DeferredChannelMessageWithSource,
              data: { flags: MessageFlags.Ephemeral },
            },
      );
      entry.state = { name: "held", lateDeferral: null, published: null };
    }
    logger.info(
      { interactionId: entry.id, ackDeadlineMs },
      "no first response within the deadline: acknowledged on the command's behalf",
    );
  }

  #answer(entry: Entry, response: APIInteractionResponse): void {
    entry.state = { name: "answered" };
    entry.resolve({ contentType: JSON_TYPE, body: JSON.stringify(response) });
  }
}

/** The JSON body discord.js sends (Gazette's replies carry no files). */
function readBody(init: Parameters<RESTOptions["makeRequest"]>[1]): unknown {
  if (typeof init.body !== "string") {
    throw new Error(
      "HTTP interactions: only JSON bodies can be routed (a reply with files is not supported)",
    );
  }
  return JSON.parse(init.body);
}

/** Edits cannot change a message's visibility: the flags stay out of them. */
function withoutFlags(data: APIInteractionResponseCallbackData) {
  const { flags: _flags, ...rest } = data;
  return rest as Parameters<API["interactions"]["editReply"]>[2];
}

const noContent = () => new Response(null, { status: 204 }) as unknown as ResponseLike;

/** What Discord says about a token whose first response was never delivered. */
const unknownInteraction = () => jsonResponse({ message: "Unknown interaction", code: 10062 }, 404);

function jsonResponse(body: unknown, status = 200): ResponseLike {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": JSON_TYPE },
  }) as unknown as ResponseLike;
}
