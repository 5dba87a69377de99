import { PermissionFlagsBits, PermissionsBitField } from "discord.js";
import { describe, expect, it } from "vitest";
import { Cooldowns } from "../../src/discord/cooldowns.js";
import { buildCustomId, parseCustomId } from "../../src/discord/custom-id.js";
import { inviteUrl } from "../../src/discord/invite.js";
import { mayReindex } from "../../src/discord/permissions.js";
import { TtlStore } from "../../src/discord/ttl-store.js";

describe("TtlStore", () => {
  it("forgets entries after their TTL and the oldest past its size", () => {
    let now = 0;
    const store = new TtlStore<string>({ ttlMs: 1000, maxEntries: 2, now: () => now });
    const a = store.add("a");
    expect(a).toMatch(/^[\w-]{10}$/);
    const b = store.add("b");
    const c = store.add("c");
    expect([store.get(a), store.get(b), store.get(c)]).toEqual([undefined, "b", "c"]);
    now = 1000;
    expect(store.get(b)).toBeUndefined();
    expect(store.size).toBe(0);
  });
});

describe("Cooldowns", () => {
  it("lets a user ask a burst of questions, then says when the oldest leaves the window", () => {
    let now = 0;
    const cooldowns = new Cooldowns({ seconds: 30, burst: 3, now: () => now });
    expect([cooldowns.take("u1"), cooldowns.take("u1")]).toEqual([0, 0]);
    now = 10_000;
    expect(cooldowns.take("u1")).toBe(0);
    now = 12_200;
    expect(cooldowns.take("u1")).toBe(18);
    expect(cooldowns.take("u2")).toBe(0);
    now = 30_000;
    expect(cooldowns.take("u1")).toBe(0);
    expect(cooldowns.take("u1")).toBe(0);
    expect(cooldowns.take("u1")).toBe(10);
  });

  it("does not count refused questions against the user", () => {
    let now = 0;
    const cooldowns = new Cooldowns({ seconds: 10, burst: 1, now: () => now });
    expect(cooldowns.take("u")).toBe(0);
    for (const at of [1000, 5000, 9000]) {
      now = at;
      expect(cooldowns.take("u")).toBeGreaterThan(0);
    }
    now = 10_000;
    expect(cooldowns.take("u")).toBe(0);
  });

  it("forgets users whose questions all left the window", () => {
    let now = 0;
    const cooldowns = new Cooldowns({ seconds: 5, burst: 2, now: () => now });
    for (let user = 0; user < 100; user++) cooldowns.take(`u${user}`);
    now = 6000;
    cooldowns.take("late");
    expect(cooldowns.size).toBe(1);
  });

  it("is off at 0 seconds", () => {
    const cooldowns = new Cooldowns({ seconds: 0, burst: 1 });
    expect([cooldowns.take("u"), cooldowns.take("u")]).toEqual([0, 0]);
  });
});

describe("mayReindex", () => {
  const member = (bits: bigint[]) => new PermissionsBitField(bits);
  it("allows Manage Server, Administrator and listed users, in a server only", () => {
    const base = { userId: "1", inGuild: true };
    expect(
      mayReindex({ ...base, permissions: member([PermissionFlagsBits.ManageGuild]) }, []),
    ).toBe(true);
    expect(
      mayReindex({ ...base, permissions: member([PermissionFlagsBits.Administrator]) }, []),
    ).toBe(true);
    expect(
      mayReindex({ ...base, permissions: member([PermissionFlagsBits.SendMessages]) }, []),
    ).toBe(false);
    expect(mayReindex({ ...base, permissions: member([]) }, ["1"])).toBe(true);
    expect(mayReindex({ userId: "1", inGuild: false, permissions: null }, ["1"])).toBe(false);
  });
});

describe("custom ids", () => {
  it("round-trips parts and refuses ids Discord would reject", () => {
    expect(parseCustomId(buildCustomId("ask", "more", "k", 3))).toEqual({
      command: "ask",
      parts: ["more", "k", "3"],
    });
    expect(() => buildCustomId("ask", "a:b")).toThrow(/cannot contain ":"/);
    expect(() => buildCustomId("ask", "x".repeat(100))).toThrow(/at most 100/);
  });
});

describe("inviteUrl", () => {
  it("asks for the bot and applications.commands scopes and the permissions Gazette uses", () => {
    const url = new URL(inviteUrl("100000000000000001"));
    expect(url.searchParams.get("scope")).toBe("bot applications.commands");
    const permissions = new PermissionsBitField(BigInt(url.searchParams.get("permissions") ?? "0"));
    expect(permissions.toArray().sort()).toEqual(["EmbedLinks", "SendMessages", "ViewChannel"]);
  });
});
