// The presentable result: what the comparison UI shows, derived from the matcher's raw `AlignResult`
// (STYLE.md: raw result and presentable result are two functions). It decides nothing about matching: it numbers
// the alignments in reading order, counts words, cuts paragraphs and computes the summary shares.
import type { AlignResult, Alignment, AlignmentKind, DiffPart, Flag, QuoteCheck, QuoteVerdict, Span } from './types.ts';
import { quoteVerdictLabel } from './quotes/labels.ts';
import { segmentParagraphs } from './segment/paragraphs.ts';
import { isSpaceCode } from './segment/chars.ts';

/** One alignment as the UI lists it. */
export interface PresentedAlignment {
  /** 1-based number in report reading order; the badge and `data-alignment` value the UI shows. */
  number: number;
  /** Index of the alignment in `AlignResult.alignments`. */
  index: number;
  kind: AlignmentKind;
  /** 0..1, as the matcher scored it. */
  score: number;
  /** The report passage: its spans' text, whitespace collapsed, joined with ` … `. */
  reportText: string;
  /** The source passage, the same way. */
  sourceText: string;
  /** Words only the report has (the diff's `added` parts). */
  wordsAdded: number;
  /** Words only the source has (the diff's `omitted` parts). */
  wordsOmitted: number;
  flags: Flag[];
  /** Per raised flag, its evidence in plain words (the flag details' messages, which name the words on both sides). */
  flagEvidence: Partial<Record<Flag, string>>;
  /** A quote the matcher flagged as changed (`misquote` or `wording-differs`); false for other kinds. */
  altered: boolean;
  /** The verdicts of the report's quotes this alignment carries (lib/quotes/), in report order. */
  quoteVerdicts: QuoteVerdict[];
}

/** One quote of the report as the Quotes panel lists it. */
export interface PresentedQuote {
  /** 1-based, in report order. */
  number: number;
  verdict: QuoteVerdict;
  /** The verdict in words with its symbol: `≠ altered (misquote)`. */
  label: string;
  flag?: 'misquote' | 'wording-differs';
  /** The quoted words, whitespace collapsed (stretches of an interrupted quote joined with ` … `). */
  text: string;
  /** Where the source says it, or (for `not-in-source`) the nearest candidate; empty when there is none. */
  sourceText: string;
  /** The number of the alignment that carries it, or null. */
  alignment: number | null;
  message?: string;
  /** The quoted words against the source's, surface words (for altered quotes). */
  diff: DiffPart[];
  /** What the elision marks stand for in the source. */
  hidden: string[];
}

/** A report or source span listed on its own (an `added` or `omitted` entry). */
export interface PresentedSpan {
  /** 1-based position in its list. */
  number: number;
  span: Span;
  /** Its text, whitespace collapsed. */
  text: string;
}

/** The one-line summary of a comparison. */
export interface ResultSummary {
  alignments: number;
  quotes: number;
  /** Quotes without a `misquote` or `wording-differs` flag. */
  exactQuotes: number;
  alteredQuotes: number;
  paraphrases: number;
  partial: number;
  added: number;
  omitted: number;
  /**
   * 0..1: of the report's claim-bearing text (aligned plus added), the share that is aligned, in non-space code
   * units. Bylines and datelines are in neither, so they do not count. 0 when there is nothing to count.
   */
  reportLinked: number;
  /** 0..1: of the covered source (`regions`), the share inside an alignment's source spans, in non-space code units. */
  sourceReported: number;
}

/** Where, as fractions 0..1 of the source length, the covered regions and the reported passages lie. */
export interface SourceCoverage {
  regions: { from: number; to: number }[];
  passages: { number: number; from: number; to: number }[];
}

/** Everything the comparison view shows, apart from the texts themselves. */
export interface PresentedResult {
  /** In `number` order. */
  alignments: PresentedAlignment[];
  added: PresentedSpan[];
  omitted: PresentedSpan[];
  /** Every quote of the report, in order; null for a result saved before quotes were checked. */
  quotes: PresentedQuote[] | null;
  summary: ResultSummary;
  coverage: SourceCoverage;
  /** Paragraph spans of each text, as the matcher's segmenter cuts them. */
  reportParagraphs: Span[];
  sourceParagraphs: Span[];
}

/** A word for counting: letters or digits, with inner apostrophes, hyphens and number punctuation. */
const WORD = /[\p{L}\p{N}]+(?:['’.,\-][\p{L}\p{N}]+)*/gu;

/** Makes the presentable view of `result`, which the matcher computed for `report` and `source`. */
export function presentResult(result: AlignResult, report: string, source: string): PresentedResult {
  if (result.report.length !== report.length)
    throw new RangeError(
      `presentResult: report has length ${report.length}, the result was made for ${result.report.length}`,
    );
  if (result.source.length !== source.length)
    throw new RangeError(
      `presentResult: source has length ${source.length}, the result was made for ${result.source.length}`,
    );
  const order = result.alignments
    .map((alignment, index) => ({ alignment, index }))
    .sort((x, y) => firstStart(x.alignment.report) - firstStart(y.alignment.report) || x.index - y.index);
  const quotes = result.quotes ?? [];
  const checked = result.quotes !== undefined;
  const alignments = order.map(({ alignment, index }, k) => ({
    ...presentAlignment(alignment, index, k + 1, report, source),
    quoteVerdicts: quotes.filter((q) => q.alignment === index).map((q) => q.verdict),
  }));
  const numberOf = new Map(alignments.map((a) => [a.index, a.number]));
  return {
    alignments,
    added: presentSpans(result.added, report),
    omitted: presentSpans(result.omitted, source),
    quotes: !checked ? null : quotes.map((q, k) => presentQuote(q, k + 1, q.alignment === null ? null : (numberOf.get(q.alignment) ?? null), report, source)),
    summary: summarize(result, alignments, report, source),
    coverage: {
      regions: result.regions.map((r) => ({ from: r.start / (source.length || 1), to: r.end / (source.length || 1) })),
      passages: alignments.flatMap((a) =>
        result.alignments[a.index]!.source.map((s) => ({
          number: a.number,
          from: s.start / (source.length || 1),
          to: s.end / (source.length || 1),
        })),
      ),
    },
    reportParagraphs: segmentParagraphs(report).map(({ start, end }) => ({ start, end })),
    sourceParagraphs: segmentParagraphs(source).map(({ start, end }) => ({ start, end })),
  };
}

/** Counts the words of `text` inside `spans`. */
export function countWords(text: string, spans: readonly Span[]): number {
  let n = 0;
  for (const s of spans) n += text.slice(s.start, s.end).match(WORD)?.length ?? 0;
  return n;
}

/** The text of `spans`, each with its whitespace collapsed, joined with ` … ` (they are apart in the text). */
export function passageText(text: string, spans: readonly Span[]): string {
  return spans.map((s) => collapseSpace(text.slice(s.start, s.end))).join(' … ');
}

function presentQuote(q: QuoteCheck, number: number, alignment: number | null, report: string, source: string): PresentedQuote {
  return {
    number,
    verdict: q.verdict,
    label: quoteVerdictLabel(q),
    ...(q.flag && { flag: q.flag }),
    text: passageText(report, q.report),
    sourceText: passageText(source, q.source),
    alignment,
    ...(q.message && { message: q.message }),
    diff: q.diff,
    hidden: q.hidden.map((h) => passageText(source, [h])),
  };
}

function presentAlignment(
  a: Alignment,
  index: number,
  number: number,
  report: string,
  source: string,
): Omit<PresentedAlignment, 'quoteVerdicts'> {
  const added: Span[] = [];
  const omitted: Span[] = [];
  for (const part of a.diff) {
    if (part.op === 'added') added.push(part.report);
    else if (part.op === 'omitted') omitted.push(part.source);
  }
  return {
    number,
    index,
    kind: a.kind,
    score: a.score,
    reportText: passageText(report, a.report),
    sourceText: passageText(source, a.source),
    wordsAdded: countWords(report, added),
    wordsOmitted: countWords(source, omitted),
    flags: a.flags,
    flagEvidence: Object.fromEntries(
      a.flags.map((f) => [f, a.flagDetails.filter((d) => d.flag === f && !d.withheld).map((d) => d.message).join('; ')]),
    ),
    altered: a.kind === 'quote' && (a.flags.includes('misquote') || a.flags.includes('wording-differs')),
  };
}

function presentSpans(spans: readonly Span[], text: string): PresentedSpan[] {
  return [...spans]
    .sort((x, y) => x.start - y.start)
    .map((span, k) => ({
      number: k + 1,
      span: { start: span.start, end: span.end },
      text: collapseSpace(text.slice(span.start, span.end)),
    }));
}

function summarize(
  result: AlignResult,
  alignments: readonly PresentedAlignment[],
  report: string,
  source: string,
): ResultSummary {
  const count = (kind: AlignmentKind) => alignments.filter((a) => a.kind === kind).length;
  const quotes = count('quote');
  const alteredQuotes = alignments.filter((a) => a.altered).length;
  const linked = unionSpans(result.alignments.flatMap((a) => a.report));
  const claimBearing = unionSpans([...linked, ...result.added]);
  const covered = unionSpans(result.regions);
  const reported = intersectSpans(unionSpans(result.alignments.flatMap((a) => a.source)), covered);
  return {
    alignments: alignments.length,
    quotes,
    exactQuotes: quotes - alteredQuotes,
    alteredQuotes,
    paraphrases: count('paraphrase'),
    partial: count('partial'),
    added: result.added.length,
    omitted: result.omitted.length,
    reportLinked: share(countNonSpace(report, linked), countNonSpace(report, claimBearing)),
    sourceReported: share(countNonSpace(source, reported), countNonSpace(source, covered)),
  };
}

const share = (part: number, whole: number): number => (whole > 0 ? Math.min(1, part / whole) : 0);

const firstStart = (spans: readonly Span[]): number => spans[0]?.start ?? Number.POSITIVE_INFINITY;

function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Sorted, merged copy of `spans` (overlapping or touching spans become one). */
export function unionSpans(spans: readonly Span[]): Span[] {
  const sorted = spans
    .filter((s) => s.end > s.start)
    .map((s) => ({ start: s.start, end: s.end }))
    .sort((x, y) => x.start - y.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push(s);
  }
  return out;
}

/** Intersection of two sorted, merged span lists. */
function intersectSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (start < end) out.push({ start, end });
    if (x.end < y.end) i++;
    else j++;
  }
  return out;
}

function countNonSpace(text: string, spans: readonly Span[]): number {
  let n = 0;
  for (const s of spans) for (let i = s.start; i < s.end; i++) if (!isSpaceCode(text.charCodeAt(i))) n++;
  return n;
}
