// Which quoted-word differences accuse the report of a misquote and which only show different wording. A
// content word, a number, a name or a negation that differs is a misquote; a function word, an inflection,
// a filler of speech (`uh`, `you know`, a repeated word) or a word break is wording. These are facts of
// English, not fitted numbers.

/** Function words: articles, pronouns, auxiliaries, prepositions, conjunctions, common adverbs. */
const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those some any each every either all both such other another ' +
    'i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers herself ' +
    'it its itself they them their theirs themselves who whom whose which what whatever something anything everything ' +
    'be am is are was were been being have has had having do does did doing will would shall should can could may might must ' +
    "i'm i've i'd i'll we're we've we'd we'll you're you've you'd you'll he's he'd he'll she's she'd she'll it's it'd it'll " +
    "they're they've they'd they'll that's there's here's what's who's let's " +
    'about above across after along amid among around as at before behind below between beyond by despite down during except ' +
    'for from in inside into near of off on onto out outside over per since than through to toward towards under until up upon via with within ' +
    'and but or so yet if because although though while whereas whether also very too just quite rather then there here now even still ' +
    'already again ever how when where why once thus however indeed well really actually s'
  ).split(' '),
);

/** Words a speaker utters that carry nothing: a report may drop them, but inside quote marks that is still a change. */
const FILLERS = new Set(['uh', 'um', 'er', 'erm', 'ah', 'hmm', 'mm', 'oh', 'okay', 'ok']);
/** Two-word fillers, dropped as a pair. */
const FILLER_PAIRS = new Set(['you know', 'i mean', 'sort of', 'kind of', 'i think']);

const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'neither', 'none', 'nothing', 'nobody', 'nowhere', 'cannot', 'without']);
const NUMBER_WORDS = new Set(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions trillion dozen dozens half first second third percent'.split(' '),
);

export const isFunctionWord = (form: string): boolean => FUNCTION_WORDS.has(form);
export const isFiller = (form: string): boolean => FILLERS.has(form);
export const isFillerPair = (a: string, b: string): boolean => FILLER_PAIRS.has(`${a} ${b}`);
export const negationCount = (forms: readonly string[]): number =>
  forms.filter((f) => NEGATIONS.has(f) || f.endsWith("n't")).length;
export const isNumber = (form: string): boolean => /\p{N}/u.test(form) || NUMBER_WORDS.has(form);
