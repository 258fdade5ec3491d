// Generated (report, source) pairs for the matcher fuzz tests, in named families: each family aims at one way a
// pasted text can be hostile (scripts and marks the tokeniser must not split, text with no sentence ends, nothing
// but quote marks, labels everywhere, huge words, odd line ends), plus real sentences from seeds/ with edits so
// that pairs also align and the word diffs get exercised. Everything is drawn from a seeded PRNG.
import { pickOne, randomChance, randomChar, randomInt, shuffleList, type Random } from './random.ts';

export const FAMILIES = [
  'unicode',
  'no-punctuation',
  'quotes-only',
  'quotes-nested',
  'numbers',
  'speaker-labels',
  'long-words',
  'line-breaks',
  'seed-edits',
  'identical',
  'empty-vs-long',
  'whitespace-only',
  'mixed',
] as const;

export type Family = (typeof FAMILIES)[number];

export interface TextPair {
  family: Family;
  report: string;
  source: string;
}

/** Makes a text of about `size` code units (it may stop short or run a word over). */
type MakeText = (random: Random, size: number) => string;

/** Repeats `piece` until the text reaches `size`. */
function fill(size: number, piece: () => string): string {
  let text = '';
  while (text.length < size) text += piece();
  return text;
}

// ---- words in many scripts ----

const LATIN_PRECOMPOSED = 'àáâãäåāăąçćčďèéêëēėęěğìíîïīįıłñńňòóôõöøōőœŕřśşšţťùúûüūůűųýÿźżžßæðþ';
const COMBINING = { from: 0x0300, to: 0x036f };

function makeLatinWord(random: Random): string {
  const n = randomInt(random, 1, 10);
  let word = '';
  for (let i = 0; i < n; i++) {
    word += randomChance(random, 0.2) ? pickOne(random, [...LATIN_PRECOMPOSED]) : randomChar(random, 0x61, 0x7a);
    // Decomposed accents, now and then stacked (`e` + three marks).
    while (randomChance(random, 0.12)) word += randomChar(random, COMBINING.from, COMBINING.to);
  }
  return randomChance(random, 0.2) ? word[0]!.toUpperCase() + word.slice(1) : word;
}

function makeArabicWord(random: Random): string {
  let word = '';
  for (let i = randomInt(random, 1, 8); i > 0; i--) {
    word += randomChar(random, 0x0621, 0x064a);
    if (randomChance(random, 0.25)) word += randomChar(random, 0x064b, 0x0652); // harakat
  }
  return randomChance(random, 0.1) ? word + randomChar(random, 0x0660, 0x0669) : word;
}

function makeHebrewWord(random: Random): string {
  let word = '';
  for (let i = randomInt(random, 1, 7); i > 0; i--) {
    word += randomChar(random, 0x05d0, 0x05ea);
    if (randomChance(random, 0.2)) word += randomChar(random, 0x05b0, 0x05bc); // niqqud
  }
  return word;
}

function makeCyrillicWord(random: Random): string {
  let word = '';
  for (let i = randomInt(random, 1, 10); i > 0; i--)
    word += randomChance(random, 0.05) ? 'ё' : randomChar(random, 0x0410, 0x044f);
  return word;
}

/** CJK runs carry their own punctuation and no spaces, as Chinese and Japanese text does. */
function makeCjkRun(random: Random): string {
  let run = '';
  for (let i = randomInt(random, 1, 12); i > 0; i--) {
    const r = random();
    if (r < 0.6) run += randomChar(random, 0x4e00, 0x9fff);
    else if (r < 0.75) run += randomChar(random, 0x3041, 0x3096);
    else if (r < 0.85) run += randomChar(random, 0xac00, 0xd7a3);
    else
      run += pickOne(random, ['。', '，', '、', '！', '？', '：', '「', '」', '『', '』', '《', '》', '（', '）', '…']);
  }
  return run;
}

const EMOJI = [
  '😀',
  '🎉',
  '👍🏽',
  '👨‍👩‍👧‍👦',
  '👩🏽‍💻',
  '🏳️‍🌈',
  '🇺🇸',
  '🇨🇳',
  '1️⃣',
  '❤️',
  '🧑🏿‍🤝‍🧑🏻',
  '#️⃣',
  '𝐀𝐁𝐂', // mathematical bold letters: letters outside the BMP
  '𠜎𠜱', // CJK extension B, also outside the BMP
];

/** Characters that are easy to mishandle: bidi controls, zero-width marks, BOM, odd spaces, lone surrogates. */
const ODD = [
  ...'\u200e\u200f\u202a\u202b\u202c\u202e\u2066\u2069\u200b\u200c\u200d\ufeff\u00a0\u2028\u3000\u00ad\ufffd',
  '\ud83d',
  '\udc4d',
];

function makeDevanagariWord(random: Random): string {
  let word = '';
  for (let i = randomInt(random, 1, 6); i > 0; i--)
    word += randomChar(random, 0x0915, 0x0939) + (randomChance(random, 0.3) ? randomChar(random, 0x093e, 0x094d) : '');
  return word;
}

function makeScriptWord(random: Random): string {
  const r = random();
  if (r < 0.3) return makeLatinWord(random);
  if (r < 0.4) return makeArabicWord(random);
  if (r < 0.5) return makeHebrewWord(random);
  if (r < 0.62) return makeCyrillicWord(random);
  if (r < 0.77) return makeCjkRun(random);
  if (r < 0.87) return pickOne(random, EMOJI);
  if (r < 0.92) return makeDevanagariWord(random);
  return pickOne(random, ODD);
}

const PUNCTUATION = '.|. |, |! |? |… |; |: | — |،|؟ |׃ |.\n|\n\n| « | » |"|“|”'.split('|');

const makeUnicode: MakeText = (random, size) =>
  fill(
    size,
    () =>
      makeScriptWord(random) +
      (randomChance(random, 0.2) ? pickOne(random, PUNCTUATION) : randomChance(random, 0.9) ? ' ' : ''),
  );

// ---- English-like words, no punctuation ----

const ENGLISH = (
  'the a an United States democracy said not never spokesperson internet cyber security cybersecurity alliance ' +
  'countries development hegemony China US U.S. will would is and but that Wang Wenbin Zhao Lijian summit interests ' +
  "of to in politicizing weaponizing monopoly adding asked according reports don't world’s it’s"
).split(' ');

function makeEnglishWord(random: Random): string {
  return randomChance(random, 0.85) ? pickOne(random, ENGLISH) : makeLatinWord(random);
}

/** Words and spaces, now and then a line break, never a punctuation mark: one endless sentence. */
const makeNoPunctuation: MakeText = (random, size) => {
  const breaks = randomChance(random, 0.5);
  return fill(
    size,
    () => makeEnglishWord(random).replace(/[.'’]/g, '') + (breaks && randomChance(random, 0.05) ? '\n' : ' '),
  );
};

// ---- quote marks ----

// Straight marks twice, as they are the commonest.
const QUOTE_MARKS = [...'""“”‘’\'«»‹›„‟「」『』〝〞＂`´'];

/** Nothing but quote marks, sometimes with spaces and line breaks between them. */
const makeQuotesOnly: MakeText = (random, size) => {
  const spaced = randomChance(random, 0.5);
  return fill(
    size,
    () =>
      pickOne(random, QUOTE_MARKS) +
      (spaced && randomChance(random, 0.3) ? pickOne(random, [' ', ' ', '\n', '\n\n']) : ''),
  );
};

/** Words inside straight, curly, nested and unbalanced quotes, with elisions and bracketed insertions. */
const makeQuotesNested: MakeText = (random, size) => {
  const phrase = () => Array.from({ length: randomInt(random, 1, 8) }, () => makeEnglishWord(random)).join(' ');
  const quoted = (depth: number): string => {
    const [open, close] = pickOne(random, [
      ['"', '"'],
      ['“', '”'],
      ['‘', '’'],
      ["'", "'"],
      ['«', '»'],
      ['„', '“'],
      ['「', '」'],
      ['”', '“'], // misused: closing mark used to open
    ] as const);
    let inner = phrase();
    if (depth < 3 && randomChance(random, 0.4)) inner += ` ${quoted(depth + 1)} ${phrase()}`;
    if (randomChance(random, 0.2)) inner += pickOne(random, [' … ', ' ... ', ' […] ', ' [a] ', ' (sic) ']) + phrase();
    if (randomChance(random, 0.3)) inner += pickOne(random, [',', '.', '?', '!']);
    // Unbalanced: drop one of the two marks.
    const r = random();
    if (r < 0.15) return open + inner;
    if (r < 0.3) return inner + close;
    return open + inner + close;
  };
  return fill(size, () => {
    const r = random();
    const piece = r < 0.5 ? quoted(0) : r < 0.6 ? pickOne(random, QUOTE_MARKS) : phrase();
    return piece + pickOne(random, [' ', ' ', ' ', ', he said. ', '. ', '\n\n', ' said Wang. ']);
  });
};

// ---- numbers ----

const NUMBER_SEPARATORS = [...".,:/-–%+$€°'’()   \n\u00a0\u202f", '.\n'];

function makeNumber(random: Random): string {
  const r = random();
  if (r < 0.7) return String(randomInt(random, 0, 10 ** randomInt(random, 1, 10)));
  if (r < 0.8)
    return Array.from({ length: randomInt(random, 1, 5) }, () => randomChar(random, 0x0660, 0x0669)).join(''); // Arabic-Indic digits
  if (r < 0.88)
    return Array.from({ length: randomInt(random, 1, 5) }, () => randomChar(random, 0xff10, 0xff19)).join(''); // fullwidth digits
  return pickOne(random, [
    '½',
    '²',
    '³',
    'Ⅻ',
    'ⅳ',
    '①',
    '𝟙',
    '٫',
    '1e9',
    '0x1F',
    '3.14159',
    '1,000,000',
    '10:30',
    '2021-12-09',
  ]);
}

const makeNumbers: MakeText = (random, size) =>
  fill(size, () => makeNumber(random) + pickOne(random, NUMBER_SEPARATORS));

// ---- speaker labels ----

const LABELS = (
  'Q|Q:|Q.|A|A:|MS. PSAKI:|MR. PRICE:|MS. X:|Wang Wenbin:|Zhao Lijian:|WANG:|Reuters reporter:|AFP:|Spokesperson:|' +
  'THE PRESIDENT:|Unidentified speaker:|记者：|汪文斌：|NAME:|Q |:|::|Mr. Smith (CNN):'
).split('|');

function makeClause(random: Random): string {
  const words = Array.from({ length: randomInt(random, 0, 14) }, () => makeEnglishWord(random)).join(' ');
  return words + pickOne(random, ['.', '?', '', '!', '...', '.”', ':']);
}

/** Transcript-like lines: labels with or without text, labels mid-line, label-only lines, colons everywhere. */
const makeSpeakerLabels: MakeText = (random, size) =>
  fill(size, () => {
    const r = random();
    const label = pickOne(random, LABELS);
    const line =
      r < 0.1
        ? label
        : r < 0.2
          ? `${makeClause(random)} ${label} ${makeClause(random)}`
          : `${label} ${makeClause(random)} ${randomChance(random, 0.5) ? makeClause(random) : ''}`;
    return line + pickOne(random, ['\n', '\n\n', '\r\n', '\n  ', '\n\n\n']);
  });

// ---- very long words ----

function makeLongWord(random: Random, size: number): string {
  const n = randomInt(random, 100, Math.max(101, size));
  const r = random();
  if (r < 0.3) return fill(n, () => randomChar(random, 0x61, 0x7a));
  if (r < 0.45) return fill(n, () => 'e\u0301');
  if (r < 0.55) return fill(n, () => String(randomInt(random, 0, 10)));
  if (r < 0.65) return fill(n, () => `${randomChar(random, 0x41, 0x5a)}.`); // one endless dotted abbreviation
  if (r < 0.75) return fill(n, () => `${makeLatinWord(random)}-`); // one endless hyphenated compound
  if (r < 0.85) return fill(n, () => randomChar(random, 0x4e00, 0x9fff));
  if (r < 0.92) return fill(n, () => "'");
  return fill(n, () => pickOne(random, EMOJI));
}

const makeLongWords: MakeText = (random, size) =>
  fill(
    size,
    () =>
      (randomChance(random, 0.3) ? makeLongWord(random, size) : makeEnglishWord(random)) +
      pickOne(random, [' ', ' ', '. ', '\n']),
  );

// ---- line breaks ----

const LINE_BREAKS = '\r\n|\r|\n|\n\n|\r\r|\r\n\r\n|\n\r|\u2028|\u2029|\v|\f| \n|\t\r\n|\n \n'.split('|');

/** Sentences and fragments separated by every kind of line end, including a lone `\r`. */
const makeLineBreaks: MakeText = (random, size) => {
  const only = randomChance(random, 0.3) ? pickOne(random, LINE_BREAKS) : undefined;
  return fill(size, () => makeClause(random) + (only ?? pickOne(random, LINE_BREAKS)));
};

// ---- whitespace only ----

const WHITESPACE = [...' \t\n\r\u00a0\u2028\u2029\u3000\ufeff\v\f\u2003\u202f\u1680', '\r\n'];

const makeWhitespace: MakeText = (random, size) =>
  fill(randomInt(random, 1, Math.max(2, size)), () => pickOne(random, WHITESPACE));

// ---- real sentences from the seeds, edited ----

/** A stretch of whole paragraphs of one seed, about `size` long. */
function takeExcerpt(random: Random, corpus: readonly string[], size: number): string {
  const text = pickOne(random, corpus);
  const paragraphs = text.split(/\n\s*\n|\n/);
  let k = randomInt(random, 0, paragraphs.length);
  const out: string[] = [];
  let length = 0;
  while (length < size && out.length < paragraphs.length) {
    const p = paragraphs[k % paragraphs.length]!;
    out.push(p);
    length += p.length + 2;
    k++;
  }
  return out.join(randomChance(random, 0.8) ? '\n\n' : '\n');
}

/** Edits like a rewriting reporter's, as in scripts/bench.ts: words swapped, dropped, doubled; sentences repeated; paragraphs reordered. */
function editText(random: Random, text: string, rate: number): string {
  let paragraphs = text.split(/\n\s*\n/);
  if (randomChance(random, 0.3)) paragraphs = shuffleList(random, paragraphs);
  return paragraphs
    .map((paragraph) => {
      const sentences = paragraph.split(/(?<=[.!?]["”]?)\s+/);
      const kept: string[] = [];
      for (const sentence of sentences) {
        if (randomChance(random, rate)) continue; // sentence dropped
        kept.push(editWords(random, sentence, rate));
        if (randomChance(random, rate / 2)) kept.push(sentence); // sentence duplicated
      }
      return kept.join(' ');
    })
    .join('\n\n');
}

function editWords(random: Random, sentence: string, rate: number): string {
  const parts = sentence.split(/(\s+)/); // words at even indices
  for (let i = 0; i < parts.length; i += 2) {
    const r = random();
    if (r < rate)
      parts[i] = ''; // dropped
    else if (r < 2 * rate && i + 2 < parts.length)
      [parts[i], parts[i + 2]] = [parts[i + 2]!, parts[i]!]; // swapped with the next
    else if (r < 3 * rate)
      parts[i] = `${parts[i]} ${parts[i]}`; // doubled
    else if (r < 3.5 * rate)
      parts[i] = parts[i]!.replace(/\d/g, () => String(randomInt(random, 0, 10))); // numbers changed
    else if (r < 4 * rate) parts[i] = makeEnglishWord(random); // replaced
  }
  let out = parts.join('');
  if (randomChance(random, 0.2)) out = `“${out}”`;
  if (randomChance(random, 0.2))
    out = `${out.replace(/[.]$/, '')}, ${pickOne(random, ['Wang said', 'the spokesperson said', 'adding that', 'he stressed'])}.`;
  return out;
}

/** A report drawn from `source`: some of its sentences, edited, in a new order now and then. */
function deriveReport(random: Random, source: string, size: number): string {
  const start = randomInt(random, 0, Math.max(1, source.length - size));
  return editText(random, source.slice(start, start + size), random() * 0.15);
}

// ---- families ----

const TEXT_MAKERS: Partial<Record<Family, MakeText>> = {
  unicode: makeUnicode,
  'no-punctuation': makeNoPunctuation,
  'quotes-only': makeQuotesOnly,
  'quotes-nested': makeQuotesNested,
  numbers: makeNumbers,
  'speaker-labels': makeSpeakerLabels,
  'long-words': makeLongWords,
  'line-breaks': makeLineBreaks,
  'whitespace-only': makeWhitespace,
};

const MAKER_LIST = Object.values(TEXT_MAKERS);

/** Chunks of every family, end to end. */
function makeMixed(random: Random, size: number, corpus: readonly string[]): string {
  return fill(size, () => {
    const chunk = randomInt(random, 1, Math.max(2, size / 3));
    return randomChance(random, 0.25) ? takeExcerpt(random, corpus, chunk) : pickOne(random, MAKER_LIST)(random, chunk);
  });
}

function makeText(random: Random, family: Family, size: number, corpus: readonly string[]): string {
  const maker = TEXT_MAKERS[family];
  if (maker) return maker(random, size);
  if (family === 'seed-edits') return takeExcerpt(random, corpus, size);
  return makeMixed(random, size, corpus);
}

/**
 * One pair of the family. The report is either drawn from the source with edits (so that the pair aligns and
 * the diff is exercised) or made independently; for `identical` the two are the same string, for `empty-vs-long`
 * one side is empty.
 */
export function generatePair(random: Random, family: Family, size: number, corpus: readonly string[]): TextPair {
  if (family === 'identical') {
    const text = makeText(
      random,
      pickOne(
        random,
        FAMILIES.filter((f) => f !== 'identical' && f !== 'empty-vs-long'),
      ),
      size,
      corpus,
    );
    return { family, report: text, source: text };
  }
  if (family === 'empty-vs-long') {
    const text = makeText(
      random,
      pickOne(random, ['seed-edits', 'mixed', 'unicode', 'speaker-labels'] as const),
      size,
      corpus,
    );
    const r = random();
    if (r < 0.1) return { family, report: '', source: '' };
    return r < 0.55 ? { family, report: '', source: text } : { family, report: text, source: '' };
  }
  if (family === 'whitespace-only') {
    // Whitespace on one side or both; the other side anything.
    const other = randomChance(random, 0.3)
      ? makeWhitespace(random, size)
      : makeText(random, 'seed-edits', size, corpus);
    return randomChance(random, 0.5)
      ? { family, report: makeWhitespace(random, size), source: other }
      : { family, report: other, source: makeWhitespace(random, size) };
  }
  const source = makeText(random, family, size, corpus);
  const reportSize = Math.max(1, Math.round(size * (0.1 + random() * 0.6)));
  const report =
    family === 'seed-edits' || randomChance(random, 0.5)
      ? deriveReport(random, source, reportSize)
      : makeText(random, family, reportSize, corpus);
  return { family, report, source };
}
