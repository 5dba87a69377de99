import { describe, expect, it } from "vitest";
import ask from "../../commands/ask.js";
import reindex from "../../commands/reindex.js";
import summary from "../../commands/summary.js";
import {
  type CommandSpec,
  convertOptions,
  memberCanUse,
  readCommandLine,
} from "../../src/sandbox/command-input.js";
import { MANAGE_GUILD, PLAIN_MEMBER_PERMISSIONS } from "../../src/sandbox/interactions.js";

const commands = [ask.data, summary.data, reindex.data] as unknown as CommandSpec[];

describe("reading the message box", () => {
  it("fills the first required option with the text after the command, as Discord does", () => {
    const line = readCommandLine("/ask c'est qui qui démine Palmyre ?", commands, "fr");
    expect(line?.command?.name).toBe("ask");
    expect(line?.current?.name).toBe("question");
    expect(Object.fromEntries(line?.values ?? [])).toEqual({
      question: "c'est qui qui démine Palmyre ?",
    });
  });

  it("reads localised command and option names, the option being typed last", () => {
    const line = readCommandLine("/question question: les démineurs résultats: 2", commands, "fr");
    expect(line?.command?.name).toBe("ask");
    expect(line?.current?.name).toBe("results");
    expect(Object.fromEntries(line?.values ?? [])).toEqual({
      question: "les démineurs",
      results: "2",
    });
  });

  it("lists commands while the name is typed, and takes a full name without options at once", () => {
    expect(readCommandLine("/rés", commands, "fr")).toMatchObject({
      command: null,
      commandQuery: "rés",
    });
    expect(readCommandLine("/réindexer", commands, "fr")?.command?.name).toBe("reindex");
    expect(readCommandLine("plain text", commands, "fr")).toBeNull();
  });
});

describe("converting options as Discord's client does", () => {
  const values = (entries: Record<string, string>) => new Map(Object.entries(entries));

  it("converts integers, booleans and choices, by localised choice name too", () => {
    expect(
      convertOptions(
        ask.data as unknown as CommandSpec,
        values({ question: "grève", results: "2", private: "True" }),
        "en-US",
      ),
    ).toEqual({
      options: { question: "grève", results: 2, private: true },
      problems: [],
    });
    expect(
      convertOptions(summary.data as unknown as CommandSpec, values({ length: "Moyen" }), "fr")
        .options,
    ).toEqual({ length: "medium" });
  });

  it("lists what Discord would not send: a missing required option, a value out of range", () => {
    expect(
      convertOptions(ask.data as unknown as CommandSpec, values({ results: "9" }), "en-US")
        .problems,
    ).toEqual(["question: this option is required", "results: at most 5"]);
  });

  it("sends the value of a picked autocomplete choice, whose name is what was shown", () => {
    const picked = new Map([["article", { name: "Le musée rouvre", value: "musee-lyon" }]]);
    expect(
      convertOptions(
        summary.data as unknown as CommandSpec,
        values({ article: "Le musée rouvre" }),
        "fr",
        picked,
      ).options,
    ).toEqual({ article: "musee-lyon" });
  });
});

describe("who Discord lets use a command", () => {
  const command = reindex.data as unknown as CommandSpec;
  it("hides /reindex from plain members unless the server opened it to everyone", () => {
    expect(memberCanUse(command, PLAIN_MEMBER_PERMISSIONS, false)).toBe(false);
    expect(memberCanUse(command, PLAIN_MEMBER_PERMISSIONS, true)).toBe(true);
    expect(memberCanUse(command, MANAGE_GUILD, false)).toBe(true);
    expect(memberCanUse(ask.data as unknown as CommandSpec, PLAIN_MEMBER_PERMISSIONS, false)).toBe(
      true,
    );
  });
});
