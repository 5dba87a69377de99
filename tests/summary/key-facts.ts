/**
 * Hand-picked key facts of the test articles: what a reader must learn from a good summary.
 * A fact is covered when a summary sentence matches its pattern.
 */
export interface KeyFact {
  fact: string;
  pattern: RegExp;
}

export const palmyreKeyFacts: readonly KeyFact[] = [
  {
    fact: "the regime's troops advance after retaking Palmyre",
    pattern: /reconquête de la ville antique de Palmyre/,
  },
  {
    fact: "the goal is to secure Palmyre against a counter-offensive",
    pattern: /sécuriser Palmyre/,
  },
  { fact: "fighting goes on near Al-Qaryatayn (OSDH)", pattern: /combats.*Al-Qaryatayn/ },
  { fact: "the army took hills overlooking Al-Qaryatayn", pattern: /collines surplombant/ },
  { fact: "next target: Sokhné, east of Palmyre", pattern: /reprendre Sokhné/ },
  { fact: "the road would open to Deir Ezzor or Raqqa", pattern: /Deir Ezzor|Raqqa/ },
  { fact: "Russian deminers started clearing mines", pattern: /démineurs russes/ },
  { fact: "restoring the monuments will take five years", pattern: /cinq ans/ },
];

export const valmontKeyFacts: readonly KeyFact[] = [
  {
    fact: "Valmont closes its Saint-Dizier plant by the end of 2024",
    pattern: /fermeture de son usine de Saint-Dizier/,
  },
  { fact: "240 jobs are threatened", pattern: /240 salariés/ },
  { fact: "orders fell by 35 %", pattern: /35 %/ },
  { fact: "the CGT calls a strike", pattern: /grève/ },
  { fact: "Valmont received 4.5 million euros of public aid", pattern: /4,5 millions/ },
  { fact: "the minister asks for a buyer", pattern: /repreneur/ },
  { fact: "a meeting at Bercy on 20 March", pattern: /20 mars/ },
  { fact: "production moves to Tarragone, Spain", pattern: /Tarragone/ },
];

/** Share of the facts that at least one of the sentences states. */
export function coverage(
  sentences: readonly { text: string }[],
  facts: readonly KeyFact[],
): number {
  const covered = facts.filter((fact) =>
    sentences.some((sentence) => fact.pattern.test(sentence.text)),
  );
  return covered.length / facts.length;
}
