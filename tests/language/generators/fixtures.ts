/**
 * Tiny in-memory stand-ins for the lexical resources: a few WordNet index/data/cntlist lines, a
 * WOLF and a Wiktionary tab file, and a mythes thesaurus, enough to exercise sense selection,
 * alignment checks and source agreement without the Debian packages.
 */
import { countThesaurusMentions, parseMythes } from "../../../scripts/lexicon/mythes.js";
import { parseOmwTab } from "../../../scripts/lexicon/omw.js";
import type { LexicalSources } from "../../../scripts/lexicon/sources.js";
import { parseWordNet } from "../../../scripts/lexicon/wordnet.js";

const LICENCE = "  1 This software and database is being provided to you, the LICENSEE\n";

export const INDEX_NOUN = `${LICENCE}attack n 2 1 @ 2 1 00000100 00000200  
law n 2 1 @ 2 1 00000300 00000400  
police n 1 1 @ 1 1 00000400  
paris n 1 1 @ 1 1 00000700  
town_hall n 1 0 1 0 00000900  
`;

export const DATA_NOUN = `${LICENCE}00000100 04 n 01 attack 0 000 | an offensive against an enemy
00000200 26 n 01 attack 1 000 | a sudden occurrence of an illness
00000300 14 n 01 law 0 000 | the collection of rules
00000400 14 n 02 police 0 law 1 000 | the force of policemen
00000700 15 n 01 Paris 0 000 | the capital of France
00000900 06 n 01 town_hall 0 000 | a building that houses administrative offices of a municipal government
`;

export const INDEX_VERB = `${LICENCE}rise v 1 1 ! 1 1 00000500  
fall v 1 1 ! 1 1 00000600  
abide_by v 1 0 1 0 00001000  
`;

export const DATA_VERB = `${LICENCE}00000500 30 v 01 rise 0 001 ! 00000600 v 0101 01 + 01 00 | go up
00000600 30 v 01 fall 0 001 ! 00000500 v 0101 01 + 01 00 | go down
00001000 41 v 01 abide_by 0 000 | act in accordance with someone's rules
`;

export const INDEX_ADJ = `${LICENCE}french a 1 1 \\ 1 1 00000800  
`;

export const DATA_ADJ = `${LICENCE}00000800 01 a 01 French 0 000 | of or relating to France
`;

export const CNTLIST = `attack%1:04:00:: 1 10
attack%1:26:00:: 2 1
law%1:14:00:: 1 4
police%1:14:00:: 1 6
paris%1:15:00:: 1 3
french%3:01:00:: 1 2
rise%2:30:00:: 1 5
fall%2:30:00:: 1 5
`;

export const WOLF_TAB = `# WOLF (Wordnet Libre du Français)\tfra\thttp://alpage.inria.fr/~sagot/wolf-en.html\tCeCILL-C
00000100-n\tfra:lemma\tattaque
00000100-n\tfra:lemma\tassaut
00000200-n\tfra:lemma\tcrise
00000300-n\tfra:lemma\tloi
00000400-n\tfra:lemma\tpolice
00000400-n\tfra:lemma\tloi
00000500-v\tfra:lemma\tmonter
00000500-v\tfra:lemma\taugmenter
00000600-v\tfra:lemma\tbaisser
00000600-v\tfra:lemma\tdescendre
00000700-n\tfra:lemma\tParis
00000800-a\tfra:lemma\tfrançais
00000900-n\tfra:lemma\tmairie
00000900-n\tfra:lemma\thôtel de ville
00001000-v\tfra:lemma\tobéir
`;

export const WIKT_TAB = `# Wiktionary\tfra\thttp://wiktionary.org/\tCC BY-SA
00000100-n\tfra:lemma\tattaque
00000800-a\tfra:lemma\tfrançais
00000900-n\tfra:lemma\tmairie
00000900-n\tfra:lemma\thôtel de ville
00001000-v\tfra:lemma\tobéir
`;

export const MYTHES = `UTF-8
attaque|1
(Nom)|assaut|offensive|maladie|charge|coup
assaut|1
(Nom)|attaque|charge
monter|1
(Verbe)|augmenter|grimper|faire
augmenter|1
(Verbe)|monter|accroître
baisser|1
(Verbe)|descendre|diminuer
loi|1
(Nom)|règle|code
police|1
(Nom)|gendarmerie
`;

export const CURATED_ANTONYMS = `words\topposites
hausse,monter\tbaisse,baisser
`;

/** The fixture resources, parsed as `loadSources` would parse the real ones. */
export function fixtureSources(): LexicalSources {
  const thesaurus = parseMythes(MYTHES);
  return {
    wordnet: parseWordNet({
      index: { n: INDEX_NOUN, v: INDEX_VERB, a: INDEX_ADJ, r: LICENCE },
      data: { n: DATA_NOUN, v: DATA_VERB, a: DATA_ADJ, r: LICENCE },
      cntlist: CNTLIST,
    }),
    wolf: parseOmwTab(WOLF_TAB),
    wiktionary: parseOmwTab(WIKT_TAB),
    thesaurus,
    frenchMentions: countThesaurusMentions(thesaurus),
    alignment: { matched: 0, shifted: 0, unmatched: 0, shiftChanges: [] },
  };
}
