/**
 * The sandbox page's server, on 127.0.0.1 only: the page and its bundle, the channel as a stream
 * of server-sent events, and a small JSON API through which the page acts as Discord's client
 * does: it sends slash commands, autocomplete requests and button clicks as INTERACTION_CREATE on
 * the stand-in's gateway, as the chosen persona and in the chosen language.
 */
import { once } from "node:events";
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { LiveIndex } from "../search/live-index.js";
import type { SandboxChannel } from "./channel.js";
import {
  type CommandSpec,
  convertOptions,
  flattenSubcommands,
  localName,
  memberCanUse,
  type OptionValue,
  type PickedChoice,
  splitCommandName,
} from "./command-input.js";
import { buttonIds, interactionsFor, type Member } from "./interactions.js";
import { isPersonaKey, isSandboxLocale, PERSONAS, SANDBOX_LOCALES } from "./personas.js";
import { choicesOf, type DiscordStandIn } from "./stand-in.js";

export interface PageServerOptions {
  /** 0 picks a free port. */
  port: number;
  standIn: DiscordStandIn;
  channel: SandboxChannel;
  live: LiveIndex;
  /** Files from {@link pagePaths}. */
  files: { html: string; script: string; style: string };
}

export interface PageServer {
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  close(): Promise<void>;
}

/** A refusal the page shows in red, with the HTTP status that carries it. */
class PageError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** What the page posts to `/api/interactions`. */
type InteractionRequest =
  | {
      kind: "command" | "autocomplete";
      persona: string;
      locale: string;
      name: string;
      /** Raw text typed per option name. */
      values: Record<string, string>;
      /** Autocomplete choices picked per option name (name shown, value sent). */
      picked?: Record<string, PickedChoice>;
      /** The option being typed (autocomplete). */
      focused?: string;
    }
  | { kind: "button"; persona: string; locale: string; messageId: string; customId: string }
  | {
      kind: "modal";
      persona: string;
      locale: string;
      /** The interaction that opened the form. */
      interactionId: string;
      customId: string;
      fields: Record<string, string>;
    };

const KEEP_ALIVE_MS = 15_000;
/** What the page sends is a few hundred bytes; anything this large is not from it. */
const MAX_BODY_BYTES = 1_000_000;

/** Starts the page's server on 127.0.0.1 (`port` 0 picks a free one). */
export async function startPageServer(options: PageServerOptions): Promise<PageServer> {
  const { standIn, channel, live } = options;
  const builders = interactionsFor(standIn);
  const openedToEveryone = new Set<string>();
  const streams = new Set<ServerResponse>();

  /** The commands as the message box offers them: one per subcommand (`article add`). */
  const registered = (): CommandSpec[] =>
    flattenSubcommands((standIn.registered.guilds.get(standIn.guildId) ?? []) as CommandSpec[]);

  const memberFor = (persona: string, locale: string): Member & { displayName: string } => {
    if (!isPersonaKey(persona)) throw new PageError(400, `unknown persona "${persona}"`);
    if (!isSandboxLocale(locale)) {
      throw new PageError(400, `locale must be one of ${SANDBOX_LOCALES.join(", ")}`);
    }
    const { id, displayName, permissions } = PERSONAS[persona];
    // Discord shows the display name; `username` here is what the bot reads as the user's name.
    return { id, username: displayName, displayName, permissions, locale };
  };

  const world = () => ({
    guild: { id: standIn.guildId, name: standIn.world.guild.name },
    channel: { id: standIn.channelId, name: standIn.world.channel.name },
    bot: { id: standIn.botUser.id, name: standIn.botUser.username },
    personas: Object.values(PERSONAS).map(({ key, id, displayName, permissions }) => ({
      key,
      id,
      name: displayName,
      permissions,
    })),
    locales: SANDBOX_LOCALES,
    commands: registered(),
    openedToEveryone: [...openedToEveryone],
  });

  const articles = () =>
    live.corpus.articles.map((article) => ({
      id: article.id,
      title: article.title,
      date: article.date,
      source: article.source,
      paragraphs: article.passages.length,
    }));

  async function interact(request: InteractionRequest) {
    const member = memberFor(request.persona, request.locale);
    if (request.kind === "button") {
      const message = standIn.message(request.messageId);
      if (!message) throw new PageError(404, `no message ${request.messageId} in the channel`);
      if (!buttonIds(message).includes(request.customId)) {
        throw new PageError(400, `message ${message.id} has no button "${request.customId}"`);
      }
      const { id } = standIn.dispatchInteraction(
        builders.button(request.customId, message, member),
      );
      return { id };
    }
    if (request.kind === "modal") return submitModal(request, member);

    const command = registered().find((candidate) => candidate.name === request.name);
    if (!command) {
      const names = registered().map((candidate) => `/${localName(candidate, member.locale!)}`);
      throw new PageError(
        404,
        `Discord has no command /${request.name} for Gazette in this server (registered: ${names.join(", ") || "none"})`,
      );
    }
    if (!memberCanUse(command, member.permissions!, openedToEveryone.has(command.name))) {
      throw new PageError(
        403,
        `Discord does not show /${localName(command, member.locale!)} to ${member.displayName}: it requires the permissions ${command.default_member_permissions} (Manage Server), unless the server opens it to everyone`,
      );
    }
    const values = new Map(Object.entries(request.values ?? {}));
    const picked = new Map(Object.entries(request.picked ?? {}));

    if (request.kind === "autocomplete") {
      const focused = request.focused ?? "";
      const typed = values.get(focused) ?? "";
      values.delete(focused);
      // The other options go as Discord would send them; invalid ones are left out.
      const { options } = convertOptions(command, values, member.locale!, picked);
      const sent: Record<string, OptionValue> = { ...options, [focused]: typed };
      const names = splitCommandName(command.name);
      const { id } = standIn.dispatchInteraction(
        builders.autocomplete(names.command, focused, sent, member, names.subcommand ?? undefined),
      );
      let stop = () => {};
      const refused = new Promise<never>((_resolve, reject) => {
        stop = standIn.subscribe((event) => {
          if (event.type === "failure" && event.record?.id === id) {
            reject(new PageError(502, `Discord refused Gazette's choices: ${event.problem}`));
          }
        });
      });
      try {
        const callback = await Promise.race([standIn.waitForCallback(id), refused]);
        return { id, choices: choicesOf(callback) };
      } catch (error) {
        if (error instanceof PageError) throw error;
        throw new PageError(504, "Gazette did not answer the autocomplete request in time");
      } finally {
        stop();
      }
    }

    const { options, problems } = convertOptions(command, values, member.locale!, picked);
    if (problems.length > 0) throw new PageError(400, problems.join("; "));
    const names = splitCommandName(command.name);
    const { id } = standIn.dispatchInteraction(
      names.subcommand
        ? builders.subcommand(names.command, names.subcommand, options, member)
        : builders.chatInput(command.name, options, member),
    );
    return { id };
  }

  /** Submits a form the bot opened (a modal) for the member it was opened for. */
  function submitModal(request: Extract<InteractionRequest, { kind: "modal" }>, member: Member) {
    const modal = channel.modalOf(request.interactionId);
    if (!modal || modal.userId !== member.id) {
      throw new PageError(
        404,
        `no form open for ${member.username} from interaction ${request.interactionId}`,
      );
    }
    if (modal.data.custom_id !== request.customId) {
      throw new PageError(
        400,
        `the form of interaction ${request.interactionId} is "${modal.data.custom_id}"`,
      );
    }
    const fields = Object.fromEntries(
      Object.entries(request.fields ?? {}).filter(([, value]) => typeof value === "string"),
    );
    channel.closeModal(request.interactionId);
    const { id } = standIn.dispatchInteraction(
      builders.modalSubmit(request.customId, fields, member),
    );
    return { id };
  }

  function events(res: ServerResponse) {
    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store",
      connection: "keep-alive",
    });
    const send = (entry: unknown) => res.write(`event: entry\ndata: ${JSON.stringify(entry)}\n\n`);
    for (const entry of channel.entries()) send(entry);
    res.write("event: ready\ndata: {}\n\n");
    const stop = channel.subscribe(send);
    const keepAlive = setInterval(() => res.write(": keep-alive\n\n"), KEEP_ALIVE_MS);
    streams.add(res);
    res.on("close", () => {
      stop();
      clearInterval(keepAlive);
      streams.delete(res);
    });
  }

  async function route(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const key = `${req.method} ${url.pathname}`;
    switch (key) {
      case "GET /":
        return sendFile(res, options.files.html, "text/html; charset=utf-8");
      case "GET /assets/page.js":
        return sendFile(res, options.files.script, "text/javascript; charset=utf-8");
      case "GET /assets/page.css":
        return sendFile(res, options.files.style, "text/css; charset=utf-8");
      case "GET /api/world":
        return sendJson(res, 200, world());
      case "GET /api/articles":
        return sendJson(res, 200, articles());
      case "GET /api/events":
        return events(res);
      case "POST /api/settings": {
        const body = (await readJson(req)) as { command?: unknown; openToEveryone?: unknown };
        if (typeof body.command !== "string" || typeof body.openToEveryone !== "boolean") {
          throw new PageError(400, "expected { command: string, openToEveryone: boolean }");
        }
        if (body.openToEveryone) openedToEveryone.add(body.command);
        else openedToEveryone.delete(body.command);
        return sendJson(res, 200, world());
      }
      case "POST /api/interactions":
        return sendJson(res, 200, await interact((await readJson(req)) as InteractionRequest));
      default:
        throw new PageError(404, `nothing at ${req.method} ${url.pathname}`);
    }
  }

  const server = createServer((req, res) => {
    // Only this machine's pages may drive the sandbox (a Host check against DNS rebinding).
    const host = req.headers.host ?? "";
    if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host)) {
      sendJson(res, 421, { error: `the sandbox answers only to 127.0.0.1, not "${host}"` });
      return;
    }
    route(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.end();
      const status = error instanceof PageError ? error.status : 500;
      sendJson(res, status, { error: (error as Error).message });
    });
  });

  server.listen(options.port, "127.0.0.1");
  await Promise.race([
    once(server, "listening"),
    once(server, "error").then(([error]) => {
      throw error;
    }),
  ]);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      for (const stream of streams) stream.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function sendFile(res: ServerResponse, file: string, type: string) {
  const body = await readFile(file);
  res.writeHead(200, { "content-type": type, "cache-control": "no-store" });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  if (!req.headers["content-type"]?.includes("application/json")) {
    throw new PageError(415, "send JSON (content-type: application/json)");
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new PageError(413, "the body is over 1 MB");
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new PageError(400, "the body is not valid JSON");
  }
}
