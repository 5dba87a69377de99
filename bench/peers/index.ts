import { flexsearchFrench } from "./flexsearch-french.js";
import { gazette } from "./gazette.js";
import { lunrFrenchEngine } from "./lunr-french.js";
import { minisearchDefault } from "./minisearch-default.js";
import { minisearchFrenchFuzzy } from "./minisearch-french-fuzzy.js";
import { oramaFrench } from "./orama-french.js";
import type { PeerEngine } from "./types.js";

/** Every engine the bench compares, Gazette first. */
export const engines: readonly PeerEngine[] = [
  gazette,
  minisearchDefault,
  minisearchFrenchFuzzy,
  lunrFrenchEngine,
  flexsearchFrench,
  oramaFrench,
];

/** The engine with that name; throws listing the known names otherwise. */
export function engineNamed(name: string): PeerEngine {
  const engine = engines.find((candidate) => candidate.name === name);
  if (!engine)
    throw new Error(
      `bench: unknown engine "${name}" (known: ${engines.map((e) => e.name).join(", ")})`,
    );
  return engine;
}
