import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { NotMeasured } from "./figures.js";
import type { EndToEndSummary } from "./targets.js";

const STAND_IN = fileURLToPath(new URL("../tests/support/discord-stand-in/", import.meta.url));

export type EndToEndResult = (EndToEndSummary & Record<string, unknown>) | NotMeasured;

/** /ask through discord.js on the local Discord stand-in, Gazette against the null bot. */
export async function measureEndToEnd(_options: {
  quick: boolean;
  log: (line: string) => void;
}): Promise<EndToEndResult> {
  if (!existsSync(STAND_IN)) {
    return {
      notMeasured:
        "the local Discord stand-in (tests/support/discord-stand-in/) and the bot factory have not landed in this tree yet; no end-to-end figure is reported rather than a made-up one",
    };
  }
  return { notMeasured: "end-to-end measurement not wired yet" };
}

export function formatEndToEnd(result: EndToEndResult): string {
  if ("notMeasured" in result) return `End to end: not measured (${result.notMeasured})`;
  return "End to end";
}
