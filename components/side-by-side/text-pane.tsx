'use client';
// One pane of the side-by-side view: a named region with the full text, paragraph by paragraph, aligned passages as
// <mark data-alignment="N"> (nested where alignments overlap), added / omitted text as spans of their own.
// Interaction is delegated to the scroll container, so 5,000 marks cost no handlers; hover and selection styling is
// applied to the DOM by the parent (highlight.ts) so that moving the pointer never re-renders the text.
import { memo, type KeyboardEvent, type MouseEvent, type FocusEvent, type ReactNode, type Ref } from 'react';
import type { AlignmentKind } from '../../lib/types.ts';
import type { ParagraphNode, SegmentNode } from './segments.ts';

/** What a pane needs to know about alignment N to style its marks. */
export interface MarkStyle {
  kind: AlignmentKind;
  misquote: boolean;
  /** Set on a saved comparison: `corrected` or `user` marks are the user's corrections (styled apart). */
  origin?: string | undefined;
}

export interface TextPaneProps {
  /** The region's accessible name: `Report` or `Source`. */
  label: 'Report' | 'Source';
  /** The document's description under the pane heading. */
  caption: string;
  text: string;
  paragraphs: readonly ParagraphNode[];
  /** Indexed by alignment number - 1. */
  markStyles: readonly MarkStyle[];
  scrollerRef: Ref<HTMLDivElement>;
  /** Pointer or focus entered (number) or left (null) an aligned passage. */
  onHover: (number: number | null) => void;
  /** A passage was clicked, or Enter was pressed on it. */
  onSelect: (number: number, from: 'report' | 'source') => void;
  /** Shown beside the text (the coverage strip of the source). */
  aside?: ReactNode;
  /** The text's language when its script shows one (lib/translate/language.ts languageTag). */
  lang?: string | null;
}

const alignmentOf = (target: EventTarget | null): number | null => {
  const mark = target instanceof Element ? target.closest('mark[data-alignment]') : null;
  return mark ? Number(mark.getAttribute('data-alignment')) : null;
};

export const TextPane = memo(function TextPane({
  label,
  caption,
  text,
  paragraphs,
  markStyles,
  scrollerRef,
  onHover,
  onSelect,
  aside,
  lang,
}: TextPaneProps) {
  const from = label === 'Report' ? 'report' : 'source';
  const onClick = (event: MouseEvent) => {
    const n = alignmentOf(event.target);
    if (n !== null) onSelect(n, from);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    const n = alignmentOf(event.target);
    if (n === null) return;
    event.preventDefault();
    onSelect(n, from);
  };
  const onPointer = (event: MouseEvent | FocusEvent) => onHover(alignmentOf(event.target));
  return (
    <section role="region" aria-label={label} className="pane" data-pane={from}>
      <header className="pane__head">
        <h2 className="pane__title">{label}</h2>
        <p className="pane__caption">{caption}</p>
      </header>
      <div className="pane__body">
        <div
          ref={scrollerRef}
          className="pane__scroller"
          lang={lang ?? undefined}
          tabIndex={0}
          data-testid={`${from}-scroller`}
          onClick={onClick}
          onKeyDown={onKeyDown}
          onMouseOver={onPointer}
          onMouseLeave={() => onHover(null)}
          onFocus={onPointer}
          onBlur={() => onHover(null)}
        >
          {paragraphs.length === 0 ? (
            <p className="pane__empty">(no text)</p>
          ) : (
            paragraphs.map((p) => (
              <p key={p.start} className="pane__paragraph" data-start={p.start} data-end={p.end}>
                {renderNodes(text, p.children, markStyles)}
              </p>
            ))
          )}
        </div>
        {aside}
      </div>
    </section>
  );
});

function renderNodes(text: string, nodes: readonly SegmentNode[], markStyles: readonly MarkStyle[]): ReactNode[] {
  return nodes.map((node) => {
    if (node.type === 'text') return text.slice(node.start, node.end);
    const key = `${node.kind}${node.number}@${node.start}`;
    const children = renderNodes(text, node.children, markStyles);
    if (node.kind === 'alignment') {
      const style = markStyles[node.number - 1];
      return (
        <mark
          key={key}
          className="mark"
          data-alignment={node.number}
          data-kind={style?.kind}
          data-misquote={style?.misquote ? '' : undefined}
          data-origin={style?.origin === 'matcher' ? undefined : style?.origin}
          data-badge={node.opens ? node.number : undefined}
          tabIndex={node.opens ? -1 : undefined}
        >
          {children}
        </mark>
      );
    }
    const attribute = node.kind === 'added' ? { 'data-added': node.number } : { 'data-omitted': node.number };
    return (
      <span
        key={key}
        className={`span-${node.kind}`}
        {...attribute}
        data-first={node.opens ? '' : undefined}
        tabIndex={node.opens ? -1 : undefined}
      >
        {children}
      </span>
    );
  });
}
