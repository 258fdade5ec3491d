// Which matching keys mean the same: the WordNet table built by scripts/build-wordnet.mjs plus a short hand
// list of news and translation equivalences WordNet lacks. A key is what `stemWord(lower)` gives (the Porter
// stem); two keys are related when a group holds both. Groups are cliques, not chains: `cyber` is grouped with
// `network` (a translation of one Chinese word) and with `internet`, yet `network` and `internet` stay apart.
// Function words have WordNet senses too ("can" a toilet, "will" a testament, "in" an inch, and "us" is the
// stem of "use"), so ask only about content keys (tokens.ts marks stop words as non-content).
// The table is generated at install time (`npm install` → prepare → build-wordnet) and git-ignored; its format
// is documented in the build script's header.
import table from './wordnet-synonyms.json' with { type: 'json' };
import { stemWord } from './stem.ts';

/** How two keys relate. `form`: derived forms Porter keeps apart (`interven`/`intervent`, `explain`/`explan`). */
export type StemRelation = 'same' | 'form' | 'synonym';

/**
 * General English equivalences that WordNet 3.1 does not give as synonyms (checked against the built table),
 * one group a row, as plain lower-case words. They come from news wording and from the usual English
 * renderings of one foreign word in official translations ("many renderings") — never from one case's wording.
 */
const EXTRA_GROUPS: readonly (readonly string[])[] = [
  ['hegemony', 'dominance', 'domination', 'supremacy'], // WordNet has "hegemony" with no single-word synonym
  ['own', 'private'], // "its own / private interests": WordNet siblings under "personal", not joined by the build
  ['wide', 'widespread', 'general', 'broad'], // "wide / general support": siblings under "comprehensive"
  ['spokesperson', 'spokesman', 'spokeswoman'], // gendered forms of one role; WordNet lacks "spokesperson"
  ['claim', 'allege', 'assert'], // stating without proof
  ['allegation', 'accusation'], // the nouns of the above
  ['accuse', 'blame'], // "accused X of" / "blamed X for"
  ['fabricate', 'concoct', 'invent'], // making up a story
  ['hype', 'exaggerate', 'sensationalize', 'sensationalise', 'overstate'], // "hype up": one verb, many renderings
  ['interfere', 'meddle', 'intervene'], // "interfere in internal affairs"
  ['firmly', 'resolutely', 'staunchly', 'strongly'], // "firmly / resolutely opposes": one adverb, many renderings
  ['pretext', 'excuse'], // "under the pretext / excuse of"
  ['smear', 'vilify', 'denigrate', 'discredit', 'defame', 'stigmatize', 'stigmatise'], // attacking a reputation
  ['protect', 'defend', 'safeguard', 'guard'], // keeping from harm
  ['safeguard', 'maintain', 'uphold', 'preserve'], // "safeguard / maintain / uphold peace": one verb, many renderings
  ['cyber', 'network'], // "network attacks" renders "cyberattacks"; kept apart from "internet" below
  ['cyber', 'internet', 'online', 'cyberspace'], // the online domain
  ['statement', 'remark', 'comment'], // what a spokesperson said
  ['goal', 'aim', 'objective'], // WordNet splits "goal" from "aim"
  ['stance', 'position', 'attitude'], // "China's position / stance"
  ['consensus', 'agreement'], // "reach a consensus / an agreement"
  ['lie', 'falsehood'], // WordNet splits the noun senses
  ['false', 'fake', 'bogus'], // "false / fake news"
  ['disinformation', 'misinformation'], // used interchangeably in news
  ['criticize', 'criticise', 'slam', 'blast', 'lambaste', 'lambast', 'censure', 'rebuke'], // headline verbs
  ['condemn', 'denounce', 'decry'], // public condemnation; lexicon.ts ranks it above criticism
  ['bloc', 'clique'], // "small cliques / blocs"
  ['confrontation', 'conflict'], // "bloc confrontation / conflict"
  ['coerce', 'coercion', 'bully', 'intimidate'], // pressure by threat
  ['tension', 'friction'], // strained relations
  ['suppress', 'curb', 'repress'], // holding down
  ['interest', 'benefit'], // "national interests / benefits": one noun, two renderings
  ['undermine', 'damage', 'harm', 'impair'], // lexicon.ts ranks their strength
  ['plan', 'intend'], // "plans / intends to"
  ['reporter', 'journalist'], // WordNet pairs "reporter" only with "newsman"
  ['evidence', 'proof'], // "no evidence / proof"
  ['inquiry', 'investigation', 'probe'], // "probe" is headline English for an investigation
  ['expert', 'specialist'], // people quoted for their knowledge
  ['plot', 'conspiracy'], // a secret plan
  ['stress', 'emphasize', 'emphasise', 'underline', 'underscore', 'highlight'], // reporting verbs of emphasis
  ['comply', 'abide'], // "comply with / abide by the rules"
  ['openly', 'publicly'], // "openly / publicly said"
  ['blatant', 'flagrant'], // "blatant / flagrant interference"
];

interface SynonymTable {
  v: number;
  /** Lines before this index are synonym groups; the rest are derived-form pairs. */
  synonymGroups: number;
  /** One group a line, keys separated by spaces. */
  groups: string;
}

interface SynonymIndex {
  /** Key → ascending ids of the groups that hold it. */
  groupsOf: Map<string, number[]>;
  /** Ids in [formStart, formEnd) are derived-form pairs; all others are synonym groups. */
  formStart: number;
  formEnd: number;
}

let index: SynonymIndex | undefined;

/** Builds the key → group ids map on first use (~40 ms), so importing this module costs nothing. */
function loadIndex(): SynonymIndex {
  if (index) return index;
  const data: SynonymTable = table;
  if (data.v !== 1)
    throw new Error(`wordnet-synonyms.json: version ${data.v}; rebuild it with node scripts/build-wordnet.mjs --force`);
  const groupsOf = new Map<string, number[]>();
  const add = (key: string, id: number): void => {
    const ids = groupsOf.get(key);
    if (ids === undefined) groupsOf.set(key, [id]);
    else if (ids[ids.length - 1] !== id) ids.push(id);
  };
  const lines = data.groups.split('\n');
  lines.forEach((line, id) => {
    for (const key of line.split(' ')) add(key, id);
  });
  EXTRA_GROUPS.forEach((words, i) => {
    for (const word of words) add(stemWord(word), lines.length + i);
  });
  index = { groupsOf, formStart: data.synonymGroups, formEnd: lines.length };
  return index;
}

const NONE: readonly number[] = Object.freeze([]);

/** The ascending ids of the synonym groups a key belongs to; empty for a key with no synonyms. */
export function synonymGroups(stem: string): readonly number[] {
  return loadIndex().groupsOf.get(stem) ?? NONE;
}

/**
 * How two keys relate: `same` key, derived `form` of one word, `synonym`, or null when unrelated.
 * Synonym wins when both apply.
 */
export function relateStems(stemA: string, stemB: string): StemRelation | null {
  if (stemA === stemB) return 'same';
  const { groupsOf, formStart, formEnd } = loadIndex();
  const a = groupsOf.get(stemA);
  const b = groupsOf.get(stemB);
  if (a === undefined || b === undefined) return null;
  let relation: StemRelation | null = null;
  // Both lists are ascending: walk them together.
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a[i]!;
    const y = b[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      if (x < formStart || x >= formEnd) return 'synonym';
      relation = 'form';
      i++;
      j++;
    }
  }
  return relation;
}

/** Whether two keys mean the same: the same key, derived forms of one word, or synonyms. */
export function areSynonyms(stemA: string, stemB: string): boolean {
  return relateStems(stemA, stemB) !== null;
}
