// The rows of the statement matrix: which source statements get one, and which alignments touch each.
// A statement is a sentence of the source without its speaker label. A sentence is cut into its clauses when one
// alignment carries some of its clauses and leaves another untouched (a story that quotes half a sentence), so a
// cell never claims a report carried words it left out. In the `covered` scope the candidates are the sentences
// in the pairs' regions or under an alignment, and of those only the ones the matcher treats as statements: carried
// by some report, or listed as `omitted` by some pair. What neither (small talk such as "Do you have any comment
// on this?", which lib/match/regions.ts keeps out of `omitted`) is not a statement and gets no row.
import type { AlignResult, Clause, MatrixOptions, Sentence, Span } from '../types.ts';
import { segmentClauses, segmentParagraphs, segmentSentences, segmentTurns } from '../segment/index.ts';
import { isSpaceCode } from '../segment/chars.ts';
import { mergeSpans, spanIndexAt } from '../spans.ts';
import { countWords } from '../present.ts';

/** One alignment of one pair, by index. */
export interface AlignmentRef {
  report: number;
  alignment: number;
}

/** A matrix row before its cells: where the statement is and which alignments touch its sentence. */
export interface Statement {
  source: Span;
  sentence: number;
  clause: number | null;
  /** Every alignment whose source spans touch the statement's sentence (a superset of those that carry it). */
  touching: AlignmentRef[];
}

/** A clause counts as carried (for cutting its sentence) by an alignment that covers at least this share of its words. */
const CLAUSE_CARRIED = 0.5;

/** Finds the statements of `source` that get a row, in source order. */
export function findStatements(
  source: string,
  pairs: readonly AlignResult[],
  scope: NonNullable<MatrixOptions['scope']>,
): Statement[] {
  const paragraphs = segmentParagraphs(source);
  const sentences = segmentSentences(source, paragraphs);
  const clauses = segmentClauses(source, sentences);
  const labels = segmentTurns(source, paragraphs).flatMap((t) => (t.label ? [t.label] : []));

  const touching = new Map<number, AlignmentRef[]>();
  const omittedBy = new Map<number, Span[]>();
  pairs.forEach((pair, report) => {
    pair.alignments.forEach((a, alignment) => {
      const seen = new Set<number>();
      for (const span of a.source)
        for (const k of sentencesUnder(sentences, span))
          if (!seen.has(k)) {
            seen.add(k);
            pushTo(touching, k, { report, alignment });
          }
    });
    for (const span of pair.omitted) for (const k of sentencesUnder(sentences, span)) pushTo(omittedBy, k, span);
  });

  let candidates: number[];
  if (scope === 'whole') candidates = sentences.map((s) => s.index);
  else {
    const covered = mergeSpans([
      ...pairs.flatMap((p) => p.regions),
      ...pairs.flatMap((p) => p.alignments.flatMap((a) => a.source)),
    ]);
    const set = new Set<number>();
    for (const span of covered) for (const k of sentencesUnder(sentences, span)) set.add(k);
    candidates = [...set].sort((a, b) => a - b);
  }

  const clausesOf = groupClauses(clauses);
  const spansOf = (ref: AlignmentRef): Span[] => pairs[ref.report]!.alignments[ref.alignment]!.source;
  const rows: Statement[] = [];
  for (const k of candidates) {
    const sentence = sentences[k]!;
    const body = withoutLabel(source, sentence, labels);
    if (!body || countWords(source, [body]) === 0) continue;
    const refs = touching.get(k) ?? [];
    if (scope === 'covered') {
      const isStatement =
        refs.some((ref) => carries(source, body, spansOf(ref))) || carries(source, body, omittedBy.get(k) ?? []);
      if (!isStatement) continue;
    }
    const pieces = (clausesOf.get(k) ?? [])
      .map((c) => ({ clause: c, span: withoutLabel(source, c, labels) }))
      .filter((p): p is { clause: Clause; span: Span } => p.span !== null && countWords(source, [p.span]) > 0);
    if (
      pieces.length > 1 &&
      refs.some((ref) =>
        carriesPart(
          source,
          pieces.map((p) => p.span),
          spansOf(ref),
        ),
      )
    )
      for (const p of pieces) rows.push({ source: p.span, sentence: k, clause: p.clause.index, touching: refs });
    else rows.push({ source: body, sentence: k, clause: null, touching: refs });
  }
  return rows;
}

/**
 * How many words of `statement` lie under `spans` (a word cut by a span edge counts), and whether that is enough
 * for the spans to carry it: three words, or the whole statement when it is shorter. One or two words are what a
 * span that runs a little past its sentence brings along, not a statement carried.
 */
export function measureCarry(
  text: string,
  statement: Span,
  spans: readonly Span[],
): { words: number; share: number; carried: boolean } {
  const total = countWords(text, [statement]);
  const words = countWords(text, intersect(statement, spans));
  return {
    words,
    share: total > 0 ? Math.min(1, words / total) : 0,
    carried: words > 0 && words >= Math.min(3, total),
  };
}

const carries = (text: string, statement: Span, spans: readonly Span[]): boolean =>
  spans.length > 0 && measureCarry(text, statement, spans).carried;

/** Whether `spans` carry at least one of the clauses (`pieces`) and leave another without a word. */
function carriesPart(text: string, pieces: readonly Span[], spans: readonly Span[]): boolean {
  const shares = pieces.map((p) => measureCarry(text, p, spans));
  return shares.some((s) => s.share >= CLAUSE_CARRIED) && shares.some((s) => s.words === 0);
}

/** The parts of `statement` under `spans`, in order and without overlaps. */
function intersect(statement: Span, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const start = Math.max(s.start, statement.start);
    const end = Math.min(s.end, statement.end);
    if (start < end) out.push({ start, end });
  }
  return mergeSpans(out);
}

/** `span` without a speaker label at its start (and the space after it); null when nothing else is left. `labels` are sorted. */
function withoutLabel(text: string, span: Span, labels: readonly Span[]): Span | null {
  let start = span.start;
  const k = spanIndexAt(labels, start);
  if (k >= 0) start = Math.min(span.end, labels[k]!.end);
  while (start < span.end && isSpaceCode(text.charCodeAt(start))) start++;
  return start < span.end ? { start, end: span.end } : null;
}

/** Indices of the sentences (sorted, disjoint) that `span` overlaps. */
function sentencesUnder(sentences: readonly Sentence[], span: Span): number[] {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sentences[mid]!.end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let k = lo; k < sentences.length && sentences[k]!.start < span.end; k++) out.push(k);
  return out;
}

function groupClauses(clauses: readonly Clause[]): Map<number, Clause[]> {
  const by = new Map<number, Clause[]>();
  for (const c of clauses) pushTo(by, c.sentence, c);
  return by;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
