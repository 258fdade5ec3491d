'use client';
// The slim strip beside the source pane: the whole source from top to bottom, the covered regions as bands, each
// reported passage as a tick in its kind's colour, and a frame for the part the pane shows. It tells a reader at once
// "this story covers one answer out of twenty". Clicking it scrolls the pane there.
import { useEffect, useState, type MouseEvent, type RefObject } from 'react';
import type { SourceCoverage } from '../../lib/present.ts';
import type { MarkStyle } from './text-pane.tsx';

export interface CoverageStripProps {
  coverage: SourceCoverage;
  markStyles: readonly MarkStyle[];
  /** The source pane's scroll container. */
  scrollerRef: RefObject<HTMLDivElement | null>;
}

const percent = (x: number) => `${(x * 100).toFixed(3)}%`;

export function CoverageStrip({ coverage, markStyles, scrollerRef }: CoverageStripProps) {
  const view = useScrollWindow(scrollerRef);
  const covered = coverage.regions.reduce((sum, r) => sum + (r.to - r.from), 0);
  const label =
    coverage.regions.length === 0
      ? 'Coverage of the source: the report draws on no part of it.'
      : `Coverage of the source: the report draws on ${Math.max(1, Math.round(covered * 100))}% of it, ` +
        coverage.regions
          .map((r) => `from ${Math.round(r.from * 100)}% to ${Math.round(r.to * 100)}% of the way through`)
          .join(', ') +
        '.';
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const box = event.currentTarget.getBoundingClientRect();
    const fraction = (event.clientY - box.top) / box.height;
    scroller.scrollTo({ top: fraction * scroller.scrollHeight - scroller.clientHeight / 2 });
  };
  return (
    <div
      className="coverage"
      role="img"
      aria-label={label}
      title="Where in the whole source the report’s material lies"
      onClick={onClick}
      data-testid="coverage-strip"
    >
      {coverage.regions.map((r, k) => (
        <span
          key={`r${k}`}
          className="coverage__region"
          style={{ top: percent(r.from), height: percent(r.to - r.from) }}
        />
      ))}
      {coverage.passages.map((p, k) => (
        <span
          key={`p${k}`}
          className="coverage__passage"
          data-kind={markStyles[p.number - 1]?.kind}
          style={{ top: percent(p.from), height: percent(p.to - p.from) }}
        />
      ))}
      {view && (
        <span className="coverage__view" style={{ top: percent(view.from), height: percent(view.to - view.from) }} />
      )}
    </div>
  );
}

/** The part of the scroller's content in view, as fractions of its height; null before the first measurement. */
function useScrollWindow(scrollerRef: RefObject<HTMLDivElement | null>): { from: number; to: number } | null {
  const [view, setView] = useState<{ from: number; to: number } | null>(null);
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const height = scroller.scrollHeight || 1;
      setView({
        from: scroller.scrollTop / height,
        to: Math.min(1, (scroller.scrollTop + scroller.clientHeight) / height),
      });
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    scroller.addEventListener('scroll', onScroll, { passive: true });
    const observer = new ResizeObserver(onScroll);
    observer.observe(scroller);
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [scrollerRef]);
  return view;
}
