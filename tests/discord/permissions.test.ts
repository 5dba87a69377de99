import { describe, expect, it } from "vitest";
import { parsePermissionBits } from "../../src/discord/permissions.js";

describe("parsePermissionBits", () => {
  it("reads a decimal string as Discord sends it, and a safe integer", () => {
    expect(parsePermissionBits("32")).toBe(32n);
    expect(parsePermissionBits("0")).toBe(0n);
    expect(parsePermissionBits(String(1n << 51n))).toBe(1n << 51n);
    expect(parsePermissionBits(8)).toBe(8n);
  });

  it.each([
    ["-1"],
    ["0x20"],
    [" 32 "],
    ["32 "],
    ["ManageGuild"],
    ["Administrator"],
    ["1e3"],
    ["3.0"],
    [""],
    [String(1n << 64n)],
    [2 ** 64 - 1],
    [-1],
    [1.5],
    [null],
    [undefined],
    [{}],
    [["32"]],
    [true],
  ])("reads %j as no permission", (raw) => {
    expect(parsePermissionBits(raw)).toBe(0n);
  });
});
