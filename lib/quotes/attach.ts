// The quote checks meet the alignments. A quote belongs to the alignment whose report passage holds most of it;
// every alignment its words reach takes the flags of the differences that fall inside it (a quote of three
// sentences split over three alignments flags only the one whose sentence was changed), whatever its score.
// A quote the check found nowhere, inside a passage aligned to the place that comes nearest, is that place
// reworded (a translation quoted in other words): altered, a misquote. Inside a passage aligned elsewhere, the
// quoted words are not in that place either: the alignment is flagged.
import type { Alignment, DiffPart, FlagDetail, QuoteCheck, Span } from '../types.ts';
import { flagsOf } from '../verdict/flags.ts';
import { overlaps } from '../spans.ts';

const overlapOf = (a: readonly Span[], b: readonly Span[]): number =>
  a.reduce((t, x) => t + b.reduce((u, y) => u + Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start)), 0), 0);
const holds = (spans: readonly Span[], at: number): boolean => spans.some((s) => at >= s.start && at < s.end);

/**
 * Term quotes are checked and listed, but flag no alignment: one word (`"open"`), or a name in title case (`"Alliance
 * for the Future of the Internet"`: every word of four letters or more capitalised, the rest lower case), which
 * marks what something is called, not what someone said.
 */
export function isTermQuote(q: QuoteCheck, reportText: string): boolean {
  if (q.words < 2) return true;
  const long = q.report.flatMap((s) => reportText.slice(s.start, s.end).match(/\p{L}{4,}/gu) ?? []);
  return long.length >= 2 && long.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
}

/** Where in the report each diff part stands: an omitted part at the words after it (or before, at the end). */
function positions(diff: readonly DiffPart[]): number[] {
  const at = diff.map((d) => (d.op === 'omitted' ? -1 : d.report.start));
  for (let k = at.length - 1, next = -1; k >= 0; k--) {
    if (at[k] === -1) at[k] = next;
    else next = at[k]!;
  }
  for (let k = 0, prev = -1; k < at.length; k++) {
    if (at[k] === -1) at[k] = Math.max(0, prev);
    else prev = diff[k]!.op === 'omitted' ? prev : (diff[k] as { report: Span }).report.end - 1;
  }
  return at;
}

/** The checks with their alignment index, and the alignments with their quote flags. */
export function attachQuotes(checks: readonly QuoteCheck[], alignments: readonly Alignment[], reportText: string): { quotes: QuoteCheck[]; alignments: Alignment[] } {
  const quotes: QuoteCheck[] = checks.map((q) => {
    let best = -1;
    let bestOverlap = 0;
    alignments.forEach((a, k) => {
      const o = overlapOf(a.report, q.report);
      if (o > bestOverlap) [best, bestOverlap] = [k, o];
    });
    const alignment = best >= 0 ? best : null;
    if (alignment !== null && q.verdict === 'not-in-source' && q.source.length && overlapOf(alignments[alignment]!.source, q.source) > 0)
      return { ...q, alignment, verdict: 'altered', flag: 'misquote', unfound: [], message: 'inside quote marks, the words are not the source\'s: the place says it in other words' };
    return { ...q, alignment };
  });
  const out = alignments.map((a) => {
    const details: FlagDetail[] = a.flagDetails.filter((d) => d.flag !== 'misquote' && d.flag !== 'wording-differs');
    const quoteFlags: FlagDetail[] = [];
    for (const q of quotes) {
      if (isTermQuote(q, reportText) || overlapOf(a.report, q.report) === 0) continue;
      const here = q.unfound.find((u) => a.report.some((s) => overlaps(s, u)));
      if (here) {
        quoteFlags.push({ flag: 'misquote', report: here, message: 'the quoted words are not in the source' });
        continue;
      }
      const flag = q.flag ?? (q.verdict === 'not-in-source' ? 'misquote' : undefined);
      if (!flag) continue;
      const at = positions(q.diff);
      const inside = q.diff.findIndex((d, k) => d.op !== 'same' && holds(a.report, at[k]!));
      const first = q.diff[inside];
      const bracket = q.inserted.find((b) => a.report.some((s) => overlaps(s, b)));
      if (!first && !bracket) continue;
      quoteFlags.push({
        flag,
        report: first?.op === 'added' ? first.report : (bracket ?? q.report[0]!),
        ...(first?.op === 'omitted' && { source: first.source }),
        message: q.message ?? flag,
      });
    }
    // One clear warning: a misquote outranks different wording.
    const misquote = quoteFlags.filter((d) => d.flag === 'misquote');
    details.unshift(...(misquote.length ? misquote : quoteFlags));
    return { ...a, flags: flagsOf(details), flagDetails: details };
  });
  return { quotes, alignments: out };
}
