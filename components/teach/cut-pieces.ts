// Cuts a text into the runs the reveal renders: every boundary of a layer's spans is a cut, and each run lists the
// layers that cover it (the app's key items and the student's marks), so the two can be drawn one over the other.
// Offsets only; the pane slices the text when it renders.
import type { Span } from '../../lib/types.ts';

export interface Layer {
  /** What the run is tagged with, e.g. `key:k3` or `mark:0`. */
  tag: string;
  spans: readonly Span[];
}

export interface Piece extends Span {
  /** The tags of the layers covering the run, in the order the layers were given. */
  tags: string[];
}

/** The runs of a text of `length` code units; runs no layer covers have no tags. */
export function cutPieces(length: number, layers: readonly Layer[]): Piece[] {
  const cuts = new Set([0, length]);
  for (const layer of layers)
    for (const s of layer.spans) {
      cuts.add(Math.max(0, Math.min(length, s.start)));
      cuts.add(Math.max(0, Math.min(length, s.end)));
    }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const tags = layers.filter((l) => l.spans.some((s) => s.start <= start && s.end >= end)).map((l) => l.tag);
    pieces.push({ start, end, tags });
  }
  return pieces;
}
