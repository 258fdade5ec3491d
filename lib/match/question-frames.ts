// A question frame (`when asked about …`) opens what the report says was asked, which matches a
// reporter's question, not the answer; so a clause is cut where such a frame starts, even without a comma
// (`… made the remarks on Thursday when asked about reports that …`).
import type { Clause, Segmentation } from '../types.ts';

export function cutClausesAtQuestionFrames(text: string, seg: Segmentation): Segmentation {
  const cuts = seg.frames.filter((f) => f.target === 'question').map((f) => f.start);
  if (cuts.length === 0) return seg;
  const clauses: Clause[] = [];
  for (const clause of seg.clauses) {
    let start = clause.start;
    for (const cut of cuts) {
      if (cut <= start || cut >= clause.end) continue;
      let end = cut;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end > start) clauses.push({ start, end, index: 0, sentence: clause.sentence });
      start = cut;
    }
    clauses.push({ start, end: clause.end, index: 0, sentence: clause.sentence });
  }
  clauses.forEach((c, i) => (c.index = i));
  return { ...seg, clauses };
}
