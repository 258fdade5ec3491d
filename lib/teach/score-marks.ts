// Scores a student's marks against the answer key.
//
// The overlap rule (issue 16): a student's selection finds a key item when, on the same side and with the same label,
// it overlaps the item by at least half of the shorter of the two. Half of the *shorter* lets a student who selects a
// whole sentence find the one word the key marks (`slammed`), and a student who selects part of a long quote find the
// quote, while a selection that only touches a neighbour's edge finds nothing. Lengths are in JS string units.
import type { Span } from '../types.ts';
import type { ExerciseOutcome, KeyItem, LessonScore, MarkOutcome, StudentMark } from './types.ts';

const length = (spans: readonly Span[]): number => spans.reduce((n, s) => n + Math.max(0, s.end - s.start), 0);

/** Code units that `a` and `b` share (each list's spans assumed not to overlap one another). */
export function overlapLength(a: readonly Span[], b: readonly Span[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

/** Whether `mark` lies over `item` by the overlap rule, whatever the labels. */
export function overlapsEnough(mark: StudentMark, item: KeyItem): boolean {
  if (mark.side !== item.side) return false;
  const shared = overlapLength([mark.span], item.spans);
  return shared > 0 && shared * 2 >= Math.min(length([mark.span]), length(item.spans));
}

/** Whether `mark` finds `item`: the same label, and the overlap rule. */
export const findsItem = (mark: StudentMark, item: KeyItem): boolean =>
  mark.label === item.label && overlapsEnough(mark, item);

/**
 * Scores `marks` against the pack's key. An exercise is found when any mark finds it. A mark is `found` when it
 * finds any key item, an exercise or not (a true observation the teacher did not ask for is still true), and
 * `not-a-change` otherwise; `near` lists the items it lies over under another label.
 */
export function scoreMarks(
  key: readonly KeyItem[],
  exercises: readonly string[],
  marks: readonly StudentMark[],
): LessonScore {
  const byId = new Map(key.map((item) => [item.id, item]));
  const exerciseOutcomes: ExerciseOutcome[] = exercises.flatMap((id) => {
    const item = byId.get(id);
    if (!item) return [];
    const foundBy = marks.flatMap((m, i) => (findsItem(m, item) ? [i] : []));
    return [{ item, status: foundBy.length ? 'found' : 'missed', foundBy }];
  });
  const markOutcomes: MarkOutcome[] = marks.map((mark) => {
    const finds = key.filter((item) => findsItem(mark, item)).map((item) => item.id);
    const near = key.filter((item) => !finds.includes(item.id) && overlapsEnough(mark, item)).map((item) => item.id);
    return { mark, status: finds.length ? 'found' : 'not-a-change', finds, near };
  });
  return {
    exercises: exerciseOutcomes,
    marks: markOutcomes,
    found: exerciseOutcomes.filter((e) => e.status === 'found').length,
    total: exerciseOutcomes.length,
  };
}
