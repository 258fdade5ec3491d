// DOM helpers for the panes: lighting up an alignment's marks and scrolling a pane (only the pane, never the page)
// to a passage. The panes render once per result; hover and selection change attributes here instead of React state,
// so the pointer moving over 5,000 marks re-renders nothing.

/** Puts `attribute="value"` on every mark of alignment `number` under `root` and takes it off every other mark. */
export function lightUpMarks(
  root: ParentNode,
  attribute: 'data-hover' | 'aria-current',
  number: number | null,
  value = 'true',
): void {
  root.querySelectorAll(`mark[${attribute}]`).forEach((el) => {
    if (number === null || el.getAttribute('data-alignment') !== String(number)) el.removeAttribute(attribute);
  });
  if (number !== null)
    root.querySelectorAll(`mark[data-alignment="${number}"]`).forEach((el) => el.setAttribute(attribute, value));
}

/** The first fragment of alignment `number` in a pane (the one with the badge), or its first mark. */
export function findMark(scroller: ParentNode, number: number): HTMLElement | null {
  return (
    scroller.querySelector<HTMLElement>(`mark[data-alignment="${number}"][data-badge]`) ??
    scroller.querySelector<HTMLElement>(`mark[data-alignment="${number}"]`)
  );
}

/** Scrolls `scroller` so that `element` is in view, a third from the top, unless it is already fully visible. */
export function revealInScroller(scroller: HTMLElement, element: Element, force = false): void {
  const box = scroller.getBoundingClientRect();
  const target = element.getBoundingClientRect();
  const visible = target.top >= box.top && target.bottom <= box.bottom;
  if (visible && !force) return;
  const top = target.top - box.top + scroller.scrollTop;
  scroller.scrollTo({
    top: Math.max(0, top - scroller.clientHeight / 3),
    behavior: prefersReducedMotion() ? 'auto' : 'smooth',
  });
}

/** Scrolls `scroller` so that text offset `offset` (inside a `[data-start][data-end]` paragraph) is at the top. */
export function scrollToOffset(scroller: HTMLElement, offset: number): void {
  const paragraphs = scroller.querySelectorAll<HTMLElement>('[data-start]');
  for (const p of paragraphs) {
    if (Number(p.dataset.end) > offset) {
      const top = p.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
      scroller.scrollTo({ top: Math.max(0, top - 8), behavior: 'auto' });
      return;
    }
  }
}

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
