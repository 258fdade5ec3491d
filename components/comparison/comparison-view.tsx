'use client';
// The comparison view: both texts side by side, the diff detail of the selected alignment, the alignment table, and
// the Left out / Added panels, all driven by one selection. It receives the matcher's raw result as plain JSON and
// makes the presentable view itself (lib/present.ts), so the seed pages and the pasted-texts page render the same way.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AlignResult } from '../../lib/types.ts';
import { presentResult } from '../../lib/present.ts';
import { languageTag } from '../../lib/translate/language.ts';
import { cutSegments, type MarkSpec } from '../side-by-side/segments.ts';
import { TextPane, type MarkStyle } from '../side-by-side/text-pane.tsx';
import { CoverageStrip } from '../side-by-side/coverage-strip.tsx';
import { findMark, lightUpMarks, revealInScroller, scrollToOffset } from '../side-by-side/highlight.ts';
import { DiffDetail } from '../diff-text/diff-detail.tsx';
import { AlignmentTable } from '../alignment-table/alignment-table.tsx';
import { SpanListPanel } from '../span-list/span-list-panel.tsx';
import { QuotesPanel } from '../quotes/quotes-panel.tsx';
import { firstAlteredAlignment } from '../quotes/quote-order.ts';
import { Summary } from './summary.tsx';
import { Legend } from './legend.tsx';

export interface ComparisonDocument {
  /** The document's text, exactly as aligned. */
  text: string;
  /** One line under the pane heading: title, outlet, date. */
  caption: string;
}

export interface ComparisonViewProps {
  report: ComparisonDocument;
  source: ComparisonDocument;
  result: AlignResult;
  /** Buttons shown above the summary (Save; on a saved comparison, its own actions). */
  actions?: ReactNode;
  /** Shown under the diff detail for the selected alignment (its index in `result.alignments`): corrections. */
  renderDetailExtra?: (index: number) => ReactNode;
  /** Where each alignment of `result` comes from (`matcher`, `corrected`, `user`), to style the user's own. */
  origins?: readonly string[];
}

export function ComparisonView({ report, source, result, actions, renderDetailExtra, origins }: ComparisonViewProps) {
  const presented = useMemo(() => presentResult(result, report.text, source.text), [result, report.text, source.text]);
  const languages = useMemo(
    () => ({ report: languageTag(report.text), source: languageTag(source.text) }),
    [report.text, source.text],
  );
  const markStyles = useMemo<MarkStyle[]>(
    () =>
      presented.alignments.map((a) => ({
        kind: a.kind,
        misquote: a.flags.includes('misquote'),
        origin: origins?.[a.index],
      })),
    [presented, origins],
  );
  const reportNodes = useMemo(() => {
    const marks: MarkSpec[] = presented.alignments.map((a) => ({
      kind: 'alignment',
      number: a.number,
      spans: result.alignments[a.index]!.report,
    }));
    for (const s of presented.added) marks.push({ kind: 'added', number: s.number, spans: [s.span] });
    return cutSegments(report.text.length, presented.reportParagraphs, marks);
  }, [presented, result, report.text]);
  const sourceNodes = useMemo(() => {
    const marks: MarkSpec[] = presented.alignments.map((a) => ({
      kind: 'alignment',
      number: a.number,
      spans: result.alignments[a.index]!.source,
    }));
    for (const s of presented.omitted) marks.push({ kind: 'omitted', number: s.number, spans: [s.span] });
    return cutSegments(source.text.length, presented.sourceParagraphs, marks);
  }, [presented, result, source.text]);

  const rootRef = useRef<HTMLDivElement>(null);
  const reportScroller = useRef<HTMLDivElement>(null);
  const sourceScroller = useRef<HTMLDivElement>(null);
  // The view opens on what matters most: the first altered quote, when there is one.
  const [selected, setSelected] = useState<number | null>(() => firstAlteredAlignment(presented.quotes));
  // Where the keyboard cursor (j/k) is; it may run ahead of the selection until Enter opens it.
  const cursor = useRef<number | null>(null);
  const hovered = useRef<number | null>(null);
  const count = presented.alignments.length;

  const onHover = useCallback((number: number | null) => {
    if (hovered.current === number || !rootRef.current) return;
    hovered.current = number;
    lightUpMarks(rootRef.current, 'data-hover', number);
  }, []);
  const onSelect = useCallback((number: number) => {
    cursor.current = number;
    setSelected(number);
  }, []);

  // A state oracle for tests and scripts: the view is hydrated and its handlers are live.
  useEffect(() => {
    rootRef.current?.setAttribute('data-ready', 'true');
  }, []);

  // The selection shows in both panes, and each pane scrolls to its passage unless it is already in view.
  useEffect(() => {
    if (!rootRef.current) return;
    lightUpMarks(rootRef.current, 'aria-current', selected);
    if (selected === null) return;
    for (const scroller of [reportScroller.current, sourceScroller.current]) {
      const mark = scroller && findMark(scroller, selected);
      if (scroller && mark) revealInScroller(scroller, mark);
    }
  }, [selected, reportNodes, sourceNodes]);

  // The source pane opens at the region the report draws on, not at the top of a long transcript (or, when the
  // view opens on an altered quote, at that quote: the selection effect above scrolls to it).
  useEffect(() => {
    if (firstAlteredAlignment(presented.quotes) !== null) return;
    const first = result.regions[0] ?? result.alignments[0]?.source[0];
    if (sourceScroller.current && first) scrollToOffset(sourceScroller.current, first.start);
  }, [result, presented]);

  // j / k move the cursor through the alignments in reading order and focus the report passage; Enter (on the
  // focused mark, handled by the pane) opens it. Inside the table the table's own keys apply.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key !== 'j' && event.key !== 'k') return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], table')) return;
      if (count === 0) return;
      // From the last alignment the person moved to or opened; the one the view opened on is not theirs.
      const from = cursor.current ?? 0;
      const next = event.key === 'j' ? Math.min(count, from + 1) : Math.max(1, from === 0 ? 1 : from - 1);
      cursor.current = next;
      const scroller = reportScroller.current;
      const mark = scroller && findMark(scroller, next);
      if (!scroller || !mark) return;
      event.preventDefault();
      mark.focus({ preventScroll: true });
      revealInScroller(scroller, mark);
      const counterpart = sourceScroller.current && findMark(sourceScroller.current, next);
      if (sourceScroller.current && counterpart) revealInScroller(sourceScroller.current, counterpart);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [count, selected]);

  const reveal = useCallback((scroller: HTMLDivElement | null, selector: string) => {
    const target = scroller?.querySelector<HTMLElement>(selector);
    if (!scroller || !target) return;
    revealInScroller(scroller, target, true);
    target.focus({ preventScroll: true });
    target.setAttribute('data-flash', '');
    window.setTimeout(() => target.removeAttribute('data-flash'), 1600);
  }, []);
  const revealOmitted = useCallback(
    (n: number) => reveal(sourceScroller.current, `[data-omitted="${n}"][data-first]`),
    [reveal],
  );
  const revealAdded = useCallback(
    (n: number) => reveal(reportScroller.current, `[data-added="${n}"][data-first]`),
    [reveal],
  );

  const selectedPresented = selected === null ? null : (presented.alignments[selected - 1] ?? null);
  const selectedAlignment = selectedPresented ? (result.alignments[selectedPresented.index] ?? null) : null;
  const strip = useMemo(
    () => <CoverageStrip coverage={presented.coverage} markStyles={markStyles} scrollerRef={sourceScroller} />,
    [presented.coverage, markStyles],
  );

  return (
    <div className="comparison" ref={rootRef} data-testid="comparison">
      {actions}
      <Summary summary={presented.summary} />
      <Legend />
      <div className="workspace">
        <div className="workspace__panes">
          <TextPane
            label="Report"
            caption={report.caption}
            text={report.text}
            paragraphs={reportNodes}
            markStyles={markStyles}
            scrollerRef={reportScroller}
            onHover={onHover}
            onSelect={onSelect}
            lang={languages.report}
          />
          <TextPane
            label="Source"
            caption={source.caption}
            text={source.text}
            paragraphs={sourceNodes}
            markStyles={markStyles}
            scrollerRef={sourceScroller}
            onHover={onHover}
            onSelect={onSelect}
            aside={strip}
            lang={languages.source}
          />
        </div>
        <div className="workspace__side">
          <DiffDetail
            report={report.text}
            source={source.text}
            alignment={selectedAlignment}
            presented={selectedPresented}
            languages={languages}
          />
          {renderDetailExtra && selectedPresented && renderDetailExtra(selectedPresented.index)}
          <QuotesPanel quotes={presented.quotes} report={report.text} source={source.text} onSelect={onSelect} />
          <SpanListPanel
            label="Left out"
            description="Source statements in the part the report covers that it does not carry."
            emptyText="Nothing: the report carries every statement of the part it covers."
            spans={presented.omitted}
            onReveal={revealOmitted}
          />
          <SpanListPanel
            label="Added"
            description="Report statements with no place in the source: background, framing, other voices."
            emptyText="Nothing: every statement of the report has a place in the source."
            spans={presented.added}
            onReveal={revealAdded}
          />
        </div>
        <div className="workspace__table">
          <AlignmentTable rows={presented.alignments} selected={selected} onSelect={onSelect} onHover={onHover} />
        </div>
      </div>
    </div>
  );
}
