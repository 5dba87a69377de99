/** Number of leading characters two strings share. */
export function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let length = 0;
  while (length < limit && a[length] === b[length]) length++;
  return length;
}

/**
 * Levenshtein distance between two words, or `max + 1` as soon as it must exceed `max`
 * (the article's words are compared on every keystroke, so hopeless pairs stop early).
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** Typos tolerated in a word of this length: none under 5 letters, one up to 7, two from 8. */
export function typoBudget(word: string): number {
  if (word.length < 5) return 0;
  return word.length < 8 ? 1 : 2;
}

/**
 * Whether two folded words are probably the same idea: one typo away, or sharing a long enough
 * beginning (`deminage` and `demineurs` share `demin`): at least 5 letters and 60 % of the shorter.
 * Returns how close (1 = same word), 0 when they are not.
 */
export function wordCloseness(typed: string, known: string): number {
  if (typed === known) return 1;
  const prefix = commonPrefixLength(typed, known);
  if (prefix >= Math.max(5, Math.ceil(0.6 * Math.min(typed.length, known.length)))) return 0.7;
  const budget = typoBudget(typed);
  if (budget === 0) return 0;
  const distance = editDistance(typed, known, budget);
  return distance <= budget ? 0.6 / distance : 0;
}
