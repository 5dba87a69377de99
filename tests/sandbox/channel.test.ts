import { InteractionResponseType, MessageFlags } from "discord-api-types/v10";
import { afterEach, describe, expect, it } from "vitest";
import { type ChannelEntry, SandboxChannel } from "../../src/sandbox/channel.js";
import { alice, interactionsFor } from "../../src/sandbox/interactions.js";
import { type InteractionRecord, messageFrom } from "../../src/sandbox/messages.js";
import { createWorld } from "../../src/sandbox/world.js";

const world = createWorld();
const payloads = interactionsFor({ world });
let channel: SandboxChannel;
afterEach(() => channel?.close());

const record = (): InteractionRecord => {
  const id = world.snowflake();
  return {
    id,
    token: `token-${id}`,
    payload: { ...payloads.chatInput("ask", { question: "x" }, alice), id, token: `token-${id}` },
    callback: null,
    original: null,
    followUps: [],
  };
};

describe("the sandbox channel", () => {
  it("shows a deferred reply as thinking, then the edit; ephemeral ones to their user only", () => {
    channel = new SandboxChannel();
    const seen: ChannelEntry[] = [];
    channel.subscribe((entry) => seen.push(entry));
    const asked = record();
    channel.apply({ type: "interaction", record: asked });
    asked.callback = {
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: { flags: MessageFlags.Ephemeral },
    };
    asked.original = messageFrom(world, { flags: MessageFlags.Ephemeral }, world.channel.id);
    channel.apply({ type: "callback", record: asked });
    channel.apply({ type: "message", record: asked, message: asked.original, kind: "original" });
    expect(seen.at(-1)).toMatchObject({
      thinking: true,
      visibleTo: alice.id,
      user: { id: alice.id },
    });
    asked.original.content = "done";
    channel.apply({ type: "edit", record: asked, message: asked.original });
    expect(channel.entries()).toHaveLength(1);
    expect(channel.entries()[0]).toMatchObject({ thinking: false, message: { content: "done" } });
  });

  it("says 'The application did not respond' when no callback came in time", async () => {
    channel = new SandboxChannel({ firstResponseMs: 20 });
    const asked = record();
    channel.apply({ type: "interaction", record: asked });
    await expect
      .poll(() => channel.entries()[0]?.errors)
      .toEqual(["The application did not respond"]);
    expect(channel.entries()[0]?.trigger).toEqual({ kind: "command", name: "ask" });
  });

  it("keeps refusals tied to their interaction, and lists the others on their own", () => {
    channel = new SandboxChannel();
    const asked = record();
    channel.apply({ type: "failure", problem: "content is 2001 > 2000", record: asked });
    channel.apply({ type: "failure", problem: "unhandled request: GET /x", record: null });
    expect(channel.entries().map((entry) => [entry.interactionId, entry.errors])).toEqual([
      [asked.id, ["content is 2001 > 2000"]],
      [null, ["unhandled request: GET /x"]],
    ]);
  });
});
