/**
 * French words for the synthetic corpus. Real words give the analyzers (stemmers, stopword lists,
 * elision handling) real work; the long tail of the vocabulary is generated (see
 * `synthetic-corpus.ts`) because no word list ships with the project.
 */

/**
 * Function words with a rough relative frequency in French news prose (they make up about 45 % of
 * running text). Vowel-initial content words after `le`/`la`, `de`, `que` are elided by the generator.
 */
export const FUNCTION_WORDS: readonly (readonly [word: string, weight: number])[] = [
  ["de", 60],
  ["la", 35],
  ["le", 30],
  ["les", 30],
  ["et", 28],
  ["des", 26],
  ["à", 24],
  ["en", 18],
  ["du", 16],
  ["un", 15],
  ["une", 14],
  ["dans", 12],
  ["pour", 11],
  ["qui", 10],
  ["que", 9],
  ["sur", 9],
  ["par", 9],
  ["est", 8],
  ["au", 8],
  ["a", 7],
  ["avec", 7],
  ["plus", 6],
  ["ne", 4],
  ["pas", 4],
  ["se", 5],
  ["son", 4],
  ["sa", 4],
  ["ses", 4],
  ["ont", 4],
  ["été", 4],
  ["sont", 4],
  ["cette", 3],
  ["aux", 4],
  ["mais", 3],
  ["ou", 3],
  ["leur", 3],
  ["leurs", 2],
  ["selon", 2],
  ["après", 2],
  ["avant", 2],
  ["depuis", 2],
  ["entre", 2],
  ["contre", 2],
  ["sous", 1],
  ["lors", 1],
  ["il", 4],
  ["ils", 2],
  ["elle", 2],
  ["elles", 1],
  ["ce", 3],
  ["ces", 2],
  ["nous", 1],
  ["on", 2],
  ["y", 1],
  ["où", 1],
  ["encore", 1],
  ["aussi", 1],
  ["déjà", 1],
  ["très", 1],
  ["tous", 1],
  ["toutes", 1],
  ["comme", 2],
  ["dont", 1],
  ["sans", 1],
];

/**
 * Common content words of French news (nouns, verbs, adjectives, names), most frequent first. They
 * take the top ranks of the generator's Zipf distribution, so questions about Palmyre meet long
 * posting lists (`armée`, `ville`, `troupes`, `régime`) in every synthetic corpus.
 */
export const COMMON_CONTENT_WORDS: readonly string[] = `
gouvernement président ministre pays ville année années France État politique
mardi lundi mercredi jeudi vendredi samedi dimanche semaine mois jours jour heures
selon premier première nouveau nouvelle nouveaux grande grand grands groupe groupes
armée troupes forces régime guerre combats offensive militaire militaires soldats
sécurité police justice tribunal procès enquête affaire victimes morts blessés
population habitants région province centre nord sud est ouest frontière
économie entreprise entreprises emploi travail salariés syndicats grève réforme
budget milliards millions euros prix hausse baisse croissance marché banque
élection élections candidat campagne parti partis vote électeurs majorité opposition
assemblée sénat loi projet député députés maire conseil commune communes
santé hôpital hôpitaux médecins patients épidémie vaccin école écoles élèves
enseignants université étudiants culture musée musées exposition festival film
ville antique monuments patrimoine temple temples ruines site sites archéologues
international Europe européenne Union États-Unis Russie Chine Syrie Irak Iran
Allemagne Italie Espagne Royaume-Uni Afrique Moyen-Orient Liban Turquie Israël
Paris Lyon Marseille Londres Washington Moscou Damas Bruxelles Genève Berlin
ministère autorités responsable responsables directeur porte-parole communiqué
accord négociations sommet réunion conférence discours déclaration annonce
attaque attentat bombardements frappes raids missiles mines bombes explosion
réfugiés migrants civils enfants femmes familles personnes hommes jeunes
climat environnement énergie pétrole gaz électricité nucléaire pollution eau
transports trains gare aéroport routes autoroute voitures circulation travaux
football match équipe championnat joueurs entraîneur victoire défaite saison
reconquête contrôle avancée terrain positions localité collines monastère
djihadistes islamistes combattants rebelles insurgés milices loyalistes
observatoire droits homme organisation association experts analystes rapport
kilomètres mètres hectares tonnes pourcentage chiffres statistiques nombre
histoire siècle siècles ans temps période moment début fin retour reprise
décision décisions mesure mesures plan programme stratégie objectif objectifs
situation crise conflit paix cessez-le-feu trêve aide soutien appel appels
média médias journal journalistes télévision radio presse réseaux sociaux
technologie internet données numérique téléphone ordinateur intelligence
agriculture agriculteurs récolte élevage viande lait blé vin production
logement loyers immobilier construction quartier quartiers banlieue centre-ville
retraite retraites pension chômage allocations impôts taxes dépenses dette
opération opérations déminage démineurs russes russe syrien syrienne syriens
poursuivre poursuit poursuivi gagner gagnant sécuriser éviter renforcer reprendre
détruit détruits détruire restaurer réhabiliter endommagés estimer estiment
annoncé annoncer déclaré déclarer indiqué indiquer affirmé affirmer expliqué
précisé souligné ajouté estimé rappelé demandé décidé prévu lancé ouvert
important importante importants principal principale central centrale public
publique national nationale nationaux local locale locaux ancien ancienne
violent violents violentes dernier dernière derniers prochain prochaine
`
  .trim()
  .split(/\s+/);

/** Syllables for the generated long tail of the vocabulary (some accented, as French is). */
export const ONSETS: readonly string[] = [
  "b",
  "c",
  "ch",
  "d",
  "f",
  "g",
  "gr",
  "j",
  "l",
  "m",
  "n",
  "p",
  "pr",
  "pl",
  "r",
  "s",
  "t",
  "tr",
  "v",
  "br",
  "cr",
  "fl",
];
export const VOWELS: readonly string[] = [
  "a",
  "e",
  "i",
  "o",
  "u",
  "é",
  "è",
  "ou",
  "ai",
  "au",
  "an",
  "on",
  "in",
  "â",
  "ô",
];

/** Endings by word class: a lemma is emitted in one of its class's forms, so stemming matters. */
export const INFLECTIONS: Readonly<Record<"noun" | "adjective" | "verb", readonly string[]>> = {
  noun: [
    "",
    "s",
    "age",
    "ages",
    "ement",
    "ements",
    "ation",
    "ations",
    "eur",
    "eurs",
    "ité",
    "ités",
  ],
  adjective: [
    "ique",
    "iques",
    "al",
    "ale",
    "aux",
    "ales",
    "if",
    "ive",
    "ifs",
    "ives",
    "eux",
    "euse",
  ],
  verb: ["er", "e", "ent", "ait", "aient", "é", "ée", "és", "ant", "era", "eront", "ons"],
};
