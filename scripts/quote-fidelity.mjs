// Quote fidelity, the measure of ../shared/eval/quote-fidelity.mjs as a function over one case and its prediction,
// so `npm run eval` counts it from the same CLI runs as the other figures (and cross-checks it against that
// script). Truth from gold alone: a gold pair of kind "quote" is altered when some piece of its quoted words
// (pieces split at elisions) is not a contiguous word sequence of its source strings, case, punctuation,
// apostrophe style and word breaks ignored. The prediction: the alignment covering most of the gold report span
// that links into the gold source; it flags the quote when it carries `misquote` or `wording-differs`.
// Gold `added` text with three or more quoted words is a quote the source does not hold: aligning it is an error.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { goldAlignment } from './gold-alignment.mjs';

const norm = (s) => s.toLowerCase().replace(/[’‘`]/g, "'").match(/\p{L}[\p{L}\p{M}\p{N}']*|\p{N}+/gu) ?? [];

/** The quoted words of a gold passage, as word lists split at elisions (pieces of fewer than two words dropped). */
function quotedPieces(a) {
  const marks = [...a.matchAll(/[“”"]/g)].map((m) => {
    const i = m.index, before = a[i - 1] ?? ' ', after = a[i + 1] ?? ' ';
    const open = m[0] === '“' || (m[0] === '"' && /[\s(\[—–-]/.test(before) && !/\s/.test(after)) || (m[0] === '"' && i === 0);
    return { i, open };
  });
  const out = [];
  let from = 0, inside = marks.length > 0 && !marks[0].open;
  for (const m of marks) {
    if (m.open && !inside) { from = m.i + 1; inside = true; }
    else if (!m.open && inside) { out.push(a.slice(from, m.i)); inside = false; }
  }
  if (inside) out.push(a.slice(from));
  return out.flatMap((q) => q.split(/…|\.\.\.|\[…\]|\[\.\.\.\]/)).map(norm).filter((w) => w.length >= 2);
}

const contains = (hay, needle) => hay.join('').includes(needle.join(''));
const ov = (x, y) => Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));

/** Counts for one case: tp / fp / fn / tn over gold quote pairs, and quotes the source lacks that were aligned. */
export function quoteFidelity(dir, prediction) {
  const a = readFileSync(join(dir, 'a.txt'), 'utf8');
  const b = readFileSync(join(dir, 'b.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'));
  const counts = { tp: 0, fp: 0, fn: 0, tn: 0, unsourced: 0, unsourcedAligned: 0, misses: [] };
  for (const p of gold.pairs) {
    if (p.kind !== 'quote') continue;
    const pieces = quotedPieces(p.a);
    if (!pieces.length) continue;
    const src = norm(p.b.join(' '));
    const altered = pieces.some((q) => !contains(src, q));
    const best = goldAlignment(prediction, a, b, p);
    const flagged = !!best && (best.flags ?? []).some((f) => f === 'misquote' || f === 'wording-differs');
    if (altered && flagged) counts.tp++;
    else if (altered) counts.fn++;
    else if (flagged) counts.fp++;
    else counts.tn++;
    if (altered !== flagged) counts.misses.push(`${altered ? 'altered quote not flagged' : 'exact quote flagged'}${best ? '' : ' (not aligned)'}: ${p.a.slice(0, 90)}`);
  }
  for (const x of gold.added ?? []) {
    if (!quotedPieces(x.a).some((q) => q.length >= 3)) continue;
    counts.unsourced++;
    const ga = { start: a.indexOf(x.a), end: a.indexOf(x.a) + x.a.length };
    if ((prediction.alignments ?? []).some((al) => al.report.some((s) => ov(s, ga) > (ga.end - ga.start) / 2))) {
      counts.unsourcedAligned++;
      counts.misses.push(`quote the source does not hold was aligned: ${x.a.slice(0, 90)}`);
    }
  }
  return counts;
}

/** Totals over cases, with recall (altered quotes flagged) and precision (flagged quotes that are altered). */
export function sumQuoteFidelity(list) {
  const t = { tp: 0, fp: 0, fn: 0, tn: 0, unsourced: 0, unsourcedAligned: 0 };
  for (const c of list) for (const k of Object.keys(t)) t[k] += c[k];
  const recall = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
  const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
  return { ...t, altered: t.tp + t.fn, exact: t.fp + t.tn, recall, precision };
}
