/**
 * The REST routes of the stand-in, under `/api/v10`: those Gazette and discord.js use (gateway
 * discovery, the current user and application, command registration, interaction callbacks and
 * webhook messages). Each checks the payload against Discord's limits before storing it.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import {
  type APIInteractionResponse,
  InteractionResponseType,
  type RESTGetAPIGatewayBotResult,
  type RESTPatchAPIWebhookWithTokenMessageJSONBody,
  type RESTPutAPIApplicationCommandsJSONBody,
  type RESTPutAPIApplicationCommandsResult,
  ApplicationCommandType,
} from "discord-api-types/v10";
import type { StandInEvent } from "./events.js";
import { choiceProblems, commandProblems, messageProblems, modalProblems } from "./limits.js";
import {
  applyEdit,
  channelIdOf,
  type InteractionRecord,
  type MessageBody,
  messageFrom,
  type StoredMessage,
} from "./messages.js";
import type { World } from "./world.js";

/** A REST request the stand-in received, body parsed as JSON when it is JSON. */
export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, e.g. `/interactions/123/tok/callback`. */
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  body: unknown;
  /** The HTTP status the stand-in answered with. */
  status: number;
  at: number;
}

/** What the REST side shares with the rest of the stand-in. */
export interface RestState {
  readonly world: World;
  readonly token: string;
  readonly gatewayUrl: () => string;
  readonly interactions: Map<string, InteractionRecord>;
  readonly byToken: Map<string, InteractionRecord>;
  readonly registered: {
    global: RESTPutAPIApplicationCommandsJSONBody | null;
    guilds: Map<string, RESTPutAPIApplicationCommandsJSONBody>;
  };
  readonly requests: RecordedRequest[];
  readonly rateLimits: { method: string; path: RegExp; retryAfter: number }[];
  /** Requests to answer 500 (each rule once per matching request, `times` times). */
  readonly serverErrors: { method: string; path: RegExp; times: number }[];
  /** A message the bot sent for any interaction (original response or follow-up). */
  messageById(id: string): StoredMessage | undefined;
  /** Records a refused request (close() then throws) and tells listeners. */
  fail(problem: string, record: InteractionRecord | null): void;
  emit(event: StandInEvent): void;
  /** Called after every request, once its effects are stored. */
  changed(): void;
  /**
   * Resolves once the interaction whose token a webhook request carries can take it: at once,
   * except for one delivered over HTTP whose first response (the HTTP answer) is not in yet.
   */
  untilAcknowledged(interactionToken: string): Promise<void>;
}

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Handler = (request: RecordedRequest, params: string[]) => Answer;

const API_PREFIX = "/api/v10";
const UNKNOWN_WEBHOOK: Answer = { status: 404, body: { message: "Unknown Webhook", code: 10015 } };

/** The stand-in's HTTP handler for `/api/v10/…`. */
export function createRestHandler(
  state: RestState,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const { world } = state;

  const needsAuth = (request: RecordedRequest): Answer | null =>
    request.authorization === `Bot ${state.token}`
      ? null
      : { status: 401, body: { message: "401: Unauthorized", code: 0 } };

  const invalid = (
    request: RecordedRequest,
    problems: string[],
    record: InteractionRecord | null = null,
  ): Answer => {
    // Interaction tokens stay out of the report (it is shown in the sandbox page).
    const where = request.path.replace(/^\/(interactions|webhooks)\/(\d+)\/[^/]+/, "/$1/$2/:token");
    state.fail(`${request.method} ${where}: ${problems.join("; ")}`, record);
    return { status: 400, body: { message: "Invalid Form Body", code: 50035, errors: problems } };
  };

  const webhookRecord = (params: string[]) =>
    params[0] === world.application.id ? state.byToken.get(params[1] ?? "") : undefined;

  const withIds = (
    commands: RESTPutAPIApplicationCommandsJSONBody,
    guildId?: string,
  ): RESTPutAPIApplicationCommandsResult =>
    commands.map(
      (command) =>
        ({
          id: world.snowflake(),
          application_id: world.application.id,
          version: world.snowflake(),
          type: ApplicationCommandType.ChatInput,
          default_member_permissions: null,
          ...(guildId ? { guild_id: guildId } : {}),
          ...command,
        }) as RESTPutAPIApplicationCommandsResult[number],
    );

  const putCommands = (request: RecordedRequest, guildId?: string): Answer => {
    const problems = commandProblems(request.body);
    if (problems.length > 0) return invalid(request, problems);
    const commands = request.body as RESTPutAPIApplicationCommandsJSONBody;
    if (guildId) state.registered.guilds.set(guildId, commands);
    else state.registered.global = commands;
    return { status: 200, body: withIds(commands, guildId) };
  };

  const callback: Handler = (request, [id, interactionToken]) => {
    const record = state.interactions.get(id ?? "");
    if (!record || record.token !== interactionToken) {
      return { status: 404, body: { message: "Unknown interaction", code: 10062 } };
    }
    if (record.callback) {
      return invalid(request, [`interaction ${id} has already been acknowledged`], record);
    }
    const response = request.body as APIInteractionResponse;
    const problems =
      response.type === InteractionResponseType.ApplicationCommandAutocompleteResult
        ? choiceProblems(response.data)
        : response.type === InteractionResponseType.ChannelMessageWithSource ||
            response.type === InteractionResponseType.UpdateMessage
          ? messageProblems(response.data)
          : response.type === InteractionResponseType.Modal
            ? modalProblems(response.data)
            : [];
    if (problems.length > 0) return invalid(request, problems, record);
    record.callback = response;
    state.emit({ type: "callback", record });
    if (
      response.type === InteractionResponseType.ChannelMessageWithSource ||
      response.type === InteractionResponseType.DeferredChannelMessageWithSource
    ) {
      const data = (response.data ?? {}) as MessageBody;
      record.original = messageFrom(world, data, channelIdOf(record.payload));
      state.emit({ type: "message", record, message: record.original, kind: "original" });
    } else if (
      response.type === InteractionResponseType.UpdateMessage ||
      response.type === InteractionResponseType.DeferredMessageUpdate
    ) {
      // The message whose component was used is edited in place; later edits of the original
      // response (`@original`) edit it too, as on Discord.
      const clicked = "message" in record.payload ? record.payload.message : undefined;
      const message = clicked ? state.messageById(clicked.id) : undefined;
      if (message) record.original = message;
      if (message && response.type === InteractionResponseType.UpdateMessage) {
        applyEdit(message, (response.data ?? {}) as RESTPatchAPIWebhookWithTokenMessageJSONBody);
        state.emit({ type: "edit", record, message });
      }
    }
    return request.query.get("with_response") === "true"
      ? {
          status: 200,
          body: {
            interaction: { id, type: record.payload.type },
            resource: record.original ? { type: response.type, message: record.original } : {},
          },
        }
      : { status: 204 };
  };

  const routes: [string, RegExp, Handler][] = [
    [
      "GET",
      /^\/gateway\/bot$/,
      (request) =>
        needsAuth(request) ?? {
          status: 200,
          body: {
            url: state.gatewayUrl(),
            shards: world.shards,
            session_start_limit: {
              total: 1000,
              remaining: 1000,
              reset_after: 14_400_000,
              max_concurrency: 1,
            },
          } satisfies RESTGetAPIGatewayBotResult,
        },
    ],
    ["GET", /^\/gateway$/, () => ({ status: 200, body: { url: state.gatewayUrl() } })],
    [
      "GET",
      /^\/users\/@me$/,
      (request) => needsAuth(request) ?? { status: 200, body: world.botUser },
    ],
    [
      "GET",
      /^\/applications\/@me$/,
      (request) => needsAuth(request) ?? { status: 200, body: world.application },
    ],
    [
      "PUT",
      /^\/applications\/(\d+)\/commands$/,
      (request, [app]) => {
        const denied = needsAuth(request);
        if (denied) return denied;
        if (app !== world.application.id) {
          return { status: 403, body: { message: "Missing Access", code: 50001 } };
        }
        return putCommands(request);
      },
    ],
    [
      "PUT",
      /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/,
      (request, [app, guildId]) => {
        const denied = needsAuth(request);
        if (denied) return denied;
        const known = world.guilds.some(({ guild }) => guild.id === guildId);
        if (app !== world.application.id || !known) {
          return { status: 403, body: { message: "Missing Access", code: 50001 } };
        }
        return putCommands(request, guildId);
      },
    ],
    ["POST", /^\/interactions\/(\d+)\/([^/]+)\/callback$/, callback],
    [
      "GET",
      /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/,
      (_request, params) => {
        const record = webhookRecord(params);
        if (!record?.original) return UNKNOWN_WEBHOOK;
        return { status: 200, body: record.original };
      },
    ],
    [
      "PATCH",
      /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/,
      (request, params) => {
        const record = webhookRecord(params);
        const target =
          params[2] === "@original"
            ? record?.original
            : record?.followUps.find((message) => message.id === params[2]);
        if (!record || !target) return UNKNOWN_WEBHOOK;
        const problems = messageProblems(request.body);
        if (problems.length > 0) return invalid(request, problems, record);
        applyEdit(target, request.body as RESTPatchAPIWebhookWithTokenMessageJSONBody);
        state.emit({ type: "edit", record, message: target });
        return { status: 200, body: target };
      },
    ],
    [
      "DELETE",
      /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/,
      (_request, params) => {
        const record = webhookRecord(params);
        if (!record) return UNKNOWN_WEBHOOK;
        const messageId = params[2] === "@original" ? record.original?.id : params[2];
        if (params[2] === "@original") record.original = null;
        else record.followUps = record.followUps.filter((message) => message.id !== params[2]);
        if (messageId) state.emit({ type: "delete", record, messageId });
        return { status: 204 };
      },
    ],
    [
      "POST",
      /^\/webhooks\/(\d+)\/([^/]+)$/,
      (request, params) => {
        const record = webhookRecord(params);
        if (!record?.callback) return UNKNOWN_WEBHOOK;
        const problems = messageProblems(request.body);
        if (problems.length > 0) return invalid(request, problems, record);
        const message = messageFrom(
          world,
          request.body as MessageBody,
          channelIdOf(record.payload),
        );
        record.followUps.push(message);
        state.emit({ type: "message", record, message, kind: "follow-up" });
        return { status: 200, body: message };
      },
    ],
  ];

  return async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const pathname = decodeURIComponent(url.pathname);
    const webhook = /^\/api\/v10\/webhooks\/\d+\/([^/]+)/.exec(pathname);
    if (webhook?.[1]) await state.untilAcknowledged(webhook[1]);
    const request: RecordedRequest = {
      method: req.method ?? "GET",
      path: pathname.startsWith(API_PREFIX) ? pathname.slice(API_PREFIX.length) : pathname,
      query: url.searchParams,
      authorization: req.headers.authorization,
      body: parseBody(raw, req.headers["content-type"]),
      status: 0,
      at: Date.now(),
    };

    let answer: Answer;
    const limit = state.rateLimits.findIndex(
      (rule) => rule.method === request.method && rule.path.test(request.path),
    );
    const route = pathname.startsWith(API_PREFIX)
      ? routes.find(([method, pattern]) => method === request.method && pattern.test(request.path))
      : undefined;
    const broken = state.serverErrors.findIndex(
      (rule) => rule.method === request.method && rule.path.test(request.path),
    );
    if (broken !== -1) {
      const rule = state.serverErrors[broken];
      if (rule && --rule.times <= 0) state.serverErrors.splice(broken, 1);
      answer = { status: 500, body: { message: "500: Internal Server Error", code: 0 } };
    } else if (limit !== -1) {
      const [rule] = state.rateLimits.splice(limit, 1);
      const retryAfter = rule?.retryAfter ?? 0.1;
      answer = {
        status: 429,
        headers: { "retry-after": String(retryAfter), "x-ratelimit-scope": "user" },
        body: { message: "You are being rate limited.", retry_after: retryAfter, global: false },
      };
    } else if (!route) {
      state.fail(`unhandled request: ${request.method} ${url.pathname}${url.search}`, null);
      answer = { status: 404, body: { message: "404: Not Found (Discord stand-in)", code: 0 } };
    } else {
      const [, pattern, handler] = route;
      const params = (pattern.exec(request.path) ?? []).slice(1);
      answer = handler(request, params);
    }
    request.status = answer.status;
    state.requests.push(request);
    res.writeHead(answer.status, {
      ...(answer.body === undefined ? {} : { "content-type": "application/json" }),
      ...answer.headers,
    });
    res.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
    state.changed();
  };
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw === "") return undefined;
  if (contentType?.includes("application/json")) return JSON.parse(raw);
  return raw;
}
