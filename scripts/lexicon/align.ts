/**
 * Re-keying OMW synset ids onto the WordNet files at hand. OMW uses the byte offsets of the
 * original WordNet 3.0 `data.*` files; Debian's `wordnet-base` (1:3.0-37) ships `data.verb` and
 * `data.adj` with a few lines of a different length, so a stretch of their offsets is shifted by a
 * few bytes (18 in `data.verb`, 1 in `data.adj`). Since both files list the same synsets in the
 * same order, each OMW offset is matched to the WordNet offset closest to it plus the shift
 * found so far.
 */
import type { SynsetLemmas } from "./omw.js";

/** What {@link realignSynsetLemmas} did. */
export interface AlignmentReport {
  /** OMW ids matched to a WordNet synset (identical or shifted). */
  matched: number;
  /** OMW ids matched at a shifted offset. */
  shifted: number;
  /** OMW ids with no WordNet synset near them, dropped. */
  unmatched: number;
  /** Offsets (OMW side) where the shift changes, with the new shift: `00613018-v:+18`. */
  shiftChanges: string[];
}

/** Largest change of shift accepted between two consecutive OMW offsets, in bytes. */
const MAX_SHIFT_CHANGE = 64;

function closestIndex(sorted: readonly number[], target: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? 0) < target) low = middle + 1;
    else high = middle;
  }
  const before = sorted[low - 1];
  const at = sorted[low];
  if (before !== undefined && (at === undefined || target - before <= at - target)) return low - 1;
  return low;
}

function parseId(id: string): { offset: number; pos: string } {
  return { offset: Number(id.slice(0, 8)), pos: id.slice(9) };
}

function formatId(offset: number, pos: string): string {
  return `${String(offset).padStart(8, "0")}-${pos}`;
}

function offsetsByPos(ids: Iterable<string>): Map<string, number[]> {
  const byPos = new Map<string, number[]>();
  for (const id of ids) {
    const { offset, pos } = parseId(id);
    const list = byPos.get(pos) ?? [];
    list.push(offset);
    byPos.set(pos, list);
  }
  for (const list of byPos.values()) list.sort((a, b) => a - b);
  return byPos;
}

/**
 * Maps each OMW synset id to the id of the same synset in the given WordNet (`wordnetIds`: every
 * synset id of the parsed `data.*` files). Identity when the files are the original ones.
 */
export function alignSynsetIds(
  omwIds: Iterable<string>,
  wordnetIds: Iterable<string>,
): { mapping: Map<string, string>; report: AlignmentReport } {
  const wordnet = offsetsByPos(wordnetIds);
  const mapping = new Map<string, string>();
  const report: AlignmentReport = { matched: 0, shifted: 0, unmatched: 0, shiftChanges: [] };
  for (const [pos, offsets] of [...offsetsByPos(omwIds)].sort()) {
    const targets = wordnet.get(pos) ?? [];
    let shift = 0;
    for (const offset of offsets) {
      const candidate = targets[closestIndex(targets, offset + shift)];
      if (candidate === undefined || Math.abs(candidate - offset - shift) > MAX_SHIFT_CHANGE) {
        report.unmatched++;
        continue;
      }
      if (candidate - offset !== shift) {
        shift = candidate - offset;
        report.shiftChanges.push(`${formatId(offset, pos)}:${shift >= 0 ? "+" : ""}${shift}`);
      }
      mapping.set(formatId(offset, pos), formatId(candidate, pos));
      report.matched++;
      if (shift !== 0) report.shifted++;
    }
  }
  return { mapping, report };
}

/** Re-keys French lemmas by synset with {@link alignSynsetIds}, dropping unmatched ids. */
export function realignSynsetLemmas(
  lemmas: SynsetLemmas,
  mapping: ReadonlyMap<string, string>,
): SynsetLemmas {
  const realigned: SynsetLemmas = new Map();
  for (const [id, words] of lemmas) {
    const target = mapping.get(id);
    if (target !== undefined) realigned.set(target, words);
  }
  return realigned;
}
