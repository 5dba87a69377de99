/**
 * Attachment files the stand-in serves on 127.0.0.1 as Discord's CDN does
 * (`/attachments/<channel id>/<attachment id>/<file name>`), for `/article add file:…`. Each file
 * says what its attachment declares (size, content type) and how it is served (content type,
 * delay before the response), so tests can make a download too large, of the wrong type or slow.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { APIAttachment } from "discord-api-types/v10";
import type { World } from "./world.js";

/** A file to attach to an interaction. */
export interface AttachmentFile {
  /** The file name, e.g. `greve.md`. */
  name: string;
  /** What the CDN sends. */
  body: string | Uint8Array;
  /** The content type the attachment declares (default `text/plain; charset=utf-8`; null: none). */
  contentType?: string | null;
  /** The content type the CDN answers with (default: the declared one; null: no header). */
  servedContentType?: string | null;
  /** The size the attachment declares (default: the body's size in bytes). */
  size?: number;
  /** How long the CDN waits before answering, in ms (default 0). */
  delayMs?: number;
  /** The HTTP status the CDN answers with (default 200). */
  status?: number;
}

/** Where the stand-in serves attachments: a CDN-like path of its own origin. */
export const ATTACHMENT_PATH = /^\/attachments\/(\d+)\/(\d+)\/([^/]+)$/;

/** The attachments a stand-in serves. */
export interface AttachmentServer {
  /** Starts serving a file; returns the attachment to put in an interaction. */
  add(file: AttachmentFile): APIAttachment;
  /** Answers a request when it is for an attachment (true), else leaves it (false). */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** How many times each attachment was downloaded, by id. */
  readonly downloads: ReadonlyMap<string, number>;
  /** Stops the delayed answers still waiting. */
  close(): void;
}

export function createAttachmentServer(world: World, origin: () => string): AttachmentServer {
  const files = new Map<string, AttachmentFile>();
  const downloads = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();

  return {
    downloads,
    add(file) {
      const id = world.snowflake();
      const body = typeof file.body === "string" ? Buffer.from(file.body, "utf8") : file.body;
      files.set(id, file);
      const declared =
        file.contentType === undefined ? "text/plain; charset=utf-8" : file.contentType;
      const url = `${origin()}/attachments/${world.channel.id}/${id}/${encodeURIComponent(file.name)}`;
      return {
        id,
        filename: file.name,
        size: file.size ?? body.byteLength,
        url,
        proxy_url: url,
        ...(declared === null ? {} : { content_type: declared }),
      };
    },
    handle(req, res) {
      const match = ATTACHMENT_PATH.exec(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
      if (!match || req.method !== "GET") return false;
      const id = match[2] ?? "";
      const file = files.get(id);
      if (!file) {
        res.writeHead(404).end();
        return true;
      }
      downloads.set(id, (downloads.get(id) ?? 0) + 1);
      const body = typeof file.body === "string" ? Buffer.from(file.body, "utf8") : file.body;
      const declared =
        file.contentType === undefined ? "text/plain; charset=utf-8" : file.contentType;
      const served = file.servedContentType === undefined ? declared : file.servedContentType;
      const answer = () => {
        if (res.destroyed) return;
        res.writeHead(file.status ?? 200, {
          ...(served === null ? {} : { "content-type": served }),
          "content-length": String(body.byteLength),
        });
        res.end(body);
      };
      if (file.delayMs) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          answer();
        }, file.delayMs);
        timers.add(timer);
      } else answer();
      return true;
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
