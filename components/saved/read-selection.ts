// The text the user selected inside one pane, as offsets into that pane's document. Each paragraph element carries
// `data-start`; its rendered text is exactly `text.slice(start, end)` (text-pane.tsx slices, never rewrites), so the
// number of characters before a point inside the paragraph is the offset from `data-start`.
import type { Span } from '../../lib/types.ts';

function offsetOf(node: Node, offset: number): number | null {
  const element = node instanceof Element ? node : node.parentElement;
  const paragraph = element?.closest<HTMLElement>('[data-start]');
  if (!paragraph) return null;
  const range = document.createRange();
  range.setStart(paragraph, 0);
  range.setEnd(node, offset);
  return Number(paragraph.dataset.start) + range.toString().length;
}

/** The selection within the pane `side`, or null when there is none there. */
export function readSelection(side: 'report' | 'source'): Span | null {
  const selection = window.getSelection();
  const pane = document.querySelector(`[data-pane="${side}"] .pane__scroller`);
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed || !pane) return null;
  const range = selection.getRangeAt(0);
  if (!pane.contains(range.startContainer) || !pane.contains(range.endContainer)) return null;
  const start = offsetOf(range.startContainer, range.startOffset);
  const end = offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
