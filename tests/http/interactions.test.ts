import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "../../src/http/interactions-server.js";
import {
  alice,
  basile,
  buttonIds,
  interactionsFor,
  MANAGE_GUILD,
} from "../../src/sandbox/interactions.js";
import { type StoredMessage } from "../../src/sandbox/stand-in.js";
import {
  type HttpGazette,
  signatureHeaders,
  startHttpGazette,
  testKeyPair,
} from "./signed-discord.js";

const EPHEMERAL = 64;

type Callback = {
  type: number;
  data?: { content?: string; flags?: number; choices?: { value: string }[] };
};
const embedsOf = (message: StoredMessage) => (message.embeds ?? []) as { title?: string }[];

/** How many interactions the dispatcher handled, from the metrics (all commands and outcomes). */
async function handledCount(run: HttpGazette): Promise<number> {
  const { body } = await run.gazette.metrics.text();
  return body
    .split("\n")
    .filter((line) => line.startsWith("gazette_interactions_total{"))
    .reduce((sum, line) => sum + Number(line.split(" ").at(-1)), 0);
}

describe("HTTP interactions mode", () => {
  let run: HttpGazette;
  let payloads: ReturnType<typeof interactionsFor>;

  beforeAll(async () => {
    run = await startHttpGazette({ HEALTH_PORT: "0" });
    payloads = interactionsFor(run.discord);
  });
  afterAll(async () => {
    await run?.stop();
  });

  const signed = (body: string) => signatureHeaders(run.privateKey, body);

  it("opens no gateway connection and says where it listens", () => {
    expect(run.discord.gateway.identifies).toBe(0);
    expect(run.discord.requests.some((request) => request.path.startsWith("/gateway"))).toBe(false);
    const listening = run.logs.entries.find((entry) =>
      entry.message?.startsWith("interactions endpoint listening"),
    );
    expect(listening?.fields).toMatchObject({ host: "127.0.0.1", path: "/interactions" });
  });

  it("answers a signed PING with PONG", async () => {
    const body = JSON.stringify({ id: "1", application_id: run.discord.applicationId, type: 1 });
    expect(await run.post(body, signed(body))).toEqual({ status: 200, body: { type: 1 } });
  });

  it("answers a signed /ask with the passages in the HTTP response", async () => {
    const answer = await run.send(
      payloads.chatInput("ask", { question: "grève des dockers" }, alice),
    );
    expect(answer.status).toBe(200);
    expect((answer.body as Callback).type).toBe(4);
    const { message, ephemeral } = await run.discord.waitForReply(answer.id);
    expect(ephemeral).toBe(false);
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(message.content).toContain("**Question:** grève des dockers");
    expect(embedsOf(message)[0]?.title).toBe("Grève au port de Marseille · §1");
  });

  it("answers autocomplete with choices", async () => {
    const answer = await run.send(
      payloads.autocomplete("ask", "question", { question: "dock" }, alice),
    );
    const callback = answer.body as Callback;
    expect(callback.type).toBe(8);
    expect(callback.data?.choices?.some((choice) => choice.value.includes("dock"))).toBe(true);
  });

  it("pages with the 'more results' button, privately for someone else", async () => {
    const asked = await run.send(
      payloads.chatInput("ask", { question: "Marseille port navires ministre", results: 1 }, alice),
    );
    const first = (await run.discord.waitForReply(asked.id)).message;
    const [more] = buttonIds(first);
    expect(more).toMatch(/^ask:more:[\w-]+:1$/);

    const click = await run.send(payloads.button(String(more), first, basile));
    expect((click.body as Callback).type).toBe(4);
    const page = await run.discord.waitForReply(click.id);
    expect(page.ephemeral).toBe(true);
    expect(page.message.content).toContain("résultat 2");
  });

  it("tells kindly that a page button expired when its page is not in this replica's memory", async () => {
    const asked = await run.send(payloads.chatInput("ask", { question: "grève" }, alice));
    const first = (await run.discord.waitForReply(asked.id)).message;
    // The key another replica handed out: unknown here.
    const click = await run.send(payloads.button("ask:more:elsewhere0:3", first, alice));
    const callback = click.body as Callback;
    expect(callback).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect(callback.data?.content).toContain("expired");
  });

  it("runs /reindex deferred, and its edit reaches Discord's REST", async () => {
    const answer = await run.send(
      payloads.chatInput("reindex", {}, { ...alice, permissions: MANAGE_GUILD }),
    );
    expect(answer.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    const { message, ephemeral } = await run.discord.waitForReply(answer.id);
    expect(ephemeral).toBe(true);
    expect(embedsOf(message)[0]?.title).toBe("Index rebuilt");
    const edit = await run.discord.waitForRequest(
      (request) => request.method === "PATCH" && request.path.includes(`/messages/@original`),
    );
    expect(edit.status).toBe(200);
  });

  it("refuses /reindex to a plain member, privately", async () => {
    const answer = await run.send(payloads.chatInput("reindex", {}, alice));
    const callback = answer.body as Callback;
    expect(callback).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect(callback.data?.content).toContain("only server managers");
  });

  it("reads forged permissions as none, as the gateway bot does: /reindex is refused", async () => {
    const draft = payloads.chatInput("reindex", {}, alice);
    const answer = await run.send({
      ...draft,
      member: { ...draft.member, permissions: "ManageGuild" },
    } as typeof draft);
    expect((answer.body as Callback).data?.content).toContain("only server managers");
  });

  it("answers an interaction type Gazette does not handle (a select menu) privately", async () => {
    const asked = await run.send(payloads.chatInput("ask", { question: "grève" }, alice));
    const message = (await run.discord.waitForReply(asked.id)).message;
    const click = payloads.button("ask:pick", message, alice);
    const answer = await run.send({
      ...click,
      data: { custom_id: "ask:pick", component_type: 3, values: ["a"] },
    } as unknown as typeof click);
    expect(answer.body).toMatchObject({
      type: 4,
      data: { flags: EPHEMERAL, content: "This command is not available any more." },
    });
  });

  it("refuses a forged signature with 401 and runs nothing", async () => {
    const before = await handledCount(run);
    const draft = payloads.chatInput("ask", { question: "grève" }, alice);
    const body = JSON.stringify({ ...draft, id: "900000000000000001", token: "t".repeat(60) });
    const { publicKeyHex: _other, privateKey: forger } = testKeyPair();
    const answer = await run.post(body, signatureHeaders(forger, body));
    expect(answer.status).toBe(401);
    expect(await handledCount(run)).toBe(before);
  });

  it("refuses a valid signature replayed with another body (401)", async () => {
    const before = await handledCount(run);
    const original = JSON.stringify(payloads.chatInput("ask", { question: "grève" }, alice));
    const tampered = JSON.stringify(
      payloads.chatInput("reindex", {}, { ...alice, permissions: MANAGE_GUILD }),
    );
    const answer = await run.post(tampered, signed(original));
    expect(answer.status).toBe(401);
    expect(await handledCount(run)).toBe(before);
  });

  it("refuses an identical replay of a request it already handled (409), and runs it once", async () => {
    const payload = run.discord.registerInteraction(
      payloads.chatInput("ask", { question: "grève des dockers" }, alice),
    );
    const body = JSON.stringify(payload);
    const headers = signed(body);
    const first = await run.post(body, headers);
    expect(first.status).toBe(200);
    const before = await handledCount(run);
    const replay = await run.post(body, headers);
    expect(replay).toEqual({
      status: 409,
      body: { error: "this interaction was already received" },
    });
    expect(await handledCount(run)).toBe(before);
  });

  it("refuses requests without signature headers, or with a stale timestamp (401)", async () => {
    const body = JSON.stringify({ type: 1 });
    expect((await run.post(body, {})).status).toBe(401);
    const { "x-signature-timestamp": timestamp } = signed(body);
    expect((await run.post(body, { "x-signature-timestamp": String(timestamp) })).status).toBe(401);
    const hourAgo = String(Math.floor(Date.now() / 1000) - 3600);
    expect((await run.post(body, signatureHeaders(run.privateKey, body, hourAgo))).status).toBe(
      401,
    );
  });

  it("refuses a body over the limit with 413, sized or streamed", async () => {
    const body = JSON.stringify({ type: 1, pad: "x".repeat(MAX_BODY_BYTES) });
    expect((await run.post(body, signed(body))).status).toBe(413);
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(body));
        controller.close();
      },
    });
    const streamed = await fetch(run.endpointUrl, {
      method: "POST",
      body: stream,
      headers: signed(body),
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it("answers 400 to a signed body that is not JSON or not an interaction", async () => {
    const notJson = "{type: 1";
    const answer = await run.post(notJson, signed(notJson));
    expect(answer).toEqual({ status: 400, body: { error: "body is not JSON" } });
    const draft = payloads.chatInput("ask", { question: "grève" }, alice);
    const wrong = JSON.stringify({
      ...draft,
      id: "900000000000000002",
      token: "t".repeat(60),
      data: { ...draft.data, options: [{ name: "question", type: 3, value: 42 }] },
    });
    const schema = await run.post(wrong, signed(wrong));
    expect(schema.status).toBe(400);
    expect((schema.body as { error: string }).error).toContain("ask.question");
  });

  it("answers 404 elsewhere and 405 to other methods", async () => {
    const elsewhere = await fetch(run.endpointUrl.replace("/interactions", "/other"), {
      method: "POST",
    });
    expect(elsewhere.status).toBe(404);
    const get = await fetch(run.endpointUrl);
    expect([get.status, get.headers.get("allow")]).toEqual([405, "POST"]);
  });

  it("keeps health and metrics: ready without a gateway, interactions counted", async () => {
    const port = run.gazette.health?.port;
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", gateway: { connected: false } });
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toMatch(
      /gazette_interactions_total\{command="ask",type="command",outcome="answered"\} [1-9]/,
    );
    expect(metrics).toMatch(/^gazette_gateway_connected 0$/m);
  });
});

describe("HTTP interactions mode with deferred answers", () => {
  let run: HttpGazette;
  let payloads: ReturnType<typeof interactionsFor>;

  beforeAll(async () => {
    // The fixture corpus holds a handful of passages: a threshold of 1 makes every /ask defer.
    run = await startHttpGazette({ DEFER_ABOVE_PASSAGES: "1" });
    payloads = interactionsFor(run.discord);
  });
  afterAll(async () => {
    await run?.stop();
  });

  it("answers with the deferral, then edits it through Discord's REST", async () => {
    const answer = await run.send(
      payloads.chatInput("ask", { question: "grève des dockers" }, alice),
    );
    expect(answer.body).toMatchObject({ type: 5 });
    expect((answer.body as Callback).data?.flags ?? 0).toBe(0);
    const { message, ephemeral } = await run.discord.waitForReply(answer.id);
    expect(ephemeral).toBe(false);
    expect(message.content).toContain("**Question:** grève des dockers");
    expect(embedsOf(message)[0]?.title).toBe("Grève au port de Marseille · §1");
  });

  it("answers 'restarting' while draining, like the gateway bot", async () => {
    run.gazette.bot.dispatcher.drain();
    const answer = await run.send(payloads.chatInput("ask", { question: "grève" }, basile));
    expect(answer.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect((answer.body as Callback).data?.content).toContain("Gazette redémarre");
  });
});
