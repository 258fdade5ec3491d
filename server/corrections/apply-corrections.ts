// The result as the user sees it: the matcher's stored result with the user's corrections applied, in the order
// they were made. Pure: the stored result is never modified, so a correction can be deleted and the view recomputed,
// and the matcher's own output stays distinguishable from the user's (every alignment says where it came from).
//
// A correction names its alignment by index and spans (AlignmentRef). The index is only a hint: after a re-run the
// list changes, so the alignment is found by its spans; a correction whose alignment is gone is reported as stale,
// not applied to whatever now sits at that index.
import type { AlignResult, AlignmentKind, Span } from '../../lib/types.ts';
import type { AlignmentRef, CorrectedAlignment, CorrectedResult, CorrectedSpan, Correction } from '../types.ts';
import { diffPassages } from './diff-passages.ts';

/** The two texts, to diff the passages a user linked. Without them a link's diff is empty. */
export interface CorrectionTexts {
  report: string;
  source: string;
}

/** A user's link is their assertion, not a guess: it carries the top score. */
const USER_SCORE = 1;

const copy = (s: Span): Span => ({ start: s.start, end: s.end });
const sameSpans = (a: readonly Span[], b: readonly Span[]): boolean =>
  a.length === b.length && a.every((s, i) => s.start === b[i]!.start && s.end === b[i]!.end);
const inside = (s: Span, outer: Span): boolean => s.start >= outer.start && s.end <= outer.end;
const insideAny = (s: Span, outers: readonly Span[]): boolean => outers.some((o) => inside(s, o));
const fits = (spans: readonly Span[], length: number): boolean =>
  spans.every(
    (s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= length,
  );

function findAlignment(alignments: readonly CorrectedAlignment[], ref: AlignmentRef): CorrectedAlignment | null {
  const hinted = ref.index === undefined ? undefined : alignments.find((a) => a.matcherIndex === ref.index);
  if (hinted && sameSpans(hinted.report, ref.report) && sameSpans(hinted.source, ref.source)) return hinted;
  return alignments.find((a) => sameSpans(a.report, ref.report) && sameSpans(a.source, ref.source)) ?? null;
}

/** Marks `a` as touched by correction `id`; a matcher alignment becomes `corrected`. */
function touch(a: CorrectedAlignment, id: string): void {
  if (a.origin === 'matcher') a.origin = 'corrected';
  if (!a.corrections.includes(id)) a.corrections.push(id);
}

function setKind(a: CorrectedAlignment, kind: AlignmentKind): void {
  if (a.origin !== 'user' && a.matcherKind === null && a.kind !== kind) a.matcherKind = a.kind;
  a.kind = kind;
}

/**
 * Applies `corrections` (oldest first) to `result`. Rejected alignments stay in the list, marked, so the view can
 * show and undo them; marking a passage added (omitted) also rejects the alignments whose report (source) spans lie
 * wholly inside it; a link clears the added/omitted entries its passages cover.
 */
export function applyCorrections(
  result: AlignResult,
  corrections: readonly Correction[],
  texts?: CorrectionTexts,
): CorrectedResult {
  const alignments: CorrectedAlignment[] = result.alignments.map((a, i) => ({
    report: a.report.map(copy),
    source: a.source.map(copy),
    kind: a.kind,
    score: a.score,
    diff: a.diff,
    flags: [...a.flags],
    flagDetails: a.flagDetails,
    origin: 'matcher',
    matcherIndex: i,
    rejected: false,
    matcherKind: null,
    notes: [],
    corrections: [],
  }));
  let added: CorrectedSpan[] = result.added.map((s) => ({ ...copy(s), origin: 'matcher', correction: null }));
  let omitted: CorrectedSpan[] = result.omitted.map((s) => ({ ...copy(s), origin: 'matcher', correction: null }));
  const notes: CorrectedResult['notes'] = [];
  const stale: CorrectedResult['stale'] = [];
  const reportLength = result.report.length;
  const sourceLength = result.source.length;
  const diffOf = (report: Span[], source: Span[]) =>
    texts ? diffPassages(texts.report, report, texts.source, source) : [];

  for (const c of corrections) {
    const resolve = (ref: AlignmentRef): CorrectedAlignment | null => {
      const found = findAlignment(alignments, ref);
      if (!found) stale.push({ id: c.id, reason: 'the alignment it refers to is no longer in the result' });
      return found;
    };
    switch (c.type) {
      case 'reject': {
        const a = resolve(c.alignment);
        if (!a) break;
        a.rejected = true;
        touch(a, c.id);
        break;
      }
      case 'change-kind': {
        const a = resolve(c.alignment);
        if (!a) break;
        setKind(a, c.kind);
        touch(a, c.id);
        break;
      }
      case 'link': {
        if (!fits(c.report, reportLength) || !fits(c.source, sourceLength)) {
          stale.push({ id: c.id, reason: 'a span lies outside the text' });
          break;
        }
        const linked = {
          report: c.report.map(copy),
          source: c.source.map(copy),
          score: USER_SCORE,
          diff: diffOf(c.report, c.source),
          flags: [],
          flagDetails: [],
        };
        if (c.alignment) {
          const a = resolve(c.alignment);
          if (!a) break;
          Object.assign(a, linked, { rejected: false });
          setKind(a, c.kind);
          touch(a, c.id);
        } else {
          alignments.push({
            ...linked,
            kind: c.kind,
            origin: 'user',
            matcherIndex: null,
            rejected: false,
            matcherKind: null,
            notes: [],
            corrections: [c.id],
          });
        }
        added = added.filter((s) => !insideAny(s, c.report));
        omitted = omitted.filter((s) => !insideAny(s, c.source));
        break;
      }
      case 'mark-added': {
        if (!fits([c.report], reportLength)) {
          stale.push({ id: c.id, reason: 'a span lies outside the text' });
          break;
        }
        if (!added.some((s) => sameSpans([s], [c.report])))
          added.push({ ...copy(c.report), origin: 'user', correction: c.id });
        for (const a of alignments)
          if (!a.rejected && a.report.every((s) => inside(s, c.report))) {
            a.rejected = true;
            touch(a, c.id);
          }
        break;
      }
      case 'mark-omitted': {
        if (!fits([c.source], sourceLength)) {
          stale.push({ id: c.id, reason: 'a span lies outside the text' });
          break;
        }
        if (!omitted.some((s) => sameSpans([s], [c.source])))
          omitted.push({ ...copy(c.source), origin: 'user', correction: c.id });
        for (const a of alignments)
          if (!a.rejected && a.source.every((s) => inside(s, c.source))) {
            a.rejected = true;
            touch(a, c.id);
          }
        break;
      }
      case 'note': {
        if (c.alignment) {
          const a = resolve(c.alignment);
          if (!a) break;
          // A note comments on an alignment without changing it, so its origin stays as it is.
          a.notes.push({ id: c.id, text: c.text });
          if (!a.corrections.includes(c.id)) a.corrections.push(c.id);
        } else if (c.report && fits([c.report], reportLength))
          notes.push({ id: c.id, side: 'report', span: copy(c.report), text: c.text });
        else if (c.source && fits([c.source], sourceLength))
          notes.push({ id: c.id, side: 'source', span: copy(c.source), text: c.text });
        else stale.push({ id: c.id, reason: 'a span lies outside the text' });
        break;
      }
    }
  }

  const byStart = (x: Span, y: Span): number => x.start - y.start || x.end - y.end;
  return {
    version: 1,
    report: { length: reportLength },
    source: { length: sourceLength },
    alignments,
    added: added.sort(byStart),
    omitted: omitted.sort(byStart),
    regions: result.regions.map(copy),
    notes,
    stale,
  };
}
