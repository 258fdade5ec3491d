// Cuts a text into the nodes a pane renders: paragraphs, then runs of text wrapped in nested marks.
// Every span boundary (alignments, added, omitted) and every paragraph boundary is a cut; each piece between two cuts
// lies in the marks that cover it, outermost first, so overlapping alignments nest instead of clashing
// (issue 3: "one number per mark; overlapping alignments nest"). Offsets only: the pane slices the text when it renders,
// as React text nodes.
import type { Span } from '../../lib/types.ts';

/** What a mark stands for: an alignment, report text the source lacks, source text the report leaves out. */
export type MarkKind = 'alignment' | 'added' | 'omitted';

/** A set of spans that render as marks with one number. */
export interface MarkSpec {
  kind: MarkKind;
  /** The number shown in the badge and in `data-alignment` (or `data-added` / `data-omitted`). */
  number: number;
  spans: readonly Span[];
}

export interface TextNode {
  type: 'text';
  start: number;
  end: number;
}

export interface MarkNode {
  type: 'mark';
  kind: MarkKind;
  number: number;
  start: number;
  end: number;
  /** True on the first fragment of each of the mark's spans: that fragment carries the number badge. */
  opens: boolean;
  children: SegmentNode[];
}

export type SegmentNode = TextNode | MarkNode;

export interface ParagraphNode {
  start: number;
  end: number;
  children: SegmentNode[];
}

const KIND_ORDER: Record<MarkKind, number> = { alignment: 0, added: 1, omitted: 2 };

interface MarkSpan {
  kind: MarkKind;
  number: number;
  start: number;
  end: number;
  /** Nesting rank: a lower rank is an outer mark. */
  rank: number;
}

/**
 * Cuts the text of `length` code units into `paragraphs` (sorted, non-overlapping spans) whose children are text
 * and (nested) mark nodes. Text outside every paragraph (the whitespace between them) is left out; a mark that spans a
 * paragraph break becomes one fragment per paragraph.
 */
export function cutSegments(length: number, paragraphs: readonly Span[], marks: readonly MarkSpec[]): ParagraphNode[] {
  const spans = rankSpans(length, marks);
  const cuts = new Set<number>();
  for (const p of paragraphs) cuts.add(p.start).add(p.end);
  for (const s of spans) cuts.add(s.start).add(s.end);
  const positions = [...cuts].sort((a, b) => a - b);

  const byStart = [...spans].sort((a, b) => a.start - b.start);
  let nextStart = 0;
  let active: MarkSpan[] = [];
  const opened = new Set<MarkSpan>();
  const out: ParagraphNode[] = [];
  let p = 0;
  let current: { node: ParagraphNode; stack: { span: MarkSpan; node: MarkNode }[] } | null = null;

  for (let k = 0; k + 1 < positions.length; k++) {
    const from = positions[k]!;
    const to = positions[k + 1]!;
    active = active.filter((s) => s.end > from);
    while (nextStart < byStart.length && byStart[nextStart]!.start <= from) {
      const s = byStart[nextStart++]!;
      if (s.end > from) insertByRank(active, s);
    }
    while (p < paragraphs.length && paragraphs[p]!.end <= from) {
      p++;
      current = null;
    }
    const para = paragraphs[p];
    if (!para || para.start > from) continue; // between paragraphs: whitespace the pane does not render
    if (!current) {
      current = { node: { start: para.start, end: para.end, children: [] }, stack: [] };
      out.push(current.node);
    }
    const { stack } = current;
    let common = 0;
    while (common < stack.length && common < active.length && stack[common]!.span === active[common]) common++;
    stack.length = common;
    for (let i = common; i < active.length; i++) {
      const span = active[i]!;
      const node: MarkNode = {
        type: 'mark',
        kind: span.kind,
        number: span.number,
        start: from,
        end: to,
        opens: !opened.has(span),
        children: [],
      };
      opened.add(span);
      (stack[stack.length - 1]?.node.children ?? current.node.children).push(node);
      stack.push({ span, node });
    }
    for (const { node } of stack) node.end = to;
    (stack[stack.length - 1]?.node.children ?? current.node.children).push({ type: 'text', start: from, end: to });
  }
  return out;
}

function rankSpans(length: number, marks: readonly MarkSpec[]): MarkSpan[] {
  const spans: Omit<MarkSpan, 'rank'>[] = [];
  for (const m of marks)
    for (const s of m.spans) {
      const start = Math.max(0, s.start);
      const end = Math.min(length, s.end);
      if (start < end) spans.push({ kind: m.kind, number: m.number, start, end });
    }
  // Earlier start, then longer, is outer; ties go by kind and number so the nesting is deterministic.
  spans.sort(
    (a, b) => a.start - b.start || b.end - a.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.number - b.number,
  );
  return spans.map((s, rank) => ({ ...s, rank }));
}

function insertByRank(list: MarkSpan[], span: MarkSpan): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.rank < span.rank) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, span);
}
