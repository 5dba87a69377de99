import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DownloadError,
  type DownloadFailure,
  downloadArticleText,
  isArticleContentType,
} from "../../src/corpus/download.js";

describe("downloadArticleText", () => {
  let server: Server;
  let origin: string;
  const hits: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? "");
      if (req.url === "/redirect") {
        res.writeHead(302, { location: "http://example.org/" }).end();
      } else if (req.url === "/ok") {
        res.writeHead(200, { "content-type": "text/markdown; charset=UTF-8" }).end("# Titre\n");
      } else {
        res.writeHead(404).end();
      }
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const limits = () => ({ maxBytes: 1000, timeoutMs: 2000, allowedOrigins: [origin] });
  const failureOf = async (promise: Promise<unknown>): Promise<DownloadFailure> => {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DownloadError);
    return (error as DownloadError).failure;
  };

  it("downloads text from an allowed origin", async () => {
    const text = await downloadArticleText(
      { url: `${origin}/ok`, size: 8, contentType: "text/markdown" },
      limits(),
    );
    expect(text).toBe("# Titre\n");
  });

  it("never requests a URL outside the allowed origins", async () => {
    const before = hits.length;
    expect(
      await failureOf(
        downloadArticleText(
          { url: "http://169.254.169.254/latest/meta-data", size: 1, contentType: null },
          limits(),
        ),
      ),
    ).toEqual({ reason: "origin", origin: "http://169.254.169.254" });
    expect(
      await failureOf(
        downloadArticleText({ url: "file:///etc/passwd", size: 1, contentType: null }, limits()),
      ),
    ).toMatchObject({ reason: "origin" });
    expect(hits.length).toBe(before);
  });

  it("does not follow a redirect away from the allowed origin", async () => {
    expect(
      await failureOf(
        downloadArticleText({ url: `${origin}/redirect`, size: 1, contentType: null }, limits()),
      ),
    ).toMatchObject({ reason: "network" });
  });

  it("reports a response that is not 200", async () => {
    expect(
      await failureOf(
        downloadArticleText({ url: `${origin}/missing`, size: 1, contentType: null }, limits()),
      ),
    ).toEqual({ reason: "http", status: 404 });
  });
});

describe("isArticleContentType", () => {
  it("accepts plain text and Markdown in UTF-8, refuses the rest", () => {
    expect(isArticleContentType("text/plain")).toBe(true);
    expect(isArticleContentType("text/plain; charset=utf-8")).toBe(true);
    expect(isArticleContentType('text/markdown; charset="UTF-8"')).toBe(true);
    expect(isArticleContentType("text/plain; charset=windows-1252")).toBe(false);
    expect(isArticleContentType("text/html")).toBe(false);
    expect(isArticleContentType("application/octet-stream")).toBe(false);
    expect(isArticleContentType(null)).toBe(false);
  });
});
