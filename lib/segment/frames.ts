// Attribution frames in a report: the words that say who spoke (`Wang said`, `said the spokesperson`, `He pointed out
// that`, `, adding that`), who asked (`when asked about`) or where a claim comes from (`according to reports`), so a
// matcher can leave them out when it compares a report sentence with the source. A frame covers only those words,
// never the reported content and never text inside a quote. The search starts from the rare anchor words (reporting
// verbs, `asked`, `according to`) and looks around them, so it stays linear on a 20 MB transcript.
import type { Frame, FrameTarget, Quote, Sentence } from '../types.ts';
import { isSpaceCode, isWordAt, skipSpaceBackward, skipSpaceForward } from './chars.ts';
import {
  ADVERB,
  CAP_WORD,
  INVERTED_SUBJECT,
  NAME,
  ROLE_PHRASE,
  SUBJECT,
  TAIL,
  createVerbAnchor,
} from './rules/attribution.ts';
import {
  AMBIGUOUS_CONTINUING_PARTICIPLES,
  CONTINUING_PARTICIPLES,
  INVERTIBLE_VERBS,
  isAmbiguousReportingVerb,
  toAlternation,
} from './rules/reporting-verbs.ts';

const WORD_AFTER = String.raw`(?![\p{L}\p{N}])`;
const SUBJECT_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}'’.-])(?:${SUBJECT})\s+(?:${ADVERB}\s+)?$`, 'u');
const POSSESSIVE = /['’]s\s*$/u; // `Wang's comments` is a noun phrase, not `Wang comments`
const TOLD_OBJECT = new RegExp(
  String.raw`\s+(?:reporters|journalists|the\s+(?:press|media)|(?:him|her|them|us|me)${WORD_AFTER}|(?:a|the)\s+(?:(?:daily|regular|routine|weekly)\s+)?(?:press|news|media)\s+(?:conference|briefing)|${ROLE_PHRASE}|(?:(?:host|anchor|interviewer|reporters?)\s+)?${NAME})`,
  'uy',
);
const TAIL_AFTER = new RegExp(TAIL, 'uy');
const THAT_AFTER = /\s+that\b/y;
const INVERTED_AFTER = new RegExp(String.raw`\s+${INVERTED_SUBJECT}`, 'uy');
const INVERTIBLE = new Set<string>(INVERTIBLE_VERBS);

// The anchors are plain ASCII words found with non-Unicode `\b` regexes, the fastest scan V8 offers; the Unicode
// patterns then run only around them.
const PARTICIPLE_ANCHOR = new RegExp(
  String.raw`\b(?:${toAlternation([...CONTINUING_PARTICIPLES, ...AMBIGUOUS_CONTINUING_PARTICIPLES])})\b`,
  'g',
);
const NEEDS_THAT = new Set<string>(AMBIGUOUS_CONTINUING_PARTICIPLES);
const QUESTION_ANCHOR =
  /\b(?:[Aa]sked|[Qq]uestioned|[Rr]esponding|[Rr]esponse|[Rr]eplying|[Aa]nswering|[Rr]eacting)\b/g;
// `when asked about`, `asked whether`, `questioned by reporters on`
const ASKED_REST =
  /\s+(?:by\s+(?:an?\s+)?(?:reporters?|journalists?)\s+)?(?:about|whether|if|on|how|why|what|to\s+comment\s+on|for\s+(?:a\s+)?comments?\s+on)\b/y;
const ASKED_PREFIX = /(?:^|[^A-Za-z])((?:[Ww]hen|[Aa]fter|[Bb]eing|[Ii]f)\s+)$/;
// `responding to a question on`, `in response to a reporter's question about`
const RESPONSE_REST =
  /(?:\s+to)?\s+(?:(?:an?|the)\s+)?(?:(?:reporter|journalist)['’]s\s+|related\s+)?(?:questions?|query|queries|inquiry|inquiries)(?:\s+(?:from\s+(?:an?\s+)?(?:reporters?|journalists?)\s+)?(?:on|about|regarding|concerning|over))?\b/y;
const RESPONSE_PREFIX = /(?:^|[^A-Za-z])([Ii]n\s+)$/;
const ACCORDING_ANCHOR = /\b[Aa]ccording\s+to\b/g;
const SOURCE_NOUN = String.raw`(?:reports?|statements?|sources?|media|documents?|data|statistics|surveys?|study|studies|analysis|analyses|estimates?|figures)`;
// A long proper name with an optional acronym: `the National Computer Network Emergency Response Technical Team (CNCERT)`.
const ORGANISATION = String.raw`${CAP_WORD}(?:\s+(?:(?:of|for|and|on)\s+)?${CAP_WORD}){0,9}(?:\s+\([\p{Lu}\p{N}-]+\))?`;
// What `according to` names: a pronoun, a report (`reports`, `a report of 360`), or a source by name (`CNN`).
const ACCORDING_REST = new RegExp(
  String.raw`\s+(?:(?:him|her|them)${WORD_AFTER}|(?:(?:the|a|an|some|recent|media|news|local|official|foreign|press|several|earlier|unconfirmed|these|those|relevant)\s+){0,3}${SOURCE_NOUN}(?:\s+(?:of|by|from)\s+(?:the\s+)?(?:${ORGANISATION}|\d+))?${WORD_AFTER}|(?:the\s+)?${NAME}(?![\p{L}\p{N}'’-])(?!\.[\p{L}\p{N}])(?!\s+\p{Ll}))`,
  'uy',
);
// Characters after which an ambiguous verb is still a frame: `he argued.`, `he warned, "…"`, `he continued: …`.
const BREAKS = new Set([44, 46, 58, 59, 33, 63, 34, 39, 0x201c, 0x201d, 0x2018, 0x2019, 0xab, 0xbb, 0x2014, 0x2013]);
// Marks an inverted frame follows: `"…," said Wang`, `"…" — said Wang`.
const AFTER_QUOTE = new Set([44, 34, 39, 0x201d, 0x2019, 0xbb, 0x2014, 0x2013]);
const CLOSING_QUOTES = new Set([34, 39, 0x201d, 0x2019, 0xbb]);
const LOOK_BACK = 120;

function stickyLength(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0].length : 0;
}

// The sentence holding `at` (sentences are in order and do not overlap), by binary search.
function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

// Whether `[start, end)` overlaps a quote (quotes are in order and do not overlap).
function overlapsQuote(quotes: readonly Quote[], start: number, end: number): boolean {
  let lo = 0;
  let hi = quotes.length - 1;
  let last = -1; // the last quote starting before `end`
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.start < end) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return last >= 0 && quotes[last]!.end > start;
}

// The frame around one reporting verb `[start, end)`, if its subject is there.
function frameAtVerb(
  text: string,
  sentence: Sentence,
  start: number,
  end: number,
): { start: number; end: number } | null {
  const verb = text.slice(start, end).replace(/\s+/gu, ' ');
  const prevMark = (at: number): number => text.charCodeAt(skipSpaceBackward(text, sentence.start, at) - 1);
  // `"…" he argued` or `"…", he argued`: right after a quote.
  const followsQuote = (at: number): boolean => {
    const before = skipSpaceBackward(text, sentence.start, at);
    const c = text.charCodeAt(before - 1);
    return CLOSING_QUOTES.has(c) || (c === 44 && CLOSING_QUOTES.has(text.charCodeAt(before - 2)));
  };
  const floor = Math.max(sentence.start, start - LOOK_BACK);
  // A subject ends in a word just before the verb; after a quote or comma only the inverted order is possible.
  const wordBefore =
    start > floor &&
    isSpaceCode(text.charCodeAt(start - 1)) &&
    isWordAt(text, skipSpaceBackward(text, floor, start) - 1);
  const subject = wordBefore ? SUBJECT_BEFORE.exec(text.slice(floor, start)) : null;
  if (subject && !POSSESSIVE.test(subject[0])) {
    let frameEnd = end;
    if (verb === 'told' || verb === 'tells') frameEnd += stickyLength(TOLD_OBJECT, text, frameEnd);
    frameEnd += stickyLength(TAIL_AFTER, text, frameEnd);
    const that = stickyLength(THAT_AFTER, text, frameEnd);
    frameEnd += that;
    const subjectStart = floor + subject.index;
    if (isAmbiguousReportingVerb(verb) && that === 0) {
      const next = skipSpaceForward(text, frameEnd, sentence.end);
      if (next < sentence.end && !BREAKS.has(text.charCodeAt(next)) && !followsQuote(subjectStart)) return null;
    }
    return { start: subjectStart, end: frameEnd };
  }
  // `"…," said the spokesperson on Thursday`
  if (!INVERTIBLE.has(verb) || !AFTER_QUOTE.has(prevMark(start))) return null;
  const inverted = stickyLength(INVERTED_AFTER, text, end);
  if (inverted === 0) return null;
  return { start, end: end + inverted + stickyLength(TAIL_AFTER, text, end + inverted) };
}

/**
 * Finds attribution frames in `text` (in order, not overlapping), each inside one sentence and outside every quote.
 * `sentences` and `quotes` are those of the same text, in order.
 */
export function findFrames(text: string, sentences: readonly Sentence[], quotes: readonly Quote[]): Frame[] {
  if (typeof text !== 'string') throw new TypeError('findFrames: text must be a string');
  if (!Array.isArray(sentences)) throw new TypeError('findFrames: sentences must be an array');
  if (!Array.isArray(quotes)) throw new TypeError('findFrames: quotes must be an array');
  const found: Frame[] = [];
  const add = (start: number, end: number, target: FrameTarget): void => {
    const sentence = sentenceAt(sentences, start);
    if (sentence && start < end && end <= sentence.end && !overlapsQuote(quotes, start, end))
      found.push({ start, end, target });
  };
  for (const m of text.matchAll(createVerbAnchor())) {
    const sentence = sentenceAt(sentences, m.index);
    if (!sentence) continue;
    const frame = frameAtVerb(text, sentence, m.index, m.index + m[0].length);
    if (frame) add(frame.start, frame.end, 'speaker');
  }
  for (const m of text.matchAll(PARTICIPLE_ANCHOR)) {
    const end = m.index + m[0].length;
    const that = stickyLength(THAT_AFTER, text, end);
    if (that === 0 && NEEDS_THAT.has(m[0].replace(/\s+/gu, ' '))) continue; // `insisting on …` carries content
    // `, adding that`; or `…," adding that` where the comma sits inside the quote.
    const before = skipSpaceBackward(text, 0, m.index);
    const c = text.charCodeAt(before - 1);
    if (before === m.index) continue;
    if (c === 44) add(before - 1, end + that, 'speaker');
    else if (CLOSING_QUOTES.has(c) && text.charCodeAt(before - 2) === 44) add(m.index, end + that, 'speaker');
  }
  for (const m of text.matchAll(QUESTION_ANCHOR)) {
    const end = m.index + m[0].length;
    const asked = /^(?:asked|questioned)$/iu.test(m[0]);
    const rest = stickyLength(asked ? ASKED_REST : RESPONSE_REST, text, end);
    if (rest === 0) continue;
    const prefix = (asked ? ASKED_PREFIX : RESPONSE_PREFIX).exec(text.slice(Math.max(0, m.index - 8), m.index));
    if (!asked && /^response$/iu.test(m[0]) && !prefix) continue; // `response` only in `in response to`
    add(m.index - (prefix?.[1]?.length ?? 0), end + rest, 'question');
  }
  for (const m of text.matchAll(ACCORDING_ANCHOR)) {
    const rest = stickyLength(ACCORDING_REST, text, m.index + m[0].length);
    if (rest > 0) add(m.index, m.index + m[0].length + rest, 'other');
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const frames: Frame[] = [];
  for (const frame of found) {
    const last = frames[frames.length - 1];
    if (!last || frame.start >= last.end) frames.push(frame);
  }
  return frames;
}
