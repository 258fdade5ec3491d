// The answer key of a lesson: every finding of a comparison as a key item a student's mark can be checked against.
// It reads the result the teacher sees, corrections applied (server/corrections/apply-corrections.ts makes that view:
// rejected alignments stay in the list, marked, and the teacher's links and added/omitted marks are in it), so a
// teacher who corrected the matcher teaches the corrected answer.
import type { Alignment, Flag, QuoteCheck, Span } from '../types.ts';
import { countWords } from '../present.ts';
import type { KeyItem, MarkLabel } from './types.ts';
import { MARK_LABEL_INFO, MARK_LABELS } from './labels.ts';

/** An alignment of the corrected view; a bare matcher `Alignment` is one too (never rejected, its index its own). */
export type KeyAlignment = Alignment & {
  /** The teacher rejected it: it teaches nothing, and the quotes it carries are left out of the key. */
  rejected?: boolean;
  /** Its index in the matcher's list (what `QuoteCheck.alignment` points at), or null for a teacher's link. */
  matcherIndex?: number | null;
};

/** What the key is built from: the comparison as the teacher sees it. */
export interface KeyInput {
  alignments: readonly KeyAlignment[];
  added: readonly Span[];
  omitted: readonly Span[];
  /** The matcher's quote checks (corrections do not change them); absent for a result saved before quotes. */
  quotes?: readonly QuoteCheck[];
}

/** The flags that are a label of their own; `misquote` and `wording-differs` are what `quote-changed` says. */
const FLAG_LABEL: Partial<Record<Flag, MarkLabel>> = {
  'number-changed': 'number-changed',
  'negation-changed': 'negation-flipped',
  sharpened: 'sharpened',
  softened: 'softened',
};

const QUOTE_NOTE: Record<QuoteCheck['verdict'], string> = {
  exact: 'The quoted words stand in the source, word for word.',
  elided: 'The quoted words stand in the source; the elision marks show where words were left out.',
  altered: 'The quoted words differ from the source’s.',
  'not-in-source': 'No one place of the source holds these quoted words.',
};

const copy = (s: Span): Span => ({ start: s.start, end: s.end });
const firstStart = (spans: readonly Span[]): number => spans[0]?.start ?? 0;
const changed = (a: Alignment): boolean => a.diff.some((p) => p.op !== 'same');

/** Every finding of `input` as a key item, report items in reading order, then the source's left-out passages. */
export function buildKey(input: KeyInput): KeyItem[] {
  const items: Omit<KeyItem, 'id'>[] = [];
  const byMatcherIndex = new Map<number, KeyAlignment>();
  input.alignments.forEach((a, i) => {
    const index = a.matcherIndex === undefined ? i : a.matcherIndex;
    if (index !== null) byMatcherIndex.set(index, a);
  });
  const quoted = new Set<KeyAlignment>();

  for (const q of input.quotes ?? []) {
    const carrier = q.alignment === null ? undefined : byMatcherIndex.get(q.alignment);
    if (carrier?.rejected) continue; // the teacher said that passage does not come from there
    if (carrier) quoted.add(carrier);
    items.push({
      label: q.verdict === 'exact' || q.verdict === 'elided' ? 'quote-exact' : 'quote-changed',
      side: 'report',
      spans: q.report.map(copy),
      evidence: { report: q.report.map(copy), source: q.source.map(copy), diff: q.diff },
      note: q.message ?? QUOTE_NOTE[q.verdict],
    });
  }

  for (const a of input.alignments) {
    if (a.rejected) continue;
    const evidence = { report: a.report.map(copy), source: a.source.map(copy), diff: a.diff };
    if (a.kind === 'quote') {
      // A quote the check did not see (a teacher's link): its own diff says whether the words changed.
      if (!quoted.has(a))
        items.push({
          label: changed(a) ? 'quote-changed' : 'quote-exact',
          side: 'report',
          spans: a.report.map(copy),
          evidence,
          note: changed(a) ? QUOTE_NOTE.altered : QUOTE_NOTE.exact,
        });
    } else
      items.push({
        label: 'paraphrase',
        side: 'report',
        spans: a.report.map(copy),
        evidence,
        note:
          a.kind === 'partial'
            ? 'The story carries part of what the source says, in its own words.'
            : MARK_LABEL_INFO.paraphrase.means,
      });
    for (const flag of a.flags) {
      const label = FLAG_LABEL[flag];
      if (!label) continue;
      const details = a.flagDetails.filter((d) => d.flag === flag && !d.withheld);
      const spans = details.flatMap((d) => (d.report ? [copy(d.report)] : []));
      items.push({
        label,
        side: 'report',
        spans: spans.length ? spans : a.report.map(copy),
        evidence,
        note: details.map((d) => d.message).join('; ') || MARK_LABEL_INFO[label].means,
      });
    }
  }

  for (const s of input.added)
    items.push({
      label: 'added',
      side: 'report',
      spans: [copy(s)],
      evidence: { report: [copy(s)], source: [], diff: [] },
      note: MARK_LABEL_INFO.added.means,
    });
  for (const s of input.omitted)
    items.push({
      label: 'left-out',
      side: 'source',
      spans: [copy(s)],
      evidence: { report: [], source: [copy(s)], diff: [] },
      note: MARK_LABEL_INFO['left-out'].means,
    });

  const rank = (label: MarkLabel) => MARK_LABELS.indexOf(label);
  return items
    .map((item, order) => ({ item, order }))
    .sort(
      (x, y) =>
        Number(x.item.side === 'source') - Number(y.item.side === 'source') ||
        firstStart(x.item.spans) - firstStart(y.item.spans) ||
        rank(x.item.label) - rank(y.item.label) ||
        x.order - y.order,
    )
    .map(({ item }, k) => ({ id: `k${k + 1}`, ...item }));
}

/** Quoted words fewer than this are a term (`"Alliance"`), listed in the key but no exercise by default. */
const MIN_QUOTE_WORDS = 3;

/**
 * How many items of a label a new pack asks for, so that a lesson fits one class period (issue 16). Left-out and
 * added passages are many in a long source and alike, so a few are enough to practise on.
 */
const DEFAULT_CAP: Partial<Record<MarkLabel, number>> = { 'left-out': 3, added: 3 };
const CAP = 8;

/**
 * The exercises a new pack starts with, in key order: the quotes, the changes, and a few additions and omissions.
 * Paraphrases are in the key (a student's mark on one still counts as found) but not asked for, and neither are
 * exact one- or two-word quotes (terms, which the quote check lists without flagging). The teacher edits the list.
 */
export function defaultExercises(key: readonly KeyItem[], report: string): string[] {
  const taken = new Map<MarkLabel, number>();
  return key
    .filter((item) => item.label !== 'paraphrase')
    .filter((item) => item.label !== 'quote-exact' || countWords(report, item.spans) >= MIN_QUOTE_WORDS)
    .filter((item) => {
      const n = (taken.get(item.label) ?? 0) + 1;
      taken.set(item.label, n);
      return n <= (DEFAULT_CAP[item.label] ?? CAP);
    })
    .map((item) => item.id);
}
