// The covered region and what the report left out of it. In a transcript the unit is the exchange:
// a question and the answers to it (LESSONS.md #3: clusters of matched sentences plus a margin miss most
// of what was left out; whole answers do not). Without speaker labels the unit is the paragraph.
import type { Alignment, Span } from '../types.ts';
import { tokenRange, type PreparedDoc } from './document.ts';
import { mergeSpans, overlaps } from '../spans.ts';
import type { Claim } from './assign.ts';

/** A claim this confident puts its exchange in the covered region on its own... */
const STRONG = 0.6;
/** ...two claims this confident do together. */
const SUPPORTED = 0.45;
/** Past this length an exchange is narrowed to the paragraphs the report draws on (a long statement). */
const LONG_EXCHANGE = 8000;
/**
 * Remarks that answer no question (a briefing's opening, a speech) run through several topics one paragraph
 * each, so past this length they are narrowed to the paragraphs the report draws on.
 */
const LONG_REMARKS = 1500;
/** Unmatched paragraphs between two matched ones are part of the region up to this many. */
const PARAGRAPH_GAP = 2;

export function findRegions(S: PreparedDoc, claims: readonly Claim[]): Span[] {
  const strong = new Map<number, number>();
  const supported = new Map<number, number>();
  const paragraphsHit = new Set<number>();
  for (const c of claims) {
    for (const p of c.places) {
      if (c.score >= STRONG) strong.set(p.exchange, (strong.get(p.exchange) ?? 0) + 1);
      if (c.score >= SUPPORTED) {
        supported.set(p.exchange, (supported.get(p.exchange) ?? 0) + 1);
        for (let s = p.first; s < p.last; s++) paragraphsHit.add(S.seg.sentences[s]!.paragraph);
      }
    }
  }
  const exchanges = new Set<number>();
  for (const [e, n] of supported) if (strong.has(e) || n >= 2) exchanges.add(e);

  const hasLabels = S.seg.turns.some((t) => t.label !== null);
  const regions: Span[] = [];
  if (hasLabels) {
    for (const e of [...exchanges].sort((a, b) => a - b)) {
      const turns = S.seg.turns.filter((t) => t.exchange === e);
      if (turns.length === 0 || turns.every((t) => t.label === null)) continue; // the title block before any speaker
      const span = { start: turns[0]!.start, end: turns[turns.length - 1]!.end };
      const long = turns.some((t) => t.role === 'question') ? LONG_EXCHANGE : LONG_REMARKS;
      if (span.end - span.start > long) regions.push(...paragraphRegions(S, paragraphsHit, span));
      else regions.push(span);
    }
  } else {
    regions.push(...paragraphRegions(S, paragraphsHit, { start: 0, end: S.text.length }));
  }
  return mergeSpans(regions);
}

/** Runs of matched paragraphs inside `within`, bridging short gaps. */
function paragraphRegions(S: PreparedDoc, hit: ReadonlySet<number>, within: Span): Span[] {
  const inside = S.seg.paragraphs.filter((p) => p.start >= within.start && p.end <= within.end);
  const out: Span[] = [];
  let lastHit = -1;
  inside.forEach((p, k) => {
    if (!hit.has(p.index)) return;
    const last = out[out.length - 1];
    if (last && lastHit >= 0 && k - lastHit - 1 <= PARAGRAPH_GAP) last.end = p.end;
    else out.push({ start: p.start, end: p.end });
    lastHit = k;
  });
  return out;
}


/** Conjunctions that join a left-out piece to its covered neighbour (`…, and undermine`). */
const EDGE_WORDS = /^(?:and|or|but|while|as well as)$/i;

/**
 * The parts of `span` that no `cut` span overlaps, trimmed to words: no edge punctuation, no joining
 * conjunction (`increase risks of cyber friction` from `…race, increase risks of cyber friction, and undermine…`).
 */
function uncoveredPieces(text: string, span: Span, cuts: readonly Span[]): Span[] {
  const inside = cuts.filter((c) => overlaps(c, span)).sort((a, b) => a.start - b.start);
  const pieces: Span[] = [];
  let at = span.start;
  for (const c of inside) {
    if (c.start > at) pieces.push({ start: at, end: c.start });
    at = Math.max(at, c.end);
  }
  if (at < span.end) pieces.push({ start: at, end: span.end });
  return pieces.map((p) => trimPiece(text, p, p.end === span.end)).filter((p): p is Span => p !== null);
}

function trimPiece(text: string, piece: Span, keepStop: boolean): Span | null {
  let { start, end } = piece;
  for (;;) {
    const before = { start, end };
    while (start < end && /[\s,;:—–-]/.test(text[start]!)) start++;
    while (end > start && /[\s,;:—–-]/.test(text[end - 1]!)) end--;
    const lead = /^(\p{L}+)\s/u.exec(text.slice(start, end));
    if (lead && EDGE_WORDS.test(lead[1]!)) start += lead[0].length;
    const tail = /\s(\p{L}+)$/u.exec(text.slice(start, end));
    if (tail && EDGE_WORDS.test(tail[1]!)) end -= tail[0].length;
    if (start === before.start && end === before.end) break;
  }
  // A piece that runs to the end of its sentence keeps the full stop; one cut short does not end in one.
  if (!keepStop) while (end > start && /[.!?]/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

/** A question, not a statement: it ends in a question mark (closing quotes and brackets aside). */
function isQuestion(text: string, span: Span): boolean {
  return /\?["'”’)\]]*\s*$/.test(text.slice(span.start, span.end));
}

/**
 * Source statements inside the regions that no alignment covers: whole sentences, or the uncovered
 * clauses of a sentence the report carries only in part. Questions are not statements; speaker labels
 * are not statements either, except that when the report reports a question without saying who asked
 * it, the asker's label counts as left out.
 */
export function findOmitted(S: PreparedDoc, regions: readonly Span[], alignments: readonly Alignment[], claims: readonly Claim[]): Span[] {
  const covered = alignments.flatMap((a) => a.source);
  const labels = S.seg.turns.flatMap((t) => (t.label ? [t.label] : []));
  const out: Span[] = [];
  for (const sentence of S.seg.sentences) {
    if (!regions.some((r) => overlaps(r, sentence)) || isQuestion(S.text, sentence)) continue;
    const whole = !covered.some((c) => overlaps(c, sentence));
    // Reporters' small talk (`Thanks, Jen.`) is no statement; a question turn needs a real one to count.
    const asked = S.seg.turns[S.sentenceTurn[sentence.index]!]?.role === 'question';
    const least = asked ? 3 : whole ? 2 : 3;
    for (const piece of uncoveredPieces(S.text, sentence, [...covered, ...labels])) {
      const [a, b] = tokenRange(S.tokens, piece);
      let content = 0;
      for (let i = a; i < b; i++) content += S.tokenContent[i]!;
      if (content >= least) out.push(piece);
    }
  }
  // The asker's label of a question the report reports (`when asked about …`).
  for (const claim of claims) {
    if (!claim.asks) continue;
    for (const place of claim.places) {
      const turn = S.seg.turns[place.turn];
      if (turn?.role === 'question' && turn.label && !out.some((o) => overlaps(o, turn.label!))) out.push({ ...turn.label });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
