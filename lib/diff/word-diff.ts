// The word diff inside an alignment: jsdiff over normalised word keys, returned as spans.
// Keys make `U.S.` equal `the United States` (variants) and `distortions` equal `distort` (stems),
// while a synonym such as `controlled` → `manipulated` stays a change the reader should see.
// Articles are not diffed (`the U.S.` vs `U.S.` is no change); each rides with the word after it.
import { diffArrays } from 'diff';
import type { DiffPart, Span } from '../types.ts';
import type { TokenSeq, Vocabulary } from '../normalize/tokens.ts';
import { tokenRange } from '../normalize/token-range.ts';

const ARTICLES = new Set(['a', 'an', 'the']);

/** A word of one side: its token index, which of the side's spans holds it, and where its part may start. */
interface SideWord {
  token: number;
  span: number;
  /** Start of the articles directly before it in the same span, or its own start. */
  lead: number;
}

function sideWords(tokens: TokenSeq, vocab: Vocabulary, spans: readonly Span[]): { words: SideWord[]; trailing: Map<number, Span> } {
  const words: SideWord[] = [];
  // Span index → the articles that close the span with no word after them.
  const trailing = new Map<number, Span>();
  spans.forEach((span, si) => {
    const [a, b] = tokenRange(tokens, span);
    let lead = -1;
    for (let i = a; i < b; i++) {
      if (ARTICLES.has(vocab.surfaces[tokens.surface[i]!]!)) {
        if (lead < 0) lead = tokens.start[i]!;
        continue;
      }
      words.push({ token: i, span: si, lead: lead >= 0 ? lead : tokens.start[i]! });
      lead = -1;
    }
    if (lead >= 0) trailing.set(si, { start: lead, end: tokens.end[b - 1]! });
  });
  return { words, trailing };
}

/** Cuts a run of words into spans that never cross from one of the side's spans into the next. */
function runSpans(tokens: TokenSeq, run: readonly SideWord[]): Array<{ span: Span; spanIndex: number }> {
  const out: Array<{ span: Span; spanIndex: number }> = [];
  for (const w of run) {
    const last = out[out.length - 1];
    if (last && last.spanIndex === w.span) last.span.end = tokens.end[w.token]!;
    else out.push({ span: { start: w.lead, end: tokens.end[w.token]! }, spanIndex: w.span });
  }
  return out;
}

export interface DiffSide {
  tokens: TokenSeq;
  spans: readonly Span[];
}

/** Diffs the words of the report spans against the words of the source spans, in reading order. */
export function diffWords(report: DiffSide, source: DiffSide, vocab: Vocabulary): DiffPart[] {
  const r = sideWords(report.tokens, vocab, report.spans);
  const s = sideWords(source.tokens, vocab, source.spans);
  const rKeys = r.words.map((w) => report.tokens.key[w.token]!);
  const sKeys = s.words.map((w) => source.tokens.key[w.token]!);
  const changes = diffArrays(rKeys, sKeys);
  const parts: DiffPart[] = [];
  let ri = 0;
  let si = 0;
  for (const change of changes) {
    if (change.removed) {
      for (const { span } of runSpans(report.tokens, r.words.slice(ri, ri + change.count))) parts.push({ op: 'added', report: span });
      ri += change.count;
    } else if (change.added) {
      for (const { span } of runSpans(source.tokens, s.words.slice(si, si + change.count))) parts.push({ op: 'omitted', source: span });
      si += change.count;
    } else {
      // A common run is cut wherever either side moves to its next span, so each part is one span a side.
      const rw = r.words.slice(ri, ri + change.count);
      const sw = s.words.slice(si, si + change.count);
      let from = 0;
      for (let k = 1; k <= change.count; k++) {
        if (k === change.count || rw[k]!.span !== rw[k - 1]!.span || sw[k]!.span !== sw[k - 1]!.span) {
          const a = rw.slice(from, k);
          const b = sw.slice(from, k);
          parts.push({
            op: 'same',
            report: { start: a[0]!.lead, end: report.tokens.end[a[a.length - 1]!.token]! },
            source: { start: b[0]!.lead, end: source.tokens.end[b[b.length - 1]!.token]! },
          });
          from = k;
        }
      }
      ri += change.count;
      si += change.count;
    }
  }
  extendTrailing(parts, r.trailing, report.spans, 'report');
  extendTrailing(parts, s.trailing, source.spans, 'source');
  return parts;
}

/**
 * Articles that end a span with no word after them join the last part that lies in that span; a span of
 * nothing but articles becomes a part of its own, so the parts always rebuild the passage.
 */
function extendTrailing(parts: DiffPart[], trailing: Map<number, Span>, spans: readonly Span[], side: 'report' | 'source'): void {
  const own = (part: DiffPart): Span | undefined => (side === 'report' ? ('report' in part ? part.report : undefined) : 'source' in part ? part.source : undefined);
  for (const [si, articles] of trailing) {
    const span = spans[si]!;
    let attached = false;
    for (let p = parts.length - 1; p >= 0 && !attached; p--) {
      const mine = own(parts[p]!);
      if (mine && mine.start >= span.start && mine.end <= span.end) {
        mine.end = articles.end;
        attached = true;
      }
    }
    if (attached) continue;
    const part: DiffPart = side === 'report' ? { op: 'added', report: { ...articles } } : { op: 'omitted', source: { ...articles } };
    const at = parts.findIndex((p) => (own(p)?.start ?? -1) >= articles.end);
    parts.splice(at < 0 ? parts.length : at, 0, part);
  }
}
