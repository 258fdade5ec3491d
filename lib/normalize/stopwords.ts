// English function words, which matching ignores: articles, pronouns, auxiliaries and modals, prepositions,
// conjunctions and the commonest adverbs (~185 words plus 31 contractions). Based on the classic SMART/Snowball English lists, cut down to
// words that carry no claim of their own. Left OUT on purpose, because changing them changes the statement:
// - negations (`not`, `no`, `never`, `nor`, `neither`, `none`, `nothing`, `nobody`, `without`, `unless`,
//   every `n't` form): they drive the `negation-changed` flag;
// - numbers and number words (`one`, `two`, `first`, `half`, `several`, `many`, `few`), which drive
//   `number-changed`;
// - comparatives of amount (`more`, `most`, `less`, `least`, `fewer`): "more than" vs "less than";
// - `against` (polarity: "voted against" vs "voted for") and `only`/`own`/`same`, which the matcher and the
//   strength lexicon read.
// The pronoun `us` is here; the country (`US`, `U.S.`) is recognised by its case or dots before this is asked
// (lib/normalize/variants.ts).

/** The stop words, lower-case, with straight apostrophes. */
// prettier-ignore
export const STOP_WORDS: readonly string[] = [
  // articles and determiners
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'any', 'each', 'every', 'either', 'all', 'both',
  'such', 'other', 'another', 'whose',
  // personal, reflexive and possessive pronouns
  'i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves', 'you', 'your', 'yours', 'yourself',
  'yourselves', 'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'it', 'its', 'itself', 'they',
  'them', 'their', 'theirs', 'themselves',
  // relative, interrogative and indefinite pronouns
  'who', 'whom', 'which', 'what', 'whatever', 'whoever', 'whichever', 'something', 'anything', 'everything',
  'someone', 'anyone', 'everyone', 'somebody', 'anybody', 'everybody',
  // auxiliaries and modals
  'be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', 'have', 'has', 'had', 'having', 'do', 'does', 'did',
  'doing', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'ought',
  // contractions (the `n't` ones are negations and stay out)
  "i'm", "i've", "i'd", "i'll", "we're", "we've", "we'd", "we'll", "you're", "you've", "you'd", "you'll",
  "he's", "he'd", "he'll", "she's", "she'd", "she'll", "it's", "it'd", "it'll", "they're", "they've", "they'd",
  "they'll", "that's", "there's", "here's", "what's", "who's", "let's",
  // prepositions
  'about', 'above', 'across', 'after', 'along', 'amid', 'among', 'amongst', 'around', 'as', 'at', 'before',
  'behind', 'below', 'beneath', 'beside', 'besides', 'between', 'beyond', 'by', 'despite', 'down', 'during',
  'except', 'for', 'from', 'in', 'inside', 'into', 'near', 'of', 'off', 'on', 'onto', 'out', 'outside', 'over',
  'per', 'since', 'than', 'through', 'throughout', 'till', 'to', 'toward', 'towards', 'under', 'underneath',
  'until', 'up', 'upon', 'via', 'with', 'within',
  // conjunctions
  'and', 'but', 'or', 'so', 'yet', 'if', 'because', 'although', 'though', 'while', 'whereas', 'whether',
  // very common adverbs
  'also', 'very', 'too', 'just', 'quite', 'rather', 'then', 'there', 'here', 'now', 'even', 'still', 'already',
  'again', 'ever', 'else', 'how', 'when', 'where', 'why', 'once', 'thus', 'hence', 'therefore', 'however',
  'indeed', 'well',
  // a possessive split off by a tokenizer
  's', "'s",
];

const STOP_SET: ReadonlySet<string> = new Set(STOP_WORDS);

/** Whether a lower-case word is a function word that matching ignores. Curly apostrophes count as straight. */
export function isStopWord(lower: string): boolean {
  return STOP_SET.has(lower.includes('’') ? lower.replace(/’/g, "'") : lower);
}
