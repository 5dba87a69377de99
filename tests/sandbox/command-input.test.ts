import { describe, expect, it } from "vitest";
import article from "../../commands/article.js";
import ask from "../../commands/ask.js";
import reindex from "../../commands/reindex.js";
import summary from "../../commands/summary.js";
import {
  type CommandSpec,
  convertOptions,
  flattenSubcommands,
  memberCanUse,
  readCommandLine,
  splitCommandName,
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

describe("subcommands in the message box", () => {
  const flat = flattenSubcommands([article.data, ask.data] as unknown as CommandSpec[]);

  it("offers one entry per subcommand, named and localised both ways", () => {
    expect(flat.map((command) => command.name)).toEqual([
      "article add",
      "article list",
      "article remove",
      "ask",
    ]);
    expect(flat[2]?.name_localizations?.fr).toBe("article retirer");
    expect(splitCommandName("article remove")).toEqual({
      command: "article",
      subcommand: "remove",
    });
    expect(splitCommandName("ask")).toEqual({ command: "ask", subcommand: null });
  });

  it("reads a subcommand's options after its two-word name, in French too", () => {
    const line = readCommandLine("/article retirer identifiant: greve-port", flat, "fr");
    expect(line?.command?.name).toBe("article remove");
    expect(Object.fromEntries(line?.values ?? [])).toEqual({ id: "greve-port" });
    const list = readCommandLine("/article list page: 2", flat, "en-US");
    const converted = convertOptions(list!.command!, list!.values, "en-US");
    expect(converted).toEqual({ options: { page: 2 }, problems: [] });
  });

  it("lists the subcommands while the second word is typed", () => {
    expect(readCommandLine("/article l", flat, "en-US")).toMatchObject({
      command: null,
      commandQuery: "article l",
    });
  });
});
