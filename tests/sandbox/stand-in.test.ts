import { once } from "node:events";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import {
  type StandInEvent,
  startDiscordStandIn,
  type DiscordStandIn,
} from "../../src/sandbox/stand-in.js";
import { alice, interactionsFor } from "../../src/sandbox/interactions.js";

/** The stand-in's own behaviour, through raw HTTP and WebSocket (no discord.js). */
let discord: DiscordStandIn | null = null;
afterEach(async () => {
  await discord?.close().catch(() => undefined);
  discord = null;
});

const api = (stand: DiscordStandIn, path: string, init: RequestInit = {}) =>
  fetch(`${stand.restUrl}/v10${path}`, {
    ...init,
    headers: {
      authorization: `Bot ${stand.token}`,
      "content-type": "application/json",
      ...(init.headers ?? {}),
    },
  });

/** Connects to the gateway and identifies; resolves with the socket and what it received. */
async function identify(stand: DiscordStandIn, token = stand.token, shard?: [number, number]) {
  const socket = new WebSocket(`${stand.gatewayUrl}?v=10&encoding=json`);
  const received: { op: number; t?: string | null; d?: unknown }[] = [];
  socket.on("message", (data) => received.push(JSON.parse(data.toString())));
  await once(socket, "open");
  socket.send(
    JSON.stringify({
      op: 2,
      d: { token, intents: 1, properties: {}, ...(shard ? { shard } : {}) },
    }),
  );
  return { socket, received };
}

describe("the Discord stand-in", () => {
  it("sends HELLO, then READY and GUILD_CREATE with its world's ids after IDENTIFY", async () => {
    discord = await startDiscordStandIn({ heartbeatIntervalMs: 1000 });
    const { socket, received } = await identify(discord);
    await discord.waitForReady();
    await expect.poll(() => received.length).toBeGreaterThanOrEqual(3);
    expect(received[0]).toMatchObject({ op: 10, d: { heartbeat_interval: 1000 } });
    expect(received[1]).toMatchObject({
      op: 0,
      t: "READY",
      d: { user: { id: discord.applicationId } },
    });
    expect(received[2]).toMatchObject({
      op: 0,
      t: "GUILD_CREATE",
      d: { id: discord.guildId, channels: [{ id: discord.channelId }] },
    });
    socket.close();
  });

  it("serves two shards: the count from /gateway/bot, each its own servers, interactions routed by guild", async () => {
    discord = await startDiscordStandIn({ shards: 2 });
    const gateway = (await (await api(discord, "/gateway/bot")).json()) as { shards: number };
    expect(gateway.shards).toBe(2);
    const [guild0, guild1] = discord.guilds.map(({ guild }) => guild.id);
    expect([guild0, guild1].map((id) => Number((BigInt(id!) >> 22n) % 2n))).toEqual([0, 1]);

    const zero = await identify(discord, discord.token, [0, 2]);
    const one = await identify(discord, discord.token, [1, 2]);
    await discord.waitForReady();
    const guildsOf = (received: { t?: string | null; d?: unknown }[]) =>
      received.filter((m) => m.t === "GUILD_CREATE").map((m) => (m.d as { id: string }).id);
    await expect.poll(() => guildsOf(one.received)).toEqual([guild1]);
    expect(guildsOf(zero.received)).toEqual([guild0]);
    expect(zero.received.find((m) => m.t === "READY")?.d).toMatchObject({ shard: [0, 2] });

    const sent = discord.dispatchInteraction(
      interactionsFor(discord, { guildId: guild1 }).chatInput("ask", { question: "x" }, alice),
    );
    expect(sent.shard).toBe(1);
    const interactionsOf = (received: { t?: string | null }[]) =>
      received.filter((m) => m.t === "INTERACTION_CREATE").length;
    await expect.poll(() => interactionsOf(one.received)).toBe(1);
    expect(interactionsOf(zero.received)).toBe(0);
    zero.socket.close();
    one.socket.close();
  });

  it("closes the gateway with 4010 on a shard outside its count", async () => {
    discord = await startDiscordStandIn({ shards: 2 });
    const { socket } = await identify(discord, discord.token, [2, 2]);
    const [code] = (await once(socket, "close")) as [number];
    expect(code).toBe(4010);
  });

  it("closes the gateway with 4004 on a wrong token", async () => {
    discord = await startDiscordStandIn();
    const { socket } = await identify(discord, "not.the.token");
    const [code] = (await once(socket, "close")) as [number];
    expect(code).toBe(4004);
  });

  it("answers 401 to REST calls without the bot token", async () => {
    discord = await startDiscordStandIn();
    const response = await api(discord, "/gateway/bot", { headers: { authorization: "Bot nope" } });
    expect(response.status).toBe(401);
  });

  it("answers unknown routes 404 and makes close() fail, naming them", async () => {
    discord = await startDiscordStandIn();
    const response = await api(discord, "/channels/1/messages", { method: "POST", body: "{}" });
    expect(response.status).toBe(404);
    const stand = discord;
    discord = null;
    await expect(stand.close()).rejects.toThrow(
      "Discord stand-in saw bad requests:\n  unhandled request: POST /api/v10/channels/1/messages",
    );
  });

  it("refuses a reply past a Discord limit with 400 and tells listeners which interaction", async () => {
    discord = await startDiscordStandIn();
    const { socket } = await identify(discord);
    await discord.waitForReady();
    const events: StandInEvent[] = [];
    discord.subscribe((event) => events.push(event));
    const { id, token } = discord.dispatchInteraction(
      interactionsFor(discord).chatInput("ask", { question: "x" }, alice),
    );
    const response = await api(discord, `/interactions/${id}/${token}/callback`, {
      method: "POST",
      body: JSON.stringify({ type: 4, data: { content: "x".repeat(2001) } }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      code: 50035,
      errors: ["content is 2001 > 2000"],
    });
    const failure = events.find((event) => event.type === "failure");
    expect(failure).toMatchObject({ problem: expect.stringContaining("content is 2001 > 2000") });
    expect(failure?.type === "failure" && failure.record?.id).toBe(id);
    expect(discord.failures).toHaveLength(1);
    socket.close();
  });

  it("stores the reply, emits it, and edits a clicked message on an update callback", async () => {
    discord = await startDiscordStandIn();
    const { socket } = await identify(discord);
    await discord.waitForReady();
    const events: StandInEvent["type"][] = [];
    discord.subscribe((event) => events.push(event.type));
    const payloads = interactionsFor(discord);
    const asked = discord.dispatchInteraction(payloads.chatInput("ask", { question: "x" }, alice));
    await api(discord, `/interactions/${asked.id}/${asked.token}/callback`, {
      method: "POST",
      body: JSON.stringify({ type: 4, data: { content: "first" } }),
    });
    const { message } = await discord.waitForReply(asked.id);
    expect(message).toMatchObject({ content: "first", author: { id: discord.applicationId } });

    const click = discord.dispatchInteraction(payloads.button("more", message, alice));
    await api(discord, `/interactions/${click.id}/${click.token}/callback`, {
      method: "POST",
      body: JSON.stringify({ type: 7, data: { content: "second" } }),
    });
    expect(discord.message(message.id)?.content).toBe("second");
    expect(events).toEqual([
      "interaction",
      "callback",
      "message",
      "interaction",
      "callback",
      "edit",
    ]);
    socket.close();
  });

  it("refuses a modal past Discord's limits and serves attachments as declared", async () => {
    discord = await startDiscordStandIn();
    const { socket } = await identify(discord);
    await discord.waitForReady();
    const { id, token } = discord.dispatchInteraction(
      interactionsFor(discord).chatInput("article", {}, alice),
    );
    const label = { type: 18, label: "Titre", component: { type: 4, custom_id: "t", style: 1 } };
    const response = await api(discord, `/interactions/${id}/${token}/callback`, {
      method: "POST",
      body: JSON.stringify({
        type: 9,
        data: {
          custom_id: "article:modal",
          title: "x".repeat(46),
          components: [{ ...label, component: { ...label.component, max_length: 4001 } }],
        },
      }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errors: ["modal title length 46 (1-45)", "modal components[0] max_length 4001 (1-4000)"],
    });
    (discord.failures as string[]).length = 0; /* the refusal above was expected */

    const attachment = discord.serveAttachment({
      name: "a b.md",
      body: "Titre\n\nTexte.\n",
      contentType: "text/markdown",
      size: 3,
    });
    expect(attachment).toMatchObject({
      filename: "a b.md",
      size: 3,
      content_type: "text/markdown",
    });
    expect(new URL(attachment.url).hostname).toBe("127.0.0.1");
    const served = await fetch(attachment.url);
    expect(served.headers.get("content-type")).toBe("text/markdown");
    expect(await served.text()).toBe("Titre\n\nTexte.\n");
    expect(discord.attachments.downloads.get(attachment.id)).toBe(1);
    socket.close();
  });

  it("says what it waited for when a wait times out", async () => {
    discord = await startDiscordStandIn({ timeoutMs: 50 });
    await expect(discord.waitForReady()).rejects.toThrow(
      "Discord stand-in: timed out after 50 ms waiting for the bot to identify",
    );
  });
});
