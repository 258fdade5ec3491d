// Attribution frames in a report: the words that say who spoke (`Wang said`, `said the spokesperson`, `He pointed out
// that`, `, adding that`), who asked (`when asked about`) or where a claim comes from (`according to reports`), so a
// matcher can leave them out when it compares a report sentence with the source. A frame covers only those words,
// never the reported content and never text inside a quote. The search starts from the rare anchor words (reporting
// verbs, `asked`, `according to`) and looks around them, so it stays linear on a 20 MB transcript.
import type { Frame, FrameTarget, Quote, Sentence } from '../types.ts';
import { skipSpaceBackward, skipSpaceForward } from './chars.ts';
import { ADVERB, CAP_WORD, INVERTED_SUBJECT, NAME, ROLE_PHRASE, SUBJECT, TAIL, VERB } from './rules/attribution.ts';
import {
  AMBIGUOUS_CONTINUING_PARTICIPLES,
  CONTINUING_PARTICIPLES,
  INVERTIBLE_VERBS,
  isAmbiguousReportingVerb,
  toAlternation,
} from './rules/reporting-verbs.ts';

const WORD_BEFORE = String.raw`(?<![\p{L}\p{N}'’-])`;
const WORD_AFTER = String.raw`(?![\p{L}\p{N}])`;
const VERB_ANCHOR = new RegExp(`${WORD_BEFORE}(?:${VERB})${WORD_AFTER}`, 'gu');
const SUBJECT_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}'’.-])(?:${SUBJECT})\s+(?:${ADVERB}\s+)?$`, 'u');
const POSSESSIVE = /['’]s\s*$/u; // `Wang's comments` is a noun phrase, not `Wang comments`
const TOLD_OBJECT = new RegExp(
  String.raw`\s+(?:reporters|journalists|the\s+(?:press|media)|(?:him|her|them|us|me)${WORD_AFTER}|(?:a|the)\s+(?:(?:daily|regular|routine|weekly)\s+)?(?:press|news|media)\s+(?:conference|briefing)|${ROLE_PHRASE}|(?:(?:host|anchor|interviewer|reporters?)\s+)?${NAME})`,
  'uy',
);
const TAIL_AFTER = new RegExp(TAIL, 'uy');
const THAT_AFTER = new RegExp(String.raw`\s+that${WORD_AFTER}`, 'uy');
const INVERTED_AFTER = new RegExp(String.raw`\s+${INVERTED_SUBJECT}`, 'uy');
const INVERTIBLE = new Set<string>(INVERTIBLE_VERBS);
const CONTINUATION = new RegExp(
  String.raw`(,\s+)?${WORD_BEFORE}(?:(?:${toAlternation(CONTINUING_PARTICIPLES)})(?:\s+that)?|(?:${toAlternation(AMBIGUOUS_CONTINUING_PARTICIPLES)})\s+that)${WORD_AFTER}`,
  'gu',
);
const QUESTION = new RegExp(
  [
    String.raw`${WORD_BEFORE}(?:(?:[Ww]hen|[Aa]fter|[Bb]eing|[Ii]f)\s+)?(?:[Aa]sked|[Qq]uestioned)\s+(?:by\s+(?:an?\s+)?(?:reporters?|journalists?)\s+)?(?:about|whether|if|on|how|why|what|to\s+comment\s+on|for\s+(?:a\s+)?comments?\s+on)${WORD_AFTER}`,
    String.raw`${WORD_BEFORE}(?:[Rr]esponding|[Ii]n\s+response|[Rr]eplying|[Aa]nswering|[Rr]eacting)\s+(?:to\s+)?(?:an?\s+|the\s+)?(?:reporter['’]s\s+|journalist['’]s\s+|related\s+)?(?:questions?|query|queries|inquiry|inquiries)(?:\s+(?:from\s+(?:an?\s+)?(?:reporters?|journalists?)\s+)?(?:on|about|regarding|concerning|over))?${WORD_AFTER}`,
  ].join('|'),
  'gu',
);
const SOURCE_NOUN = String.raw`(?:reports?|statements?|sources?|media|documents?|data|statistics|surveys?|study|studies|analysis|analyses|estimates?|figures)`;
// A long proper name with an optional acronym: `the National Computer Network Emergency Response Technical Team (CNCERT)`.
const ORGANISATION = String.raw`${CAP_WORD}(?:\s+(?:(?:of|for|and|on)\s+)?${CAP_WORD}){0,9}(?:\s+\([\p{Lu}\p{N}-]+\))?`;
const ACCORDING = new RegExp(
  String.raw`${WORD_BEFORE}[Aa]ccording\s+to\s+(?:(?:him|her|them)${WORD_AFTER}|(?:(?:the|a|an|some|recent|media|news|local|official|foreign|press|several|earlier|unconfirmed|these|those|relevant)\s+){0,3}${SOURCE_NOUN}(?:\s+(?:of|by|from)\s+(?:the\s+)?(?:${ORGANISATION}|\d+))?${WORD_AFTER}|(?:the\s+)?${NAME}(?![\p{L}\p{N}'’.-])(?!\s+\p{Ll}))`,
  'gu',
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
function frameAtVerb(text: string, sentence: Sentence, start: number, end: number): { start: number; end: number } | null {
  const verb = text.slice(start, end).replace(/\s+/gu, ' ');
  const prevMark = (at: number): number => text.charCodeAt(skipSpaceBackward(text, sentence.start, at) - 1);
  // `"…" he argued` or `"…", he argued`: right after a quote.
  const followsQuote = (at: number): boolean => {
    const before = skipSpaceBackward(text, sentence.start, at);
    const c = text.charCodeAt(before - 1);
    return CLOSING_QUOTES.has(c) || (c === 44 && CLOSING_QUOTES.has(text.charCodeAt(before - 2)));
  };
  const floor = Math.max(sentence.start, start - LOOK_BACK);
  const subject = SUBJECT_BEFORE.exec(text.slice(floor, start));
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
    if (sentence && start < end && end <= sentence.end && !overlapsQuote(quotes, start, end)) found.push({ start, end, target });
  };
  for (const m of text.matchAll(VERB_ANCHOR)) {
    const sentence = sentenceAt(sentences, m.index);
    if (!sentence) continue;
    const frame = frameAtVerb(text, sentence, m.index, m.index + m[0].length);
    if (frame) add(frame.start, frame.end, 'speaker');
  }
  for (const m of text.matchAll(CONTINUATION)) {
    // `, adding that`; or `…," adding that` where the comma sits inside the quote.
    if (m[1] !== undefined) add(m.index, m.index + m[0].length, 'speaker');
    else {
      const before = skipSpaceBackward(text, 0, m.index);
      const c = text.charCodeAt(before - 1);
      if (before < m.index && AFTER_QUOTE.has(c) && c !== 44 && text.charCodeAt(before - 2) === 44) {
        add(m.index, m.index + m[0].length, 'speaker');
      }
    }
  }
  for (const m of text.matchAll(QUESTION)) add(m.index, m.index + m[0].length, 'question');
  for (const m of text.matchAll(ACCORDING)) add(m.index, m.index + m[0].length, 'other');
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const frames: Frame[] = [];
  for (const frame of found) {
    const last = frames[frames.length - 1];
    if (!last || frame.start >= last.end) frames.push(frame);
  }
  return frames;
}

