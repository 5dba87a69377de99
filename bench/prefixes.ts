import type { EvalQuestion } from "../src/eval/metrics.js";

/**
 * What a user has typed at successive keystrokes of each question, as Discord sends autocomplete
 * requests: every `step`-th prefix that ends inside a word (`Combien de kil`), so each one asks
 * to complete a partial word.
 */
export function typingPrefixes(questions: readonly EvalQuestion[], step = 2): string[] {
  const prefixes: string[] = [];
  for (const { question } of questions) {
    for (let end = 1; end <= question.length; end += step) {
      const prefix = question.slice(0, end);
      if (/\p{L}$/u.test(prefix)) prefixes.push(prefix);
    }
  }
  return prefixes;
}
