import type { ApplicationCommandOptionChoiceData } from "discord.js";
import { LIMITS } from "./limits.js";
import { truncateWords } from "./text.js";

/**
 * Autocomplete choices Discord accepts: at most 25, names cut to 100 characters, values of 1-100
 * characters (others dropped, since a cut value would mean something else), no duplicate value.
 */
export function formatChoices(
  candidates: readonly { name: string; value: string }[],
): ApplicationCommandOptionChoiceData<string>[] {
  const seen = new Set<string>();
  const choices: ApplicationCommandOptionChoiceData<string>[] = [];
  for (const { name, value } of candidates) {
    const label = truncateWords(name.replace(/\s+/g, " ").trim(), LIMITS.choiceName);
    if (label === "" || value === "" || value.length > LIMITS.choiceValue || seen.has(value)) {
      continue;
    }
    seen.add(value);
    choices.push({ name: label, value });
    if (choices.length === LIMITS.choices) break;
  }
  return choices;
}

/** Choices whose name is their value (autocomplete of free text). */
export function formatTextChoices(values: readonly string[]) {
  return formatChoices(values.map((value) => ({ name: value, value: value.trim() })));
}
