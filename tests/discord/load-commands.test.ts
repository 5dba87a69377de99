import { describe, expect, it } from "vitest";
import { loadCommands } from "../../src/discord/load-commands.js";

const fixtures = new URL("./fixtures/", import.meta.url);

describe("loadCommands", () => {
  it("loads Gazette's commands by name", async () => {
    const commands = await loadCommands();
    expect([...commands.keys()].sort()).toEqual(["article", "ask", "reindex", "report", "summary"]);
  });

  it("rejects a module that is not a command, naming the file and the fix", async () => {
    await expect(loadCommands(new URL("malformed/", fixtures))).rejects.toThrow(
      /malformed\/broken\.ts: "execute" is not a function; a command module default-exports \{ data, execute \} satisfies Command/,
    );
  });

  it("rejects two commands with the same name", async () => {
    await expect(loadCommands(new URL("duplicate/", fixtures))).rejects.toThrow(
      /duplicate\/b\.ts: a command named "\/same" is already defined in .*duplicate\/a\.ts/,
    );
  });
});
