// The strength markers of Latin-script originals (German, French, Spanish, Italian, Portuguese, Dutch), read by
// strength-across.ts as it reads the Ukrainian and Russian ones: markers are whole lower-case words or phrases, a
// short explicit list per sense; counterparts are broad, matched by a word's beginning (entries of three letters
// or fewer only whole) or, for phrases, whole.
// Left out as markers because they read both ways: German "bestimmt" (also "specific", "determined"), "wohl"
// ("well"), "offenbar" ("obviously"), "entschieden" (also "decided"), "sicher" ("safe"); French "sûrement"
// (mostly "probably"); Dutch "zeker" ("a certain"); Portuguese "obrigado" ("thank you"). Spanish "seguramente" and
// French "sans doute" mean "probably", so they are hedges; Italian "sicuramente" means "certainly".
import type { LatinLanguage } from './language.ts';

export type MarkerSense = 'hedge' | 'certainty' | 'emphasis' | 'obligation';
type Lexicon = Record<MarkerSense, readonly string[]>;

export const LATIN_MARKERS: Record<LatinLanguage, Lexicon> = {
  de: {
    hedge: [
      ...['vielleicht', 'möglicherweise', 'eventuell', 'wahrscheinlich', 'vermutlich', 'anscheinend', 'angeblich'],
      ...['scheinbar', 'ich glaube', 'ich denke', 'wir glauben', 'meiner meinung nach', 'es scheint'],
    ],
    certainty: [
      ...['sicherlich', 'gewiss', 'zweifellos', 'zweifelsohne', 'ohne zweifel', 'definitiv', 'zwangsläufig'],
      ...['ich bin sicher', 'wir sind sicher', 'ich bin überzeugt', 'wir sind überzeugt'],
    ],
    emphasis: ['entschlossen', 'nachdrücklich', 'niemals', 'keinesfalls', 'auf keinen fall', 'unbeirrt', 'standhaft'],
    obligation: ['muss', 'müssen', 'musst', 'müsst', 'musste', 'mussten', 'verpflichtet', 'unbedingt'],
  },
  fr: {
    hedge: [
      ...['peut-être', 'probablement', 'sans doute', 'vraisemblablement', 'apparemment', 'possiblement'],
      ...['éventuellement', 'il semble', 'je pense', 'je crois', 'nous pensons', 'nous croyons', 'à mon avis'],
      ...['selon moi', 'prétendument'],
    ],
    certainty: [
      ...['certainement', 'assurément', 'indubitablement', 'sans aucun doute', 'incontestablement', 'forcément'],
      ...['inévitablement', 'je suis sûr', 'je suis certain', 'nous sommes sûrs', 'je suis convaincu'],
      ...['nous sommes convaincus'],
    ],
    emphasis: ['fermement', 'résolument', 'catégoriquement', 'jamais', 'en aucun cas', 'inébranlable'],
    obligation: [
      ...['doit', 'doivent', 'devons', 'devez', 'dois', 'devra', 'devront', 'il faut', 'il faudra', 'obligé'],
      ...['obligés', 'obligatoire', 'impératif', 'nécessairement'],
    ],
  },
  es: {
    hedge: [
      ...['quizás', 'quizá', 'tal vez', 'acaso', 'probablemente', 'posiblemente', 'seguramente', 'aparentemente'],
      ...['al parecer', 'supuestamente', 'creo que', 'creemos que', 'pienso que', 'en mi opinión', 'parece que'],
    ],
    certainty: [
      ...['sin duda', 'sin lugar a dudas', 'ciertamente', 'indudablemente', 'definitivamente', 'inevitablemente'],
      ...['estoy seguro', 'estamos seguros', 'estoy convencido', 'estamos convencidos'],
    ],
    emphasis: ['firmemente', 'resueltamente', 'categóricamente', 'nunca', 'jamás', 'en ningún caso', 'decididamente'],
    obligation: [
      ...['debe', 'deben', 'debemos', 'debo', 'debes', 'deberá', 'deberán', 'hay que', 'tiene que', 'tenemos que'],
      ...['tienen que', 'obligatorio', 'necesariamente'],
    ],
  },
  it: {
    hedge: [
      ...['forse', 'probabilmente', 'possibilmente', 'eventualmente', 'apparentemente', 'presumibilmente'],
      ...['sembra', 'credo che', 'penso che', 'a mio avviso', 'secondo me'],
    ],
    certainty: [
      ...['certamente', 'sicuramente', 'senza dubbio', 'indubbiamente', 'inevitabilmente', 'sono sicuro'],
      ...['siamo sicuri', 'sono convinto', 'siamo convinti'],
    ],
    emphasis: ['fermamente', 'risolutamente', 'categoricamente', 'mai', 'in nessun caso', 'con determinazione'],
    obligation: [
      ...['deve', 'devono', 'dobbiamo', 'devo', 'devi', 'dovrà', 'dovranno', 'bisogna', 'occorre'],
      ...['obbligatorio', 'necessariamente'],
    ],
  },
  pt: {
    hedge: [
      ...['talvez', 'provavelmente', 'possivelmente', 'aparentemente', 'supostamente', 'acho que', 'creio que'],
      ...['penso que', 'na minha opinião', 'parece que'],
    ],
    certainty: [
      ...['certamente', 'sem dúvida', 'indubitavelmente', 'definitivamente', 'inevitavelmente', 'com certeza'],
      ...['tenho certeza', 'estou convencido', 'estamos convencidos'],
    ],
    emphasis: ['firmemente', 'resolutamente', 'categoricamente', 'nunca', 'jamais', 'de forma alguma'],
    obligation: [
      ...['deve', 'devem', 'devemos', 'devo', 'deverá', 'deverão', 'tem de', 'temos de', 'tem que', 'temos que'],
      ...['têm de', 'têm que', 'é preciso', 'obrigatório', 'necessariamente'],
    ],
  },
  nl: {
    hedge: [
      ...['misschien', 'wellicht', 'mogelijk', 'waarschijnlijk', 'vermoedelijk', 'blijkbaar', 'naar verluidt'],
      ...['ik denk', 'ik geloof', 'wij denken', 'we denken', 'volgens mij', 'het lijkt'],
    ],
    certainty: ['ongetwijfeld', 'zonder twijfel', 'beslist', 'onvermijdelijk', 'stellig', 'ik ben ervan overtuigd'],
    emphasis: ['vastberaden', 'resoluut', 'categorisch', 'nooit', 'in geen geval', 'standvastig'],
    obligation: ['moet', 'moeten', 'moest', 'moesten', 'verplicht', 'noodzakelijkerwijs'],
  },
};

export const LATIN_COUNTERPARTS: Record<LatinLanguage, Lexicon> = {
  de: {
    hedge: [
      ...['könn', 'kann', 'konnt', 'möglich', 'vielleicht', 'wahrscheinlich', 'vermutlich', 'schein', 'glaub'],
      ...['denk', 'meinung', 'etwa', 'ungefähr', 'rund', 'fast', 'beinahe', 'falls', 'wenn', 'ob', 'hoff'],
      ...['wünsch', 'erlaub', 'dürf', 'darf', 'würde', 'wäre', 'sollte', 'eventuell', 'angeblich'],
    ],
    certainty: [
      ...['sicher', 'gewiss', 'zweifel', 'definitiv', 'bestimmt', 'unbedingt', 'zwangsläufig', 'immer', 'nie'],
      ...['wirklich', 'tatsächlich', 'klar', 'natürlich', 'weiß', 'wissen', 'werde', 'wird', 'garantier'],
      ...['gewährleist', 'überzeugt'],
    ],
    emphasis: [
      ...['entschlossen', 'entschieden', 'fest', 'nachdrück', 'nie', 'kein', 'immer', 'stark', 'energisch'],
      ...['konsequent', 'unbeirrt', 'standhaft', 'absolut'],
    ],
    obligation: [
      ...['muss', 'müss', 'pflicht', 'verpflicht', 'notwendig', 'nötig', 'erforderlich', 'brauch', 'soll'],
      ...['unbedingt', 'wichtig', 'gewährleist', 'sicherstell'],
    ],
  },
  fr: {
    hedge: [
      ...['peut', 'pourr', 'pouv', 'possib', 'probab', 'sembl', 'pens', 'crois', 'croy', 'avis', 'environ'],
      ...['presque', 'si', 'souhait', 'espér', 'espoir', 'permet', 'éventuel', 'serait', 'aurait', 'doute'],
    ],
    certainty: [
      ...['certain', 'sûr', 'assur', 'doute', 'forcément', 'inévitabl', 'toujours', 'jamais', 'vraiment'],
      ...['réellement', 'clairement', 'évidemment', 'bien sûr', 'sais', 'savons', 'sera', 'seront', 'vont'],
      ...['garanti', 'convaincu'],
    ],
    emphasis: [
      ...['ferme', 'résolu', 'catégori', 'jamais', 'aucun', 'toujours', 'fort', 'vigoureu', 'détermin'],
      ...['absolument', 'strict'],
    ],
    obligation: [
      ...['doi', 'dev', 'faut', 'faudra', 'oblig', 'nécessa', 'besoin', 'impérati', 'essentiel', 'indispensabl'],
      ...['important', 'garanti', 'assurer'],
    ],
  },
  es: {
    hedge: [
      ...['pued', 'podr', 'podí', 'posib', 'probab', 'quizá', 'tal vez', 'parec', 'creo', 'cree', 'piens'],
      ...['pens', 'opini', 'juicio', 'aproximad', 'alrededor', 'casi', 'unos', 'si', 'ojalá', 'esper', 'dese'],
      ...['permit', 'supuest', 'segur'],
    ],
    certainty: [
      ...['segur', 'ciert', 'duda', 'definitiv', 'inevitabl', 'siempre', 'nunca', 'jamás', 'realmente'],
      ...['claramente', 'evidente', 'por supuesto', 'sabemos', 'será', 'serán', 'va a', 'van a', 'garantiz'],
      ...['convencid'],
    ],
    emphasis: [
      ...['firme', 'resuel', 'categóric', 'nunca', 'jamás', 'ningún', 'ninguna', 'siempre', 'fuerte'],
      ...['decidid', 'determinad', 'absolut', 'estrict'],
    ],
    obligation: [
      ...['debe', 'debo', 'debi', 'deber', 'hay que', 'tiene que', 'tienen que', 'tenemos que', 'oblig'],
      ...['necesari', 'necesit', 'imprescindibl', 'esencial', 'importante', 'garantiz', 'asegur'],
    ],
  },
  it: {
    hedge: [
      ...['può', 'possono', 'potr', 'poss', 'possibil', 'probabil', 'forse', 'sembr', 'pare', 'cred', 'pens'],
      ...['avviso', 'circa', 'quasi', 'se', 'spera', 'speriamo', 'desider', 'permett', 'eventual'],
    ],
    certainty: [
      ...['cert', 'sicur', 'dubbi', 'inevitabil', 'sempre', 'mai', 'davvero', 'realmente', 'chiaramente'],
      ...['ovviamente', 'sappiamo', 'sarà', 'saranno', 'garant', 'convint'],
    ],
    emphasis: [
      ...['ferm', 'risolut', 'categoric', 'mai', 'nessun', 'sempre', 'fort', 'deciso', 'determina', 'assolut'],
      ...['rigoros'],
    ],
    obligation: [
      ...['deve', 'devo', 'devi', 'dobb', 'dovr', 'bisogn', 'occorr', 'obblig', 'necessar', 'essenzial'],
      ...['indispensabil', 'important', 'garant', 'assicur'],
    ],
  },
  pt: {
    hedge: [
      ...['pode', 'poder', 'possív', 'possib', 'prováv', 'provav', 'talvez', 'parec', 'acho', 'creio', 'pens'],
      ...['opini', 'cerca', 'aproximad', 'quase', 'se', 'espero', 'esperamos', 'desej', 'permit', 'supost'],
    ],
    certainty: [
      ...['cert', 'segur', 'dúvida', 'duvida', 'definitiv', 'inevitáv', 'inevitav', 'sempre', 'nunca'],
      ...['jamais', 'realmente', 'claramente', 'evidente', 'sabemos', 'será', 'serão', 'vai', 'vão', 'garant'],
      ...['convenc'],
    ],
    emphasis: [
      ...['firme', 'resolut', 'categoric', 'nunca', 'jamais', 'nenhum', 'nenhuma', 'sempre', 'fort', 'decidid'],
      ...['determina', 'absolut', 'rigoros'],
    ],
    obligation: [
      ...['deve', 'devo', 'dever', 'tem de', 'temos de', 'tem que', 'temos que', 'têm de', 'têm que', 'obrigat'],
      ...['necessár', 'necessar', 'precis', 'essencial', 'indispensáv', 'important', 'garant', 'assegur'],
    ],
  },
  nl: {
    hedge: [
      ...['kan', 'kunnen', 'kon', 'zou', 'zouden', 'mogelijk', 'misschien', 'wellicht', 'waarschijnlijk'],
      ...['lijkt', 'lijken', 'denk', 'geloof', 'mening', 'ongeveer', 'circa', 'bijna', 'als', 'indien', 'hoop'],
      ...['wens', 'toestaan', 'mag', 'mogen'],
    ],
    certainty: [
      ...['zeker', 'twijfel', 'beslist', 'onvermijdelijk', 'altijd', 'nooit', 'echt', 'werkelijk', 'duidelijk'],
      ...['natuurlijk', 'weet', 'weten', 'zal', 'zullen', 'gegarandeerd', 'overtuigd'],
    ],
    emphasis: [
      ...['vastberaden', 'resoluut', 'categorisch', 'nooit', 'geen', 'altijd', 'sterk', 'krachtig', 'vast'],
      ...['absoluut', 'streng'],
    ],
    obligation: ['moet', 'moeten', 'moest', 'verplicht', 'noodzak', 'nodig', 'vereist', 'essentieel', 'belangrijk'],
  },
};
