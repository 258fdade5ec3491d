// A student's marks live in their own browser only (issue 16: no accounts, no personal data): localStorage, one
// entry per pack, and an export the student can hand in. Nothing about the student is ever sent to the server.
import { MARK_LABELS } from '../../lib/teach/labels.ts';
import type { StudentMark } from '../../lib/teach/types.ts';

const keyOf = (packId: string) => `claimdiff.lesson.${packId}`;

const isMark = (m: unknown): m is StudentMark => {
  const x = m as StudentMark;
  return (
    typeof x === 'object' &&
    x !== null &&
    (x.side === 'report' || x.side === 'source') &&
    MARK_LABELS.includes(x.label) &&
    Number.isInteger(x.span?.start) &&
    Number.isInteger(x.span?.end) &&
    x.span.start < x.span.end
  );
};

/** The marks saved for `packId`; [] when there are none or storage is unavailable or holds something else. */
export function loadMarks(packId: string): StudentMark[] {
  try {
    const raw: unknown = JSON.parse(window.localStorage.getItem(keyOf(packId)) ?? '[]');
    return Array.isArray(raw) ? raw.filter(isMark) : [];
  } catch {
    return [];
  }
}

export function saveMarks(packId: string, marks: readonly StudentMark[]): void {
  try {
    if (marks.length) window.localStorage.setItem(keyOf(packId), JSON.stringify(marks));
    else window.localStorage.removeItem(keyOf(packId));
  } catch {
    // Private mode or full storage: the marks still work for this visit.
  }
}

/** The small file a student hands in: the pack, each mark with its words, and the score when checked. */
export function exportAnswers(
  pack: { id: string; title: string },
  marks: readonly StudentMark[],
  texts: { report: string; source: string },
  score: { found: number; total: number } | null,
): Blob {
  const body = {
    claimdiff: 'lesson-answers',
    version: 1,
    pack: pack.id,
    title: pack.title,
    exported: new Date().toISOString(),
    marks: marks.map((m) => ({ ...m, text: texts[m.side].slice(m.span.start, m.span.end) })),
    ...(score && { score: `${score.found} of ${score.total}` }),
  };
  return new Blob([`${JSON.stringify(body, null, 2)}\n`], { type: 'application/json' });
}
