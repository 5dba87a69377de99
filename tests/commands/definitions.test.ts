import { describe, expect, it } from "vitest";
import ask from "../../commands/ask.js";
import reindex from "../../commands/reindex.js";
import report from "../../commands/report.js";
import summary from "../../commands/summary.js";
import type { Command } from "../../src/discord/command.js";
import { commandProblems } from "../../src/sandbox/limits.js";

const commands: Command[] = [ask, summary, reindex, report];
const LOCALES = ["fr", "en-US", "en-GB"];

describe("command definitions", () => {
  it("are valid registrations for Discord (names, descriptions, sizes)", () => {
    expect(commandProblems(commands.map((command) => command.data))).toEqual([]);
  });

  it("carry French and English names and descriptions on every command and option", () => {
    for (const { data } of commands) {
      const localized = [data, ...(data.options ?? [])];
      for (const item of localized) {
        expect(Object.keys(item.name_localizations ?? {}).sort()).toEqual([...LOCALES].sort());
        expect(Object.keys(item.description_localizations ?? {}).sort()).toEqual(
          [...LOCALES].sort(),
        );
      }
    }
    expect(summary.data.name_localizations?.fr).toBe("résumé");
  });

  it("limit /ask results to 1-5 and autocomplete the question", () => {
    const options = ask.data.options ?? [];
    expect(options.find((option) => option.name === "results")).toMatchObject({
      min_value: 1,
      max_value: 5,
    });
    expect(options.find((option) => option.name === "question")).toMatchObject({
      required: true,
      autocomplete: true,
    });
  });

  it("restrict /report to Manage Server in servers, like /reindex", () => {
    expect(report.data).toMatchObject({ default_member_permissions: "32", contexts: [0] });
  });

  it("restrict /reindex to Manage Server in servers, and cool down /ask and /summary only", () => {
    expect(reindex.data).toMatchObject({ default_member_permissions: "32", contexts: [0] });
    expect(commands.map((command) => Boolean(command.cooldown))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
