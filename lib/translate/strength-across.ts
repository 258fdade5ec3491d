// `sharpened` / `softened` across languages: a translation that adds or drops a hedge ("may", "perhaps", "I
// believe"), a word of certainty ("surely", 必将), of emphasis ("resolutely", 坚决, "never") or of obligation
// (必须, 务必) that the original has or lacks: a hedge only the translation has, or a word of strength only the
// original has, is `softened`; the reverse is `sharpened`. Built for precision: a flag is raised only on a marker from short
// explicit lists (below), and only when the other side has none of a much broader set of counterparts of the
// same sense, read off the words themselves and, for Chinese, off the dictionary glosses of every word, single
// characters included (可 "can, may", 会 "be likely", 必 "certainly"). Single characters are never markers.
// An earlier attempt read the markers off the glosses themselves and flagged optatives ("May our country enjoy
// prosperity", for 祝福国泰民安), "as much as possible" (尽可能) and the glosses of single characters more often
// than a real change (the comment it left in align-translation.ts).
// Left out as markers on purpose, after the translation cases (../shared/cases-translation):
// - English "must", "should", "need to": Chinese directives (要, or no word at all: "“六保”是…着力点" → "We must
//   focus on") and Ukrainian infinitives carry obligation unmarked, so an added "must" is how they are translated;
// - English "could" (past ability: "one could only marvel" for 感慨系之), "always", "very", "really", "of
//   course", "completely", "absolutely": past tense, frequency, fillers and intensifiers of no claim;
// - 坚定 (as a verb it is "to firm up": 坚定“四个自信” → "stay confident"), 努力 ("strive to", but as often the
//   noun "efforts"), 肯定 ("to affirm"), 好像 ("like"), Ukrainian "може" (also "can").
// German, French, Spanish, Italian, Portuguese and Dutch originals (read with an imported dictionary) have their
// own lists (latin-markers.ts).
// As in the same-language rules (lib/verdict/strength-flags.ts), a marker counts only where the claim it bears
// on is rendered on the other side (a Chinese or dictionary-read pair's word diff meets one of the words after
// it), and when the evidence points both ways neither flag is raised and a withheld detail says why.
import { FLAG_ORDER } from '../flag-order.ts';
import { stemWord } from '../normalize/stem.ts';
import { isStopWord } from '../normalize/stopwords.ts';
import type { DiffPart, Flag, FlagDetail, Span } from '../types.ts';
import { glossStems, hanWords } from './cedict.ts';
import { crossLanguageDiff } from './cross-diff.ts';
import { isLatinLanguage, type LatinLanguage } from './language.ts';
import { LATIN_COUNTERPARTS, LATIN_MARKERS, type MarkerSense } from './latin-markers.ts';

/** What a marker says about its claim; hedges make it weaker, the others stronger. */
type Sense = MarkerSense;

/** A marker found in a passage: its sense, where it is, and an English reading of an original word. */
interface Marker extends Span {
  sense: Sense;
  text: string;
  gloss?: string;
  /** Indices of its first and last word in the side's word list. */
  first: number;
  last: number;
}

const STRONG: readonly Sense[] = ['certainty', 'emphasis', 'obligation'];
const NAMES: Record<Sense, string> = {
  hedge: 'hedge',
  certainty: 'word of certainty',
  emphasis: 'word of resolve or emphasis',
  obligation: 'word of obligation',
};

/** English markers: lower-case words (phrases by single spaces), matched whole. Sources as in lexicon.ts. */
const ENGLISH_MARKERS: Record<Exclude<Sense, 'obligation'>, readonly string[]> = {
  hedge: [
    ...['may', 'might', 'possibly', 'perhaps', 'maybe', 'probably', 'likely', 'apparently', 'seemingly'],
    ...['presumably', 'reportedly', 'allegedly', 'seem', 'seems', 'seemed', 'it appears'],
    ...['i think', 'we think', 'i believe', 'we believe', 'i suppose', 'i guess'],
  ],
  certainty: [
    ...['definitely', 'certainly', 'surely', 'undoubtedly', 'doubtless', 'inevitably', 'without doubt'],
    ...['without a doubt', 'no doubt', 'for sure', 'for certain', 'bound to', "i'm sure", 'i am sure'],
    ...["we're sure", 'we are sure'],
  ],
  emphasis: [
    ...['resolutely', 'firmly', 'steadfastly', 'unswervingly', 'unwaveringly', 'unflinchingly', 'determinedly'],
    ...['will never', 'shall never', 'would never'],
  ],
};

/**
 * English words that render a sense, weakly or strongly: an original marker is dropped only when the translation
 * has none of these (nor a marker of the same pole). Broad on purpose; "will" renders a certainty or an
 * obligation (一定能 → "will", which the case's gold calls faithful) but not the resolve of 坚决.
 */
const ENGLISH_COUNTERPARTS: Record<Sense, readonly string[]> = {
  hedge: [
    ...['may', 'might', 'could', 'can', 'cannot', "can't", 'would', 'possible', 'possibility', 'probable'],
    ...['likelihood', 'likely', 'apparent', 'appear', 'appears', 'appeared', 'think', 'believe', 'believed'],
    ...['suppose', 'supposedly', 'guess', 'expect', 'expected', 'about', 'around', 'approximately', 'roughly'],
    ...['nearly', 'almost', 'some', 'estimated', 'estimate', 'potential', 'potentially', 'chance', 'if'],
    ...['whether', 'uncertain', 'uncertainty', 'unclear', 'necessarily', 'afraid', 'fear', 'wish', 'hope'],
    ...['allow', 'allowed', 'permitted', 'opinion', 'view', 'feel', 'doubt', 'reported', 'said'],
  ],
  certainty: [
    ...[
      'will',
      'shall',
      "won't",
      "we'll",
      "i'll",
      "it'll",
      "they'll",
      'would',
      'sure',
      'certain',
      'certainty',
      'definite',
      'doubt',
    ],
    ...['inevitable', 'bound', 'must', 'need', 'needs', 'necessarily', 'necessary', 'confident', 'confidence'],
    ...['assured', 'assure', 'guarantee', 'guaranteed', 'ensure', 'no', 'never', 'always', 'forever', 'indeed'],
    ...['truly', 'true', 'really', 'absolutely', 'clearly', 'obviously', 'of course', 'know'],
  ],
  emphasis: [
    ...['firm', 'firmness', 'resolute', 'resolve', 'resolved', 'determined', 'determination', 'steadfast'],
    ...['unswerving', 'unwavering', 'unflinching', 'staunch', 'staunchly', 'strong', 'strongly', 'must'],
    ...['never', 'no', 'none', 'nothing', 'nor', 'absolutely', 'vigorous', 'vigorously', 'decisive'],
    ...['decisively', 'relentless', 'relentlessly', 'all-out', 'spare', 'tough', 'solid', 'strict', 'strictly'],
    ...['unshakable', 'unyielding', 'persist', 'insist', 'forever', 'always', 'ever'],
  ],
  obligation: [
    ...['must', 'need', 'needs', 'needed', 'have to', 'has to', 'had to', 'should', 'shall', 'will', "we'll"],
    ...['ought', 'crucial', 'essential', 'imperative', 'necessary', 'necessarily', 'require', 'required'],
    ...['requires', 'requirement', 'obligatory', 'obligation', 'ensure', 'sure', 'vital', 'important'],
    ...['compulsory', 'mandatory', 'bound', 'duty', 'without fail'],
  ],
};

/** Chinese markers, dictionary words of two or more characters, with the reading shown in a message. */
const HAN_MARKERS: ReadonlyMap<string, readonly [Sense, string]> = new Map([
  ['或许', ['hedge', 'perhaps']],
  ['也许', ['hedge', 'perhaps']],
  ['可能', ['hedge', 'possibly']],
  ['大概', ['hedge', 'probably']],
  ['恐怕', ['hedge', "I'm afraid, perhaps"]],
  ['似乎', ['hedge', 'seemingly']],
  ['兴许', ['hedge', 'perhaps']],
  ['想必', ['hedge', 'presumably']],
  ['未必', ['hedge', 'not necessarily']],
  ['不一定', ['hedge', 'not necessarily']],
  ['看来', ['hedge', 'it seems']],
  ['据说', ['hedge', 'reportedly']],
  ['一定', ['certainty', 'certainly']],
  ['必将', ['certainty', 'will surely']],
  ['必然', ['certainty', 'inevitably']],
  ['必定', ['certainty', 'surely']],
  ['势必', ['certainty', 'is bound to']],
  ['无疑', ['certainty', 'undoubtedly']],
  ['毫无疑问', ['certainty', 'without doubt']],
  ['坚决', ['emphasis', 'resolutely']],
  ['坚定不移', ['emphasis', 'unswervingly']],
  ['毫不动摇', ['emphasis', 'unwaveringly']],
  ['决不', ['emphasis', 'never, by no means']],
  ['绝不', ['emphasis', 'absolutely not']],
  ['永不', ['emphasis', 'never']],
  ['必须', ['obligation', 'must']],
  ['务必', ['obligation', 'must without fail']],
]);

/** 一定 is "certainly" before a verb or modal (一定能, 一定要 "must"), "a certain" before a noun (一定程度). */
const YIDING_BEFORE = '要能会可将得是把让使';

/**
 * Chinese words that render a sense: these, any marker of the same pole, and any word whose glosses carry one of
 * the English words below (by stem), single characters included.
 */
const HAN_COUNTERPARTS: Record<Sense, readonly string[]> = {
  hedge: [...'可能会或似像若望祝愿准许', '可以', '能够', '估计', '预计', '大约', '左右', '多半', '认为', '觉得'],
  certainty: [...'必定会确准决绝永总', '确实', '的确', '始终', '一直', '从来'],
  emphasis: [...'坚决绝毫永牢稳定必', '坚持', '坚定', '决心', '始终', '一直', '从未', '从不'],
  obligation: [...'要须需应该得必务', '一定要', '确保'],
};
const GLOSS_COUNTERPARTS: Record<Sense, readonly string[]> = {
  hedge: [
    ...['perhaps', 'maybe', 'possibly', 'probably', 'seem', 'seemingly', 'apparently', 'likelihood', 'presume'],
    ...['reportedly', 'estimate', 'approximately', 'think', 'believe', 'guess', 'suppose', 'able', 'allow'],
    ...['hope', 'wish', 'if'],
  ],
  certainty: [
    ...['sure', 'surely', 'certain', 'certainly', 'definitely', 'inevitable', 'doubt', 'undoubtedly', 'bound'],
    ...['necessarily', 'assuredly', 'guarantee', 'ensure', 'forever', 'always', 'never', 'really', 'indeed'],
  ],
  emphasis: [
    ...['firm', 'firmly', 'resolute', 'resolutely', 'determined', 'steadfast', 'unswerving', 'unflinching'],
    ...['staunch', 'persist', 'persevere', 'insist', 'steady', 'vigorous', 'energetic', 'all-out', 'resolve'],
    ...['decisive', 'solid', 'strong', 'strongly', 'earnestly', 'never', 'absolutely', 'forever', 'always'],
  ],
  obligation: [...['necessarily', 'need', 'require', 'compulsory', 'ensure', 'guarantee', 'sure', 'demand']],
};

/** Ukrainian and Russian markers, as whole lower-case words (apostrophes straight) or phrases. */
const CYRILLIC_MARKERS: Record<Sense, readonly string[]> = {
  hedge: [
    ...['можливо', 'мабуть', 'напевно', 'напевне', 'певно', 'ймовірно', 'вірогідно', 'нібито', 'начебто'],
    ...['мені здається', 'я думаю', 'я вважаю', 'я гадаю', 'ми вважаємо', 'на мою думку'],
    ...['возможно', 'наверное', 'наверно', 'вероятно', 'пожалуй', 'видимо', 'по-видимому', 'якобы'],
    ...['мне кажется', 'я считаю', 'я полагаю', 'мы считаем', 'по-моему'],
  ],
  certainty: [
    ...["обов'язково", 'неодмінно', 'безумовно', 'безперечно', 'безсумнівно', 'без сумніву', 'точно'],
    ...['впевнений', 'впевнена', 'впевнені', 'упевнений', 'переконаний', 'переконана', 'переконані'],
    ...['обязательно', 'непременно', 'безусловно', 'несомненно', 'бесспорно', 'без сомнения'],
    ...['уверен', 'уверена', 'уверены', 'убежден', 'убеждена', 'убеждены'],
  ],
  emphasis: ['рішуче', 'неухильно', 'ніколи', 'решительно', 'неуклонно', 'никогда'],
  obligation: [
    ...['повинен', 'повинна', 'повинно', 'повинні', 'мусимо', 'мусить', 'мусять', 'мушу', "зобов'язані"],
    ...['должен', 'должна', 'должно', 'должны', 'обязаны'],
  ],
};

/** "точно так", "точно такий": "exactly (the same)", not "for sure". */
const EXACTLY_BEFORE = /^(так|такий|така|таке|такі|такой|такая|такое|такие|також)$/;

/**
 * Ukrainian and Russian words that render a sense: these and the markers of the same pole, by their beginning (a
 * word of three letters or fewer only whole: ні, чи, має).
 */
const CYRILLIC_COUNTERPARTS: Record<Sense, readonly string[]> = {
  hedge: [
    ...['можлив', 'може', 'можу', 'можуть', 'можна', 'міг', 'могл', 'змож', 'здаєт', 'здавал', 'ніби', 'схоже'],
    ...['вважа', 'думаю', 'думає', 'гадаю', 'приблизно', 'близько', 'майже', 'якщо', 'якби', 'чи', 'хай'],
    ...['нехай', 'сподіва', 'бажа', 'дозвол', 'может', 'могут', 'можно', 'мог', 'кажет', 'казал', 'будто'],
    ...['считаю', 'полагаю', 'похоже', 'примерно', 'около', 'почти', 'если', 'ли', 'пусть', 'надеж', 'надея'],
    ...['жела', 'разреш'],
  ],
  certainty: [
    ...["обов'язков", 'неодмін', 'безумовн', 'безперечн', 'безсумнівн', 'сумнів', 'точн'],
    ...['впевнен', 'упевнен', 'переконан', 'звичайно', 'звісно', 'завжди', 'ніколи', 'обязательн', 'непремен'],
    ...['безусловн', 'бесспорн', 'несомненн', 'сомнен', 'уверен', 'убежден', 'конечно', 'разумеется'],
    ...['всегда', 'никогда', 'знаю', 'знаєм', 'знаем'],
  ],
  emphasis: [
    ...['рішуч', 'тверд', 'неухильн', 'ніколи', 'жодн', 'ні', 'ані', 'завжди', 'назавжди', 'решительн'],
    ...['неуклонн', 'никогда', 'никак', 'ни', 'всегда', 'навсегда'],
  ],
  obligation: [
    ...['повин', 'муси', "зобов'яз", 'обов', 'треба', 'потріб', 'необхідн', 'слід', 'має', 'маємо'],
    ...['мають', 'маю', 'должн', 'обязан', 'нужн', 'надо', 'необходим', 'следует'],
  ],
};

/** Words that follow an optative "may" ("and may all your wishes come true") and never a modal one. */
const WISHED_FOR = new Set(['our', 'the', 'all', 'your', 'you', 'this', 'these', 'every', 'each', 'his', 'her']);
const NEGATIONS = new Set(['not', 'no', 'never', 'cannot', 'without', 'hardly']);
/** What may come between a modal hedge or marker and the words of its claim, in Chinese. */
const HAN_FUNCTION_WORDS = new Set([...'的了着过地得之以而于与及和在是把被对从向为也都就将所其要能会可']);
/** The claim a marker bears on: the first few content words within a short reach after it. */
const CLAIM_WORDS = 3;
const CLAIM_REACH = 8;

interface Word extends Span {
  /** Lower-case, apostrophes straight. */
  lower: string;
  /** As written. */
  cased: string;
  /** Index of the span it lies in. */
  span: number;
}

const LETTER_WORD = /\p{L}[\p{L}\p{M}\p{N}'’ʼ-]*|\p{N}+/gu;

function wordsOf(text: string, spans: readonly Span[]): Word[] {
  const words: Word[] = [];
  spans.forEach((s, k) => {
    for (const m of text.slice(s.start, s.end).matchAll(LETTER_WORD)) {
      const start = s.start + m.index;
      const lower = m[0].toLowerCase().replace(/[’ʼ]/g, "'");
      words.push({ start, end: start + m[0].length, lower, cased: m[0], span: k });
    }
  });
  return words;
}

/** Each word list's positions by lower-case word, built once per list: the phrases are looked up by first word. */
const positions = new WeakMap<readonly Word[], Map<string, number[]>>();
const phraseParts = new Map<string, readonly string[]>();

/** Where a phrase (lower-case words by single spaces) occurs in `words`: the index of its first word, each time. */
function phraseAt(words: readonly Word[], phrase: string): number[] {
  let at = positions.get(words);
  if (!at) {
    at = new Map();
    words.forEach((w, i) => {
      const list = at!.get(w.lower);
      if (list) list.push(i);
      else at!.set(w.lower, [i]);
    });
    positions.set(words, at);
  }
  let parts = phraseParts.get(phrase);
  if (!parts) phraseParts.set(phrase, (parts = phrase.split(' ')));
  const found: number[] = [];
  for (const i of at.get(parts[0]!) ?? [])
    if (parts.every((p, k) => words[i + k]?.lower === p && words[i + k]!.span === words[i]!.span)) found.push(i);
  return found;
}

/**
 * Whether "may" at `i` is the month ("May 22", "in May") or a wish ("May our country…", "and may all…"). A capital
 * "May" is never the hedge: past a sentence's first word it is the month, and a modal begins a sentence only in a
 * wish or a question ("May I ask").
 */
function notModalMay(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1];
  const next = words[i + 1];
  if (words[i]!.cased === 'May' || /^\d/.test(prev?.lower ?? '') || /^\d/.test(next?.lower ?? '')) return true;
  return ['and', 'or', 'but'].includes(prev?.lower ?? '') && WISHED_FOR.has(next?.lower ?? '');
}

/**
 * The markers of `words` from a lexicon (whole words or phrases by sense), in reading order; `skip` tells an
 * occurrence (its first and last word) that reads otherwise where it stands.
 */
function markersIn(
  words: readonly Word[],
  lexicon: Partial<Record<Sense, readonly string[]>>,
  skip: (phrase: string, first: number, last: number) => boolean = () => false,
): Marker[] {
  const markers: Marker[] = [];
  for (const [sense, phrases] of Object.entries(lexicon) as [Sense, string[]][])
    for (const phrase of phrases)
      for (const i of phraseAt(words, phrase)) {
        const last = i + phrase.split(' ').length - 1;
        if (skip(phrase, i, last)) continue;
        markers.push({ sense, start: words[i]!.start, end: words[last]!.end, text: phrase, first: i, last });
      }
  return markers.sort((a, b) => a.start - b.start);
}

/** An English marker that is no hedge where it stands: the month or a wish ("may"), or negated ("not likely"). */
const notEnglishMarker = (words: readonly Word[]) => (phrase: string, i: number) =>
  (phrase === 'may' && notModalMay(words, i)) ||
  NEGATIONS.has(words[i - 1]?.lower ?? '') ||
  words[i - 1]?.lower.endsWith("n't") === true;

/** The gloss words as the stems glossStems gives. */
const glossKeys = (sense: Sense): ReadonlySet<string> => new Set(GLOSS_COUNTERPARTS[sense].map((w) => stemWord(w)));
const GLOSS_KEYS: Record<Sense, ReadonlySet<string>> = {
  hedge: glossKeys('hedge'),
  certainty: glossKeys('certainty'),
  emphasis: glossKeys('emphasis'),
  obligation: glossKeys('obligation'),
};

/** One side of a pair: its markers, the senses it renders (broadly), and its words. */
interface Side {
  markers: Marker[];
  renders: Set<Sense>;
  /** The side's words, for the claim after a marker. */
  words: readonly (Span & { content: boolean; span: number })[];
}

const poleOf = (sense: Sense): readonly Sense[] => (sense === 'hedge' ? ['hedge'] : STRONG);

function englishSide(text: string, spans: readonly Span[]): Side {
  const words = wordsOf(text, spans);
  const markers = markersIn(words, ENGLISH_MARKERS, notEnglishMarker(words));
  const renders = new Set<Sense>(markers.flatMap((m) => poleOf(m.sense)));
  for (const [sense, list] of Object.entries(ENGLISH_COUNTERPARTS) as [Sense, string[]][])
    if (list.some((p) => phraseAt(words, p).length > 0)) renders.add(sense);
  return { markers, renders, words: words.map((w) => ({ ...w, content: !isStopWord(w.lower) })) };
}

const HAN_MARKER_WORDS = [...HAN_MARKERS.keys()];
const mayHoldHanMarker = (text: string, spans: readonly Span[]): boolean =>
  spans.some((s) => {
    const piece = text.slice(s.start, s.end);
    return HAN_MARKER_WORDS.some((w) => piece.includes(w));
  });

function hanSide(text: string, spans: readonly Span[]): Side {
  const words = spans.flatMap((s, span) => hanWords(text, s.start, s.end).map((w) => ({ ...w, span })));
  const markers: Marker[] = [];
  const renders = new Set<Sense>();
  words.forEach((w, i) => {
    const word = text.slice(w.start, w.end);
    const entry = HAN_MARKERS.get(word);
    if (entry && (word !== '一定' || YIDING_BEFORE.includes(text[w.end] ?? ''))) {
      const sense = word === '一定' && text[w.end] === '要' ? 'obligation' : entry[0];
      markers.push({ sense, start: w.start, end: w.end, text: word, gloss: entry[1], first: i, last: i });
      for (const s of poleOf(sense)) renders.add(s);
    }
    const stems = glossStems(word);
    for (const sense of Object.keys(HAN_COUNTERPARTS) as Sense[])
      if (HAN_COUNTERPARTS[sense].includes(word) || stems.some((k) => GLOSS_KEYS[sense].has(k))) renders.add(sense);
  });
  return {
    markers,
    renders,
    words: words.map((w) => ({ ...w, content: !HAN_FUNCTION_WORDS.has(text.slice(w.start, w.end)) })),
  };
}

/**
 * An original's side read off word lists: its markers (whole words or phrases; `skip` tells a word that reads
 * otherwise where it stands) and the senses its counterparts render (phrases whole, a word by its beginning, an
 * entry of three letters or fewer only whole). Used for Ukrainian and Russian, and for Latin-script originals.
 */
function listedSide(
  text: string,
  spans: readonly Span[],
  lists: { markers: Record<Sense, readonly string[]>; counterparts: Record<Sense, readonly string[]> },
  skip: (phrase: string, next: string) => boolean = () => false,
): Side {
  const words = wordsOf(text, spans);
  const markers = markersIn(words, lists.markers, (phrase, _first, last) => skip(phrase, words[last + 1]?.lower ?? ''));
  const renders = new Set<Sense>(markers.flatMap((m) => poleOf(m.sense)));
  for (const [sense, list] of Object.entries(lists.counterparts) as [Sense, string[]][]) {
    const found = list.some((p) =>
      p.includes(' ')
        ? phraseAt(words, p).length > 0
        : words.some((w) => (p.length <= 3 ? w.lower === p : w.lower.startsWith(p))),
    );
    if (found) renders.add(sense);
  }
  // A marker's glosses are often English function words (doivent "must"), which the word diff never marks, so the
  // diff cannot tell whether the marker itself is rendered: its words are not content here, and the broad
  // counterparts above decide; the claim after it is still checked.
  const inMarker = new Set(markers.flatMap((m) => Array.from({ length: m.last - m.first + 1 }, (_, k) => m.first + k)));
  return {
    markers,
    renders,
    words: words.map((w, i) => ({ ...w, content: !inMarker.has(i) && !isStopWord(w.lower) })),
  };
}

const CYRILLIC = { markers: CYRILLIC_MARKERS, counterparts: CYRILLIC_COUNTERPARTS };
/** "точно так": "exactly so", not "for sure". */
const exactly = (phrase: string, next: string) => phrase === 'точно' && EXACTLY_BEFORE.test(next);

const inMarks = (w: Span, marks: readonly Span[]): boolean => marks.some((m) => m.start <= w.start && w.end <= m.end);

/**
 * Whether a marker stands unrendered: none of its content words met a word of the other side in the diff (a word
 * the diff met has a counterpart in the original's glosses: "firmly" ~ 牢牢 "firmly"), and the claim it bears on
 * is rendered there: one of the first content words after it (in its span) met one. With none after it there is
 * nothing to tell by, and it counts.
 */
function standsUnrendered(side: Side, marker: Marker, marks: readonly Span[]): boolean {
  const own = side.words.slice(marker.first, marker.last + 1).filter((w) => w.content);
  if (own.some((w) => !inMarks(w, marks))) return false;
  const span = side.words[marker.last]?.span;
  const after = side.words
    .slice(marker.last + 1, marker.last + 1 + CLAIM_REACH)
    .filter((w) => w.span === span && w.content)
    .slice(0, CLAIM_WORDS);
  return after.length === 0 || after.some((w) => !inMarks(w, marks));
}

/**
 * The strength flags of one translation pair: the report (the English translation) and the source (its original)
 * as the alignment's spans, and the original's script. Returns the flags, in the order of the `Flag` union, and
 * their evidence; a pair whose evidence points both ways gets no flag and one withheld detail. `pairDiff` is the
 * pair's word diff (cross-diff.ts) when the caller has it, so it is not worked out twice; a Latin-script original
 * (German, French…, `original` its language) is read by an imported dictionary, which only the caller has, so its
 * pairs are flagged only with their diff.
 */
export function flagStrengthAcross(
  report: string,
  reportSpans: readonly Span[],
  source: string,
  sourceSpans: readonly Span[],
  original: 'han' | 'cyrillic' | LatinLanguage,
  pairDiff?: readonly DiffPart[],
): { flags: Flag[]; flagDetails: FlagDetail[] } {
  const latin = original === 'han' || original === 'cyrillic' ? null : original;
  if (latin !== null && !isLatinLanguage(latin))
    throw new Error(
      `flagStrengthAcross: the original must be 'han', 'cyrillic' or a Latin-script language, not ${String(original)}`,
    );
  if (latin && !pairDiff) return { flags: [], flagDetails: [] };
  const mine = englishSide(report, reportSpans);
  // Most pairs have no marker on either side: the Chinese side is cut into words only when it may hold one.
  if (mine.markers.length === 0 && original === 'han' && !mayHoldHanMarker(source, sourceSpans))
    return { flags: [], flagDetails: [] };
  const theirs = latin
    ? listedSide(source, sourceSpans, { markers: LATIN_MARKERS[latin], counterparts: LATIN_COUNTERPARTS[latin] })
    : original === 'han'
      ? hanSide(source, sourceSpans)
      : listedSide(source, sourceSpans, CYRILLIC, exactly);
  // A Chinese or dictionary-read pair's word diff meets words by meaning (a Ukrainian or Russian one meets only
  // names and numbers), so only there does it tell a marker's counterpart and its claim.
  const byMeaning = original !== 'cyrillic';
  const diff = byMeaning ? (pairDiff ?? crossLanguageDiff(report, reportSpans, source, sourceSpans, 'han')) : [];
  const added = diff.flatMap((p) => (p.op === 'added' ? [p.report] : []));
  const omitted = diff.flatMap((p) => (p.op === 'omitted' ? [p.source] : []));
  const details: FlagDetail[] = [];
  for (const m of mine.markers) {
    if (theirs.renders.has(m.sense) || (byMeaning && !standsUnrendered(mine, m, added))) continue;
    const flag = m.sense === 'hedge' ? 'softened' : 'sharpened';
    details.push({
      flag,
      report: { start: m.start, end: m.end },
      message: `"${report.slice(m.start, m.end)}" in the translation, no ${NAMES[m.sense]} in the original (${flag === 'softened' ? 'softer' : 'stronger'})`,
    });
  }
  for (const m of theirs.markers) {
    if (mine.renders.has(m.sense) || (byMeaning && !standsUnrendered(theirs, m, omitted))) continue;
    const flag = m.sense === 'hedge' ? 'sharpened' : 'softened';
    const shown = source.slice(m.start, m.end) + (m.gloss ? ` (${m.gloss})` : '');
    details.push({
      flag,
      source: { start: m.start, end: m.end },
      message: `"${shown}" in the original, no ${NAMES[m.sense]} in the translation (${flag === 'softened' ? 'softer' : 'stronger'})`,
    });
  }
  const raised = new Set(details.map((d) => d.flag));
  if (raised.size > 1) {
    // Both ways: one withheld detail, with the first evidence of each side.
    const report = details.find((d) => d.report)?.report;
    const source = details.find((d) => d.source)?.source;
    const message = `strength changes both ways, so neither flag is raised: ${details.map((d) => d.message).join('; ')}`;
    return {
      flags: [],
      flagDetails: [
        { flag: 'sharpened', ...(report && { report }), ...(source && { source }), message, withheld: true },
      ],
    };
  }
  return { flags: FLAG_ORDER.filter((f) => raised.has(f)), flagDetails: details };
}
