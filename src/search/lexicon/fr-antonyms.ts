/**
 * Pairs of opposite French words, for yes/no questions whose answer states the other outcome:
 * "l'armée s'est-elle arrêtée ?" is answered by "les troupes ont poursuivi leur avancée", "les
 * prix ont-ils baissé ?" by "les prix ont augmenté". The search lets the words of the opposite side
 * stand, at a reduced weight, for a word of such a question.
 *
 * How pairs were written: by hand, from general French as news is written and read, not from any
 * set of questions or articles.
 * - Each pair holds two groups of words in base form, with their accents: infinitives for verbs,
 *   masculine singular for adjectives, singular nouns. A noun of the same idea sits with its verb
 *   ("arrêt" with "arrêter", "hausse" with "augmenter"). The search code folds and stems them.
 * - Every word of one group is an opposite of the words of the other group as a reader of news
 *   would pair them; words inside a group need not be synonyms, but no word of one side is a
 *   synonym of a word of the other side. A word may sit in several pairs when it has several
 *   opposites ("perdre": "gagner", "prendre", "garder") or several senses ("arrêter").
 * - Left out, as in `fr-synonyms.ts`: words the analyzer drops as stopwords ("est", "été", "bon",
 *   "près", "sûr", "pour"), so east is "oriental" here; words too general to stand for anything;
 *   words whose stem is shared by a frequent unrelated word ("partir" with "parti" and "partie",
 *   "tomber" with "tombe", "couper" with "coup", "gêner" with "gens", "mère" with "mer",
 *   "important" with "importer", "armé" with "armée"; "neuf" is also nine); and pairs whose two
 *   sides stem alike ("dominant" / "dominé").
 */
export const frenchAntonymPairs: readonly (readonly [readonly string[], readonly string[]])[] = [
  // --- War and armed conflict ---
  [
    ["arrêter", "arrêt", "cesser", "cessation", "stopper", "interrompre", "abandonner", "renoncer"],
    ["continuer", "continuation", "poursuivre", "poursuite", "persister", "prolonger"],
  ],
  [
    ["attaquer", "attaque", "attaquant", "assaut", "offensive", "offensif", "assaillant"],
    ["défendre", "défense", "défenseur", "défensive", "défensif"],
  ],
  [
    ["avancer", "avancée", "progresser", "progression", "percée", "offensive"],
    ["reculer", "recul", "replier", "repli", "retraite", "retirer", "retrait"],
  ],
  [
    ["gagner", "victoire", "vainqueur", "gagnant", "vaincre", "remporter", "triompher", "battre"],
    ["perdre", "défaite", "perdant", "vaincu", "battu", "incliner", "déroute", "revers"],
  ],
  [
    ["prendre", "emparer", "conquérir", "conquête", "capturer", "prise", "reconquérir"],
    ["perdre", "perte", "céder", "abandonner"],
  ],
  [
    ["occuper", "occupation", "occupant", "envahir", "invasion", "annexer", "annexion"],
    ["libérer", "libération", "évacuer", "évacuation"],
  ],
  [
    ["entrer", "entrée", "pénétrer", "rentrer"],
    ["sortir", "sortie", "quitter"],
  ],
  [
    ["détruire", "destruction", "démolir", "démolition", "raser", "anéantir", "dévaster"],
    ["construire", "construction", "reconstruire", "reconstruction", "restaurer"],
  ],
  [
    ["intact", "indemne", "préservé"],
    ["endommagé", "détruit", "abîmé", "dévasté", "ravagé", "sinistré", "touché"],
  ],
  [
    ["paix", "pacifique", "trêve", "armistice", "cessez-le-feu"],
    ["guerre", "conflit", "hostilités", "combat", "belligérant"],
  ],
  [
    ["allié", "alliance", "ami", "partenaire"],
    ["ennemi", "adversaire", "adverse", "rival"],
  ],
  [
    ["escalade", "intensifier", "intensification", "embraser", "embrasement"],
    ["désescalade", "apaiser", "apaisement", "calmer"],
  ],
  [
    ["armer", "réarmer", "réarmement"],
    ["désarmer", "désarmement", "démilitariser", "démilitarisation", "désarmé"],
  ],
  [
    ["mobiliser", "mobilisation"],
    ["démobiliser", "démobilisation"],
  ],
  [
    ["capituler", "capitulation", "reddition", "soumettre", "soumission", "effondrer"],
    ["résister", "résistance", "riposter", "riposte"],
  ],
  [
    ["respecter", "respect", "honorer"],
    ["violer", "violation", "enfreindre", "bafouer", "transgresser"],
  ],
  [["civil"], ["militaire", "soldat", "combattant"]],
  [["agresseur", "bourreau", "assaillant"], ["victime"]],
  [
    ["protéger", "protection", "protégé", "abriter", "préserver", "sauvegarder"],
    ["exposer", "exposé", "menacer", "menace", "menacé", "vulnérable"],
  ],
  [
    ["sécurité", "sécurisé", "sécuriser", "sécuritaire"],
    ["dangereux", "danger", "insécurité", "risqué", "périlleux"],
  ],
  [
    ["pacifique", "paisible"],
    ["violent", "violence", "brutal", "brutalité"],
  ],
  [
    ["calme", "accalmie", "tranquille", "apaisé"],
    ["tension", "tendu", "agitation", "agité", "trouble", "émeute"],
  ],
  [
    ["front", "avant"],
    ["arrière", "derrière"],
  ],

  // --- Displacement and humanitarian aid ---
  [
    ["rester", "demeurer", "séjourner"],
    ["quitter", "départ", "fuir", "fuite", "évacuer", "évacuation", "exode"],
  ],
  [
    ["arriver", "arrivée", "revenir", "retour"],
    ["quitter", "départ"],
  ],
  [
    ["fuir", "fuite", "exode", "exil", "exiler"],
    ["rentrer", "retour", "revenir", "rapatrier", "rapatriement"],
  ],
  [
    ["émigrer", "émigration", "émigré", "émigrant"],
    ["immigrer", "immigration", "immigré", "immigrant"],
  ],
  [
    ["accueillir", "accueil", "héberger", "admettre"],
    ["expulser", "expulsion", "refouler", "refoulement", "chasser", "renvoyer"],
  ],
  [
    ["inclure", "inclusion", "intégrer", "intégration"],
    ["exclure", "exclusion", "écarter", "bannir"],
  ],
  [
    ["bloquer", "blocage", "barrer", "verrouiller", "obstruer", "bloqué"],
    ["débloquer", "déblocage", "dégager", "rouvrir"],
  ],
  [
    ["coupure", "interrompu", "interruption"],
    ["rétablir", "rétablissement", "rétabli", "restaurer"],
  ],
  [
    ["retrouver", "retrouvé", "localiser", "localisé"],
    ["disparaître", "disparition", "disparu", "introuvable", "égarer"],
  ],
  [
    ["apparaître", "apparition", "réapparaître", "surgir"],
    ["disparaître", "disparition", "volatiliser"],
  ],
  [
    ["aider", "aide", "secourir", "assister"],
    ["nuire", "entraver"],
  ],
  [
    ["abondance", "abondant", "surplus", "excédent"],
    ["pénurie", "manque", "manquer", "rareté", "carence", "disette"],
  ],
  [
    ["excès", "excessif"],
    ["insuffisance", "insuffisant", "manque"],
  ],

  // --- Politics and institutions ---
  [
    ["accepter", "acceptation", "approuver", "approbation", "consentir"],
    ["refuser", "refus", "rejeter", "rejet", "désapprouver"],
  ],
  [
    ["autoriser", "autorisation", "permettre", "légaliser", "légalisation"],
    ["interdire", "interdiction", "prohiber", "prohibition", "proscrire"],
  ],
  [
    ["légal", "légalité", "licite", "légitime", "légitimité"],
    ["illégal", "illégalité", "illicite", "illégitime", "clandestin"],
  ],
  [
    ["soutenir", "soutien", "appuyer", "appui", "favorable", "partisan"],
    ["opposer", "opposant", "contester", "contestation", "hostile", "défavorable"],
  ],
  [
    ["gouvernement", "gouvernemental", "majorité"],
    ["opposition", "opposant"],
  ],
  [
    ["majorité", "majoritaire", "majeur"],
    ["minorité", "minoritaire", "mineur"],
  ],
  [
    ["élire", "élu", "réélire", "réélu"],
    ["battu", "perdant", "éliminé"],
  ],
  [
    ["voter", "vote", "votant"],
    ["abstenir", "abstention", "abstentionniste"],
  ],
  [
    ["participer", "participation"],
    ["boycotter", "boycott"],
  ],
  [
    ["nommer", "nomination", "désigner", "désignation", "investir", "investiture"],
    ["limoger", "limogeage", "destituer", "destitution", "révoquer", "révocation", "démettre"],
  ],
  [
    ["adopter", "adoption", "ratifier", "ratification", "promulguer", "valider", "voter"],
    ["rejeter", "rejet", "retoquer", "censurer", "veto"],
  ],
  [
    ["créer", "création", "fonder", "fondation", "instaurer", "instauration", "instituer"],
    ["supprimer", "suppression", "abolir", "abolition", "abroger", "abrogation", "dissoudre"],
  ],
  [
    ["maintenir", "maintien"],
    ["annuler", "annulation", "ajourner", "ajournement", "différer"],
  ],
  [
    ["imposer", "instaurer", "durcir", "durcissement", "alourdir"],
    ["lever", "levée", "assouplir", "assouplissement", "alléger", "allègement"],
  ],
  [
    ["suspendre", "suspension", "interruption", "geler"],
    ["reprendre", "reprise", "relancer", "relance"],
  ],
  [
    ["rompre", "rupture"],
    ["renouer", "normaliser", "normalisation", "réconcilier", "réconciliation"],
  ],
  [
    ["accord", "entente", "consensus", "compromis"],
    ["désaccord", "différend", "divergence", "discorde", "dissension", "litige"],
  ],
  [
    ["unir", "union", "unité", "unifier", "réunifier", "réunification", "rassembler", "uni"],
    ["diviser", "division", "divisé", "scission", "séparer", "séparation", "fracture"],
  ],
  [
    ["unanime", "unanimité"],
    ["divisé", "partagé"],
  ],
  [
    ["adhérer", "adhésion", "rejoindre", "intégrer", "intégration"],
    ["quitter", "sortir", "sortie", "retirer", "retrait"],
  ],
  [
    ["indépendance", "indépendant", "souverain", "souveraineté", "autonome", "autonomie"],
    ["dépendance", "dépendant", "colonie", "colonial", "tutelle"],
  ],
  [
    ["démocratie", "démocratique", "démocrate"],
    ["dictature", "dictateur", "autoritaire", "tyrannie", "tyran", "despote"],
  ],
  [
    ["monarchie", "monarchiste", "royaliste"],
    ["république", "républicain"],
  ],
  [["gauche"], ["droite"]],
  [
    ["progressiste", "réformiste"],
    ["conservateur", "réactionnaire", "traditionaliste"],
  ],
  [
    ["modéré", "modération", "centriste"],
    ["extrémiste", "extrémisme", "radical", "radicalisation", "extrême"],
  ],
  [
    ["laïc", "laïque", "laïcité", "séculier"],
    ["religieux", "confessionnel"],
  ],
  [
    ["croyant", "pratiquant"],
    ["athée", "incroyant", "mécréant"],
  ],
  [
    ["officiel", "officiellement"],
    ["officieux", "officieusement", "informel"],
  ],
  [
    ["secret", "confidentiel", "clandestin"],
    ["public", "officiel", "connu"],
  ],
  [["national"], ["international", "étranger"]],
  [
    ["intérieur", "interne", "dedans"],
    ["extérieur", "externe", "dehors"],
  ],
  [
    ["obligatoire", "obligation", "obliger", "contraindre", "contrainte"],
    ["facultatif", "optionnel"],
  ],
  [
    ["obéir", "obéissance", "obtempérer"],
    ["désobéir", "désobéissance", "insubordination"],
  ],
  [
    ["punir", "punition", "sanctionner", "sanction"],
    ["récompenser", "récompense"],
  ],
  [
    ["critiquer", "critique", "blâmer", "fustiger", "dénoncer", "condamner"],
    ["saluer", "féliciter", "félicitations", "éloge", "applaudir"],
  ],

  // --- Economy, business and energy ---
  [
    ["augmenter", "augmentation", "hausse", "accroître", "accroissement", "croître", "relever"],
    [
      "diminuer",
      "diminution",
      "baisse",
      "baisser",
      "réduire",
      "réduction",
      "décroître",
      "abaisser",
    ],
  ],
  [
    ["grimper", "flamber", "bondir", "envoler"],
    ["chuter", "chute", "dégringoler", "plonger", "effondrer", "effondrement"],
  ],
  [
    ["croissance", "expansion", "essor", "boom", "prospérité", "reprise"],
    ["récession", "crise", "dépression", "ralentissement", "stagnation", "marasme", "déclin"],
  ],
  [
    ["bénéfice", "profit", "gain", "excédent", "excédentaire", "bénéficiaire", "rentable"],
    ["perte", "déficit", "déficitaire", "ruineux"],
  ],
  [
    ["recette", "revenu", "rentrée"],
    ["dépense", "coût"],
  ],
  [
    ["dépenser", "dépense", "débourser", "gaspiller", "gaspillage"],
    ["économiser", "épargner", "épargne"],
  ],
  [
    ["prêter", "prêt", "prêteur", "créancier"],
    ["emprunter", "emprunt", "emprunteur", "débiteur", "dette"],
  ],
  [
    ["crédit", "créditer"],
    ["débit", "débiter"],
  ],
  [
    ["acheter", "achat", "acheteur", "acquérir", "acquisition"],
    ["vendre", "vente", "vendeur", "céder", "cession"],
  ],
  [
    ["importer", "importation", "importateur"],
    ["exporter", "exportation", "exportateur"],
  ],
  [
    ["produire", "production", "producteur"],
    ["consommer", "consommation", "consommateur"],
  ],
  [["offre"], ["demande"]],
  [
    ["riche", "richesse", "fortuné", "aisé", "prospère", "opulence"],
    ["pauvre", "pauvreté", "démuni", "indigent", "misère", "précarité", "précaire"],
  ],
  [
    ["cher", "coûteux", "onéreux", "cherté"],
    ["abordable", "modique", "gratuit"],
  ],
  [["gratuit", "gratuité"], ["payant"]],
  [["public", "étatique"], ["privé"]],
  [
    ["nationaliser", "nationalisation"],
    ["privatiser", "privatisation"],
  ],
  [
    ["embaucher", "embauche", "recruter", "recrutement"],
    ["licencier", "licenciement", "congédier", "renvoyer"],
  ],
  [
    ["emploi", "employé", "actif"],
    ["chômage", "chômeur", "inactif", "inactivité"],
  ],
  [
    ["employeur", "patron", "patronat", "patronal"],
    ["salarié", "employé", "ouvrier", "syndicat", "syndical"],
  ],
  [
    ["fusionner", "fusion", "regrouper", "regroupement"],
    ["scinder", "scission", "démanteler", "démantèlement"],
  ],
  [
    ["faillite", "banqueroute", "liquidation"],
    ["sauvetage", "renflouer", "renflouement", "redressement"],
  ],
  [
    ["inflation", "inflationniste"],
    ["déflation", "déflationniste"],
  ],
  [
    ["libre-échange", "libéraliser", "libéralisation"],
    ["protectionnisme", "protectionniste"],
  ],
  [
    ["taxer", "taxe", "taxation", "imposition"],
    ["exonérer", "exonération", "détaxer", "défiscaliser"],
  ],
  [
    ["investir", "investissement"],
    ["désinvestir", "désinvestissement"],
  ],
  [
    ["maximum", "maximal", "plafond"],
    ["minimum", "minimal", "plancher"],
  ],
  [
    ["geler", "gel"],
    ["dégeler", "dégel"],
  ],
  [
    ["stable", "stabilité", "stabiliser"],
    ["instable", "instabilité", "déstabiliser", "volatil", "volatilité"],
  ],
  [["propriétaire"], ["locataire"]],
  [["renouvelable"], ["fossile"]],
  [
    ["amateur", "amateurisme"],
    ["professionnel", "professionnalisme"],
  ],

  // --- Justice, crime and policing ---
  [
    ["condamner", "condamnation", "condamné"],
    ["acquitter", "acquittement", "acquitté", "relaxer", "relaxe", "gracier", "amnistier"],
  ],
  [
    ["coupable", "culpabilité"],
    ["innocent", "innocence", "innocenter", "disculper"],
  ],
  [
    ["inculper", "inculpation", "accuser", "accusation"],
    ["disculper", "innocenter", "relaxe"],
  ],
  [
    ["arrêter", "arrestation", "interpeller", "interpellation", "emprisonner", "incarcérer"],
    ["libérer", "libération", "relâcher"],
  ],
  [
    ["détenir", "détention", "captif", "captivité", "prisonnier", "détenu", "otage"],
    ["libre", "liberté", "libéré", "relâché"],
  ],
  [["plaignant"], ["défendeur", "prévenu", "accusé"]],
  [
    ["valider", "validation", "confirmer", "entériner"],
    ["invalider", "invalidation", "annuler", "annulation", "casser", "infirmer"],
  ],
  [
    ["équitable", "équité"],
    ["injuste", "injustice", "inéquitable", "inique"],
  ],
  [
    ["égal", "égalité", "parité"],
    ["inégal", "inégalité", "discrimination", "discriminer"],
  ],
  [
    ["partial", "partialité", "biaisé"],
    ["impartial", "impartialité", "neutre", "neutralité", "objectif"],
  ],
  [
    ["honnête", "honnêteté", "probité"],
    ["malhonnête", "corrompu", "corruption", "véreux"],
  ],
  [
    ["volontaire", "volontairement", "intentionnel", "délibéré", "prémédité"],
    ["involontaire", "involontairement", "accidentel", "accident", "fortuit"],
  ],
  [
    ["sobre", "sobriété"],
    ["ivre", "ivresse", "alcoolisé"],
  ],

  // --- Media, sources and communication ---
  [
    ["confirmer", "confirmation", "corroborer"],
    ["démentir", "démenti", "infirmer", "réfuter"],
  ],
  [
    ["avouer", "aveu", "reconnaître", "admettre"],
    ["nier", "dénégation", "contester"],
  ],
  [
    ["vrai", "vérité", "véridique", "exact", "authentique"],
    ["faux", "mensonge", "mentir", "mensonger", "erroné", "inexact", "falsifier"],
  ],
  [
    ["réel", "réalité"],
    ["fictif", "fiction", "imaginaire", "virtuel"],
  ],
  [
    ["cacher", "dissimuler", "dissimulation", "taire", "occulter"],
    ["révéler", "révélation", "divulguer", "dévoiler"],
  ],
  [
    ["connu", "célèbre", "célébrité", "notoire", "renommé"],
    ["inconnu", "anonyme", "anonymat", "méconnu"],
  ],
  [["visible"], ["invisible"]],
  [
    ["direct", "directement"],
    ["indirect", "indirectement"],
  ],
  [["analogique"], ["numérique"]],
  [
    ["chiffrer", "chiffrement", "crypter", "cryptage"],
    ["déchiffrer", "déchiffrement", "décrypter", "décryptage"],
  ],
  [
    ["connecter", "connexion", "brancher", "branchement"],
    ["déconnecter", "déconnexion", "débrancher"],
  ],

  // --- Health ---
  [
    ["malade", "maladie", "souffrant", "infecté", "contaminé"],
    ["guéri", "guérir", "guérison", "rétabli", "sain"],
  ],
  [
    ["infecter", "infection", "contaminer", "contamination"],
    ["guérir", "guérison", "immuniser", "immunisé"],
  ],
  [
    ["positif", "séropositif"],
    ["négatif", "séronégatif"],
  ],
  [
    ["vivant", "vie", "vivre", "survivre", "survie", "survivant"],
    ["mort", "mourir", "décès", "décéder", "décédé", "tuer", "tué", "défunt"],
  ],
  [
    ["naître", "naissance", "natalité"],
    ["mourir", "mort", "décès", "mortalité"],
  ],
  [
    ["blesser", "blessé", "blessure"],
    ["indemne", "sain"],
  ],
  [
    ["grave", "gravement", "sérieux", "sévère", "critique"],
    ["léger", "légèrement", "bénin", "superficiel"],
  ],
  [
    ["aggraver", "aggravation", "empirer", "détériorer", "détérioration", "dégrader"],
    ["améliorer", "amélioration", "progrès", "embellie"],
  ],
  [
    ["progrès", "progresser", "progression"],
    ["régression", "régresser"],
  ],
  [
    ["souffrir", "souffrance", "douleur"],
    ["soulager", "soulagement"],
  ],
  [
    ["fertile", "fertilité", "fécond", "fécondité"],
    ["stérile", "stérilité", "infertile", "infertilité"],
  ],
  [
    ["obèse", "obésité", "gros", "grossir"],
    ["maigre", "mince", "maigrir", "amaigri"],
  ],
  [
    ["hospitaliser", "hospitalisation", "hospitalisé"],
    ["sortir", "sortie"],
  ],

  // --- Environment, weather and disasters ---
  [
    ["chaud", "chaleur", "canicule", "réchauffement", "réchauffer", "torride"],
    ["froid", "fraîcheur", "gel", "geler", "glacial", "refroidissement", "refroidir"],
  ],
  [
    ["sec", "sécheresse", "aride", "aridité", "assécher"],
    ["humide", "humidité", "pluvieux", "inondation", "inonder"],
  ],
  [
    ["ensoleillé", "soleil", "éclaircie"],
    ["nuageux", "nuage", "pluvieux", "pluie"],
  ],
  [
    ["calme", "accalmie"],
    ["tempête", "orage", "orageux", "houleux"],
  ],
  [["crue"], ["décrue", "étiage"]],
  [
    ["polluer", "pollution", "pollué"],
    ["dépolluer", "dépollution", "assainir", "assainissement"],
  ],
  [
    ["déboiser", "déboisement", "déforestation", "défricher"],
    ["reboiser", "reboisement", "reforestation"],
  ],
  [
    ["allumer", "allumage", "embraser"],
    ["éteindre", "extinction", "maîtriser"],
  ],
  [["naturel", "nature"], ["artificiel"]],
  [
    ["jour", "journée", "diurne"],
    ["nuit", "nocturne"],
  ],
  [
    ["matin", "matinée", "matinal", "aube", "aurore"],
    ["soir", "soirée", "crépuscule"],
  ],
  [
    ["printemps", "printanier"],
    ["automne", "automnal"],
  ],
  [["estival"], ["hiver", "hivernal"]],
  [
    ["clair", "lumineux", "lumière", "éclairé"],
    ["sombre", "obscur", "obscurité", "ténèbres"],
  ],
  [["blanc"], ["noir"]],

  // --- Places and geography ---
  [
    ["nord", "septentrional", "boréal"],
    ["sud", "méridional", "austral"],
  ],
  [
    ["oriental", "orient"],
    ["ouest", "occidental", "occident"],
  ],
  [
    ["haut", "élevé", "hauteur", "supérieur"],
    ["bas", "inférieur"],
  ],
  [
    ["monter", "montée", "remonter", "ascension"],
    ["descendre", "descente", "redescendre"],
  ],
  [
    ["embarquer", "embarquement"],
    ["débarquer", "débarquement"],
  ],
  [
    ["charger", "chargement"],
    ["décharger", "déchargement"],
  ],
  [
    ["atterrir", "atterrissage"],
    ["décoller", "décollage"],
  ],
  [
    ["proche", "proximité", "voisin"],
    ["loin", "lointain", "éloigné", "distant"],
  ],
  [
    ["urbain", "citadin"],
    ["rural", "campagnard"],
  ],
  [
    ["centre", "central"],
    ["périphérie", "périphérique"],
  ],
  [["amont"], ["aval"]],
  [
    ["plein", "complet", "rempli", "remplir", "saturé"],
    ["vide", "vider", "désert", "déserté"],
  ],

  // --- Time ---
  [
    ["commencer", "commencement", "début", "débuter", "démarrer", "démarrage", "entamer"],
    ["finir", "fin", "terminer", "achever", "achèvement", "clore", "clôture", "conclure"],
  ],
  [
    ["finir", "fin", "terminer", "achever", "achèvement"],
    ["continuer", "poursuivre", "perdurer", "persister"],
  ],
  [
    ["ouvrir", "ouverture", "ouvert", "rouvrir", "réouverture", "inaugurer", "inauguration"],
    ["fermer", "fermeture", "fermé", "refermer", "clore", "clôture"],
  ],
  [
    ["ancien", "vieux", "antique", "archaïque"],
    ["nouveau", "récent", "moderne", "inédit"],
  ],
  [
    ["vieux", "âgé", "vieillard", "vieillesse", "aîné"],
    ["jeune", "jeunesse", "cadet"],
  ],
  [["enfant", "enfance"], ["adulte"]],
  [
    ["autrefois", "jadis", "hier"],
    ["demain", "avenir", "futur", "prochainement"],
  ],
  [
    ["avant", "veille", "précédent", "antérieur", "auparavant"],
    ["après", "lendemain", "suivant", "postérieur"],
  ],
  [
    ["tôt", "précoce", "avance", "anticipé"],
    ["tard", "tardif", "retard", "retarder"],
  ],
  [
    ["premier", "initial"],
    ["dernier", "final", "ultime"],
  ],
  [
    ["permanent", "permanence", "définitif", "définitivement", "durable", "pérenne"],
    ["temporaire", "provisoire", "provisoirement", "momentané", "passager", "éphémère"],
  ],
  [
    ["fréquent", "fréquemment", "souvent", "régulier", "régulièrement"],
    ["rare", "rarement", "occasionnel", "exceptionnel"],
  ],
  [
    ["rapide", "rapidement", "rapidité"],
    ["lent", "lentement", "lenteur"],
  ],
  [
    ["accélérer", "accélération"],
    ["ralentir", "ralentissement", "freiner"],
  ],

  // --- People, family and society ---
  [
    ["homme", "masculin", "garçon"],
    ["femme", "féminin", "fille"],
  ],
  [
    ["marier", "mariage", "épouser", "marié"],
    ["divorcer", "divorce", "divorcé", "célibataire"],
  ],
  [
    ["présent", "présence"],
    ["absent", "absence"],
  ],
  [
    ["individuel", "individu"],
    ["collectif", "collectivité"],
  ],
  [
    ["aimer", "amour", "adorer", "apprécier"],
    ["détester", "haine", "haïr", "mépriser", "mépris"],
  ],
  [
    ["amitié", "amical"],
    ["inimitié", "hostilité"],
  ],
  [
    ["heureux", "bonheur", "joie", "joyeux"],
    ["malheureux", "malheur", "triste", "tristesse", "chagrin"],
  ],
  [
    ["content", "satisfait", "satisfaction", "ravi"],
    ["mécontent", "mécontentement", "insatisfait", "déçu", "déception"],
  ],
  [["rire"], ["pleurer", "larme"]],
  [
    ["optimiste", "optimisme"],
    ["pessimiste", "pessimisme"],
  ],
  [
    ["espoir", "espérer", "espérance"],
    ["désespoir", "désespérer"],
  ],
  [
    ["confiance", "confiant"],
    ["méfiance", "méfiant", "défiance"],
  ],
  [
    ["rassurer", "rassurant", "rassuré"],
    ["inquiéter", "inquiétude", "inquiet", "inquiétant", "alarmer", "alarmant"],
  ],
  [
    ["courageux", "courage", "brave", "bravoure"],
    ["lâche", "lâcheté", "peureux"],
  ],
  [
    ["souvenir", "mémoire"],
    ["oublier", "oubli"],
  ],
  [
    ["réveiller", "réveil"],
    ["endormir", "sommeil"],
  ],

  // --- Sport ---
  [
    ["qualifier", "qualification", "qualifié"],
    ["éliminer", "élimination", "éliminé"],
  ],
  [
    ["promu", "promotion", "accession"],
    ["relégué", "reléguer", "relégation"],
  ],
  [["marquer"], ["encaisser"]],
  [["domicile"], ["extérieur", "déplacement"]],
  [["titulaire"], ["remplaçant", "suppléant"]],

  // --- Common verbs ---
  [
    ["réussir", "réussite", "succès", "parvenir", "aboutir"],
    ["échouer", "échec", "rater", "fiasco"],
  ],
  [
    ["garder", "préserver"],
    ["perdre", "perte"],
  ],
  [
    ["ajouter", "ajout", "rajouter"],
    ["retirer", "retrait", "enlever", "ôter", "soustraire"],
  ],
  [
    ["installer", "installation", "montage"],
    ["démonter", "démontage", "désinstaller", "démanteler", "démantèlement"],
  ],
  [
    ["envoyer", "envoi", "expédier", "expédition"],
    ["recevoir", "réception"],
  ],

  // --- Common adjectives ---
  [
    ["grand", "gros", "vaste", "immense", "énorme", "géant"],
    ["petit", "minuscule", "infime", "exigu"],
  ],
  [
    ["long", "longueur", "allonger", "rallonger"],
    ["court", "bref", "raccourcir"],
  ],
  [
    ["large", "largeur", "élargir"],
    ["étroit", "étroitesse", "rétrécir"],
  ],
  [
    ["lourd", "lourdeur"],
    ["léger", "légèreté"],
  ],
  [["profond", "profondeur"], ["superficiel"]],
  [
    ["fort", "puissant", "puissance", "robuste", "solide", "renforcer", "renforcement"],
    ["faible", "faiblesse", "fragile", "fragilité", "affaiblir", "affaiblissement", "fragiliser"],
  ],
  [
    ["facile", "facilité", "simple", "simplicité"],
    ["difficile", "difficulté", "dur", "compliqué", "complexe", "ardu"],
  ],
  [
    ["possible", "possibilité", "faisable", "probable"],
    ["impossible", "impossibilité", "infaisable", "improbable"],
  ],
  [
    ["certain", "certitude", "assuré"],
    ["incertain", "incertitude", "douteux", "hypothétique"],
  ],
  [
    ["total", "totalement", "totalité", "entier", "entièrement", "intégral", "complet"],
    ["partiel", "partiellement", "incomplet"],
  ],
  [
    ["essentiel", "crucial", "majeur", "primordial"],
    ["secondaire", "accessoire", "négligeable", "insignifiant", "mineur"],
  ],
  [
    ["normal", "habituel", "ordinaire"],
    ["anormal", "inhabituel", "exceptionnel", "extraordinaire", "insolite"],
  ],
  [
    ["meilleur", "mieux", "excellent"],
    ["pire", "mauvais", "médiocre"],
  ],
  [
    ["propreté", "nettoyer", "nettoyage"],
    ["saleté", "sale", "salir", "insalubre"],
  ],
  [
    ["identique", "pareil", "semblable", "similaire", "similitude"],
    ["différent", "différence", "distinct", "dissemblable"],
  ],
];
