// Every quote of the report, checked word for word against the whole source, whatever the matcher made of the
// passage around it. A quote is cut into pieces at its elision marks and editorial brackets; each piece is looked
// up word for word, and failing that aligned with the closest stretch of the source, whose differences are named.
import type { DiffPart, Paragraph, Quote, QuoteCheck, Span } from '../types.ts';
import { surfaceWords, wordSpan, type SourceSurface, type SurfaceWords } from './surface.ts';
import { alignPiece, findExact, type AlignOp, type PieceAlignment, type WordRange } from './locate.ts';
import { groupQuotes } from './group.ts';
import { isFiller, isFillerPair, isFunctionWord, isNumber, negationCount } from './word-classes.ts';

/**
 * What stands between a piece and the one before it: an elision mark (`…`), an editorial bracket (`[a]`), a
 * sentence end inside the quote, or an attribution that interrupts it (`"…," he said, "…"`).
 */
type Junction = 'first' | 'elision' | 'bracket' | 'sentence' | 'interruption';

interface Piece {
  words: SurfaceWords;
  junction: Junction;
  exact: WordRange[];
  near: PieceAlignment | null;
}

/** One difference inside a quote: report words added, source words dropped, or both (a change). */
interface Change {
  report: Span | null;
  source: Span | null;
  misquote: boolean;
}

/** At least this share of a piece's content words must stand in one place of the source for it to say the piece. */
const FOUND_SHARE = 0.5;
/** Source words between two sentences of one quote, beyond which the quote joins two places without a mark. */
const MAX_UNMARKED_GAP = 12;
/** How many changes a message names before it only counts the rest. */
const SHOWN_CHANGES = 3;

const isContent = (form: string): boolean => !isFunctionWord(form) && !isFiller(form);
const show = (text: string, span: Span): string => JSON.stringify(text.slice(span.start, span.end).replace(/\s+/g, ' '));
const whole = (words: SurfaceWords): Span => wordSpan(words, 0, words.forms.length - 1);

/** Checks each quote (grouped: interrupted and run-on stretches are one quote) against the source. */
export function checkQuotes(
  reportText: string,
  seg: { quotes: readonly Quote[]; paragraphs: readonly Paragraph[]; sentences: readonly Span[] },
  src: SourceSurface,
): QuoteCheck[] {
  return groupQuotes(reportText, seg.quotes, seg.paragraphs).map((group) => checkQuote(reportText, group, seg.sentences, src));
}

function piecesOf(reportText: string, group: readonly Quote[], sentences: readonly Span[], src: SourceSurface, inserted: Span[]): Piece[] {
  const pieces: Piece[] = [];
  group.forEach((quote, g) => {
    quote.parts.forEach((part, k) => {
      const between = k > 0 ? reportText.slice(quote.parts[k - 1]!.end, part.start) : '';
      const bracket = k > 0 && /\[/.test(between) && !/…|\.\.\./.test(between);
      if (bracket) inserted.push({ start: quote.parts[k - 1]!.end + between.indexOf('['), end: quote.parts[k - 1]!.end + between.lastIndexOf(']') + 1 });
      // Each sentence of a quote is looked up on its own: a report may quote two places, or one the source lacks.
      sentencesOf(part, sentences).forEach((span, j) => {
        const words = surfaceWords(reportText, span.start, span.end);
        if (words.forms.length === 0) return;
        const junction: Junction = j > 0 ? 'sentence' : k > 0 ? (bracket ? 'bracket' : 'elision') : g > 0 ? 'interruption' : 'first';
        const exact = findExact(src, words.forms);
        pieces.push({ words, junction, exact, near: exact.length ? null : alignPiece(src, words.forms) });
      });
    });
  });
  if (pieces[0]) pieces[0].junction = 'first';
  return pieces;
}

function checkQuote(reportText: string, group: readonly Quote[], sentences: readonly Span[], src: SourceSurface): QuoteCheck {
  const inserted: Span[] = [];
  const pieces = piecesOf(reportText, group, sentences, src, inserted);
  const report = group.map((q) => q.inner);
  const words = pieces.reduce((t, p) => t + p.words.forms.length, 0);
  const base = { report, alignment: null, words, inserted };
  if (pieces.length === 0) return { ...base, verdict: 'not-in-source', source: [], diff: [], hidden: [], unfound: [] };

  // Where each piece stands: a word-for-word occurrence near the other pieces, else its closest stretch.
  const anchor = pieces.find((p) => p.near)?.near?.range.first;
  const placed = choosePlaces(pieces, anchor);
  const contentOf = (p: Piece) => p.words.forms.filter(isContent).length;
  const pieceFound = pieces.map((p, k) => p.exact.length > 0 || (contentOf(p) > 0 && foundContent(p, placed[k] ?? null) >= FOUND_SHARE * contentOf(p)));
  const content = pieces.reduce((t, p) => t + contentOf(p), 0);
  const contentFound = pieces.reduce((t, p, k) => t + (pieceFound[k] ? contentOf(p) : 0), 0);
  const found = content > 0 ? contentFound >= FOUND_SHARE * content : pieceFound.every(Boolean);
  const unfound = pieces.filter((_, k) => !pieceFound[k]).map((p) => whole(p.words));
  const placeOf = (k: number): Span[] => (placed[k] ? [wordSpan(src.words, placed[k]!.first, placed[k]!.last)] : []);
  const source = pieces.flatMap((_, k) => (pieceFound[k] ? placeOf(k) : []));

  const diff: DiffPart[] = [];
  const changes: Change[] = [];
  pieces.forEach((p, k) => {
    const range = placed[k];
    if (k > 0 && p.junction === 'sentence' && pieceFound[k] && pieceFound[k - 1]) changes.push(...unmarkedJoin(placed[k - 1], range, src, diff));
    if (!pieceFound[k] || !range) {
      // A sentence of the quote that no place holds: all of it is the report's.
      diff.push({ op: 'added', report: whole(p.words) });
      changes.push({ report: whole(p.words), source: null, misquote: true });
    } else if (p.exact.length) diff.push({ op: 'same', report: whole(p.words), source: wordSpan(src.words, range.first, range.last) });
    else if (p.near) {
      diff.push(...diffOf(p, p.near.ops, src));
      changes.push(...changesOf(p, p.near.ops, src));
    }
  });
  const hidden = hiddenBetween(pieces, placed, src);
  const misquote = changes.some((c) => c.misquote);
  const named = changes.filter((c) => c.misquote === misquote);
  const listed = named
    .slice(0, SHOWN_CHANGES)
    .map((c) => (c.report && c.source ? `${show(src.text, c.source)} → ${show(reportText, c.report)}` : c.report ? `${show(reportText, c.report)} added` : `${show(src.text, c.source!)} dropped`))
    .join('; ');
  const more = named.length > SHOWN_CHANGES ? ` (and ${named.length - SHOWN_CHANGES} more)` : '';
  const message = misquote ? `inside quote marks, the words differ from the source: ${listed}${more}` : `quoted wording differs from the source: ${listed}${more}`;
  if (!found) {
    const nearest = pieces.some((p) => p.near && p.near.matched >= 2) ? pieces.flatMap((_, k) => placeOf(k)) : [];
    return { ...base, verdict: 'not-in-source', source: nearest, diff, hidden: [], unfound, message };
  }
  if (changes.length === 0) {
    const elided = pieces.some((p) => p.junction === 'elision' || p.junction === 'bracket');
    // Words put in with brackets are marked, but they are not the speaker's: the quote is flagged as reworded.
    const bracketed = inserted.length
      ? { flag: 'wording-differs' as const, message: `editorial brackets put in words the speaker did not say: ${inserted.map((s) => show(reportText, s)).join(', ')}` }
      : {};
    return { ...base, verdict: elided ? 'elided' : 'exact', ...bracketed, source, diff, hidden, unfound };
  }
  return { ...base, verdict: 'altered', flag: misquote ? 'misquote' : 'wording-differs', message, source, diff, hidden, unfound };
}

/**
 * Two sentences of one quote with no mark between them promise the source says them one after the other:
 * words between them were dropped without a mark (classified like any dropped words), and a second sentence
 * from somewhere else altogether joins two places.
 */
function unmarkedJoin(prev: WordRange | null | undefined, next: WordRange | null | undefined, src: SourceSurface, diff: DiffPart[]): Change[] {
  if (!prev || !next || next.first === prev.last + 1) return [];
  const gap = next.first - prev.last - 1;
  if (gap < 0 || gap > MAX_UNMARKED_GAP) return [{ report: null, source: wordSpan(src.words, next.first, next.last), misquote: true }];
  const dropped: string[] = [];
  for (let w = prev.last + 1; w < next.first; w++) dropped.push(src.form(w));
  const span = wordSpan(src.words, prev.last + 1, next.first - 1);
  diff.push({ op: 'omitted', source: span });
  const kept = dropped.filter((f, k) => !isFiller(f) && !isFillerPair(dropped[k - 1] ?? '', f) && !isFillerPair(f, dropped[k + 1] ?? ''));
  return [{ report: null, source: span, misquote: kept.some((f) => isContent(f) || isNumber(f)) || negationCount(kept) > 0 }];
}

/**
 * A quoted stretch cut where the report's own sentences start inside it (`… act. In this first round …`): the
 * segmenter's sentence ends, abbreviations and all, not a second rule of our own.
 */
function sentencesOf(span: Span, sentences: readonly Span[]): Span[] {
  const cuts = sentences.map((s) => s.start).filter((at) => at > span.start && at < span.end);
  const edges = [span.start, ...cuts, span.end];
  return edges.slice(1).map((end, k) => ({ start: edges[k]!, end }));
}

/**
 * For each piece, the source words it stands on: among word-for-word occurrences, the one nearest the piece
 * before it (or the anchor, the first piece that had to be aligned); an aligned piece keeps its stretch.
 */
function choosePlaces(pieces: readonly Piece[], anchor: number | undefined): Array<WordRange | null> {
  const chain = (start: WordRange | null): Array<WordRange | null> => {
    const out: Array<WordRange | null> = [];
    let at = start ? start.last : (anchor ?? 0);
    pieces.forEach((p, k) => {
      let range: WordRange | null = p.near ? p.near.range : null;
      if (p.exact.length) {
        range = k === 0 && start ? start : nearest(p.exact, at);
      }
      out.push(range);
      if (range) at = range.last;
    });
    return out;
  };
  const first = pieces[0]!;
  if (anchor !== undefined || first.exact.length <= 1) return chain(first.exact[0] ?? null);
  // All pieces exact: start from the occurrence of the first piece that keeps the whole quote tightest.
  let best: Array<WordRange | null> = [];
  let bestSpread = Infinity;
  for (const start of first.exact) {
    const c = chain(start);
    const spread = c.reduce((t, r, k) => (k > 0 && r && c[k - 1] ? t + Math.abs(r.first - c[k - 1]!.last) : t), 0);
    if (spread < bestSpread) {
      bestSpread = spread;
      best = c;
    }
  }
  return best;
}

/** The occurrence closest after `at`, else the closest before it. */
function nearest(list: readonly WordRange[], at: number): WordRange {
  let best = list[0]!;
  let bestCost = Infinity;
  for (const r of list) {
    const cost = r.first > at ? r.first - at : (at - r.first) * 4 + 1;
    if (cost < bestCost) {
      bestCost = cost;
      best = r;
    }
  }
  return best;
}

function foundContent(p: Piece, range: WordRange | null): number {
  if (p.exact.length && range) return p.words.forms.filter(isContent).length;
  if (!p.near) return 0;
  return p.near.ops.filter((o) => (o.op === 'same' || o.op === 'inflected') && isContent(p.words.forms[o.q]!)).length;
}

/** The source text between consecutive pieces placed in order, where a mark stands between them. */
function hiddenBetween(pieces: readonly Piece[], placed: ReadonlyArray<WordRange | null>, src: SourceSurface): Span[] {
  const out: Span[] = [];
  pieces.forEach((p, k) => {
    const prev = placed[k - 1];
    const here = placed[k];
    if ((p.junction !== 'elision' && p.junction !== 'bracket') || !prev || !here || here.first <= prev.last + 1) return;
    out.push({ start: src.words.ends[prev.last]!, end: src.words.starts[here.first]! });
  });
  return out.map((s) => trim(src.text, s)).filter((s) => s.start < s.end);
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,;:.]/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The piece's alignment as diff parts: runs of matched words are one `same` part, each run between them one `added` and one `omitted` part. */
function diffOf(p: Piece, ops: readonly AlignOp[], src: SourceSurface): DiffPart[] {
  const out: DiffPart[] = [];
  let added: Span | null = null;
  let omitted: Span | null = null;
  const flush = () => {
    if (added) out.push({ op: 'added', report: added });
    if (omitted) out.push({ op: 'omitted', source: omitted });
    added = omitted = null;
  };
  let prev: AlignOp | null = null;
  for (const o of ops) {
    if (o.op === 'same') {
      flush();
      const last = out[out.length - 1];
      if (last?.op === 'same' && prev?.op === 'same' && prev.s === o.s - 1) {
        last.report = { start: last.report.start, end: p.words.ends[o.q]! };
        last.source = { start: last.source.start, end: src.words.ends[o.s]! };
      } else out.push({ op: 'same', report: wordSpan(p.words, o.q, o.q), source: wordSpan(src.words, o.s, o.s) });
    } else {
      if (o.op !== 'dropped') added = added ? { start: added.start, end: p.words.ends[o.q]! } : wordSpan(p.words, o.q, o.q);
      if (o.op !== 'added') omitted = omitted ? { start: omitted.start, end: src.words.ends[o.s]! } : wordSpan(src.words, o.s, o.s);
    }
    prev = o;
  }
  flush();
  return out;
}

/**
 * The piece's differences, one per run of unmatched words between matched ones. A run is a misquote when a
 * content word, a number or a negation differs; a run of function words, inflections, fillers or word breaks
 * is wording. A content word dropped in one place and added in another has moved: wording, not a new word.
 */
function changesOf(p: Piece, ops: readonly AlignOp[], src: SourceSurface): Change[] {
  const runs: Array<{ q: number[]; s: number[] }> = [];
  let open: { q: number[]; s: number[] } | null = null;
  for (const o of ops) {
    if (o.op === 'same') {
      open = null;
      continue;
    }
    if (!open) runs.push((open = { q: [], s: [] }));
    if (o.op !== 'dropped') open.q.push(o.q);
    if (o.op !== 'added') open.s.push(o.s);
  }
  const sf = (s: number) => (s >= 0 && s < src.words.count ? src.form(s) : '');
  const qf = (q: number) => p.words.forms[q]!;
  const addedAll = new Set(runs.flatMap((r) => r.q.map(qf)));
  const droppedAll = new Set(runs.flatMap((r) => r.s.map(sf)));
  return runs.flatMap((run) => {
    const added = run.q.map(qf);
    let dropped = run.s.map(sf);
    if (added.join('') === dropped.join('')) return []; // a word break: `cyber security` / `cybersecurity`
    // Fillers of speech and a word the speaker repeated are what a transcript holds and a quote may tidy away.
    dropped = dropped.filter((f, k) => {
      const s = run.s[k]!;
      if (isFiller(f)) return false;
      if (sf(s - 1) === f || sf(s + 1) === f) return false;
      return !(isFillerPair(sf(s - 1), f) || isFillerPair(f, sf(s + 1)));
    });
    const report = run.q.length ? { start: p.words.starts[run.q[0]!]!, end: p.words.ends[run.q[run.q.length - 1]!]! } : null;
    const source = run.s.length ? { start: src.words.starts[run.s[0]!]!, end: src.words.ends[run.s[run.s.length - 1]!]! } : null;
    const inflectedOnly = run.q.length === run.s.length && ops.some((o) => o.op === 'inflected' && run.q.includes(o.q));
    const stillDiffers = added.length > 0 || dropped.length > 0;
    if (!stillDiffers) return [{ report, source, misquote: false }];
    const moved = (f: string, other: Set<string>) => other.has(f);
    const contentChanged =
      added.some((f) => (isContent(f) || isNumber(f)) && !moved(f, droppedAll) && !inflectedPair(f, dropped)) ||
      dropped.some((f) => (isContent(f) || isNumber(f)) && !moved(f, addedAll) && !inflectedPair(f, added));
    const misquote = negationCount(added) !== negationCount(dropped) || (contentChanged && !inflectedOnly);
    return [{ report, source, misquote }];
  });
}

/** Whether `form` is an inflection of one of `others` (`officials` / `official`). */
function inflectedPair(form: string, others: readonly string[]): boolean {
  return others.some((o) => o !== form && (o.startsWith(form) || form.startsWith(o)) && Math.abs(o.length - form.length) <= 3 && Math.min(o.length, form.length) >= 3);
}
