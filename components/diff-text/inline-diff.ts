// Turns an alignment's word diff (spans into two texts) into the pieces the diff detail renders:
// one reading line where words only the source has are `<del>` and words only the report has are `<ins>`, and each
// side's passage with its own changes marked. A run of changes is shown deleted-then-inserted, so a substitution reads
// as a `<del>`+`<ins>` pair whatever order the matcher listed its parts in.
import type { DiffPart, Span } from '../../lib/types.ts';
import { ELLIPSIS } from '../../lib/diff/cut-passage.ts';

export type DiffPiece = { op: 'same' | 'added' | 'omitted' | 'gap'; text: string };

/** Gaps longer than this between two parts are not the space or punctuation between words: the passage skips text. */
const MAX_GAP = 24;

/** The reading line of `diff`: same words, `omitted` (source only) and `added` (report only), with the gaps between them. */
export function buildInlineDiff(report: string, source: string, diff: readonly DiffPart[]): DiffPiece[] {
  const ordered: DiffPart[] = [];
  for (let i = 0; i < diff.length;) {
    if (diff[i]!.op === 'same') {
      ordered.push(diff[i++]!);
      continue;
    }
    const run: DiffPart[] = [];
    while (i < diff.length && diff[i]!.op !== 'same') run.push(diff[i++]!);
    ordered.push(...run.filter((p) => p.op === 'omitted'), ...run.filter((p) => p.op === 'added'));
  }

  const pieces: DiffPiece[] = [];
  let last: DiffPart | null = null;
  for (const part of ordered) {
    if (last) pieces.push({ op: 'gap', text: gapBetween(report, source, last, part) });
    pieces.push({
      op: part.op,
      text:
        part.op === 'omitted'
          ? source.slice(part.source.start, part.source.end)
          : report.slice(part.report.start, part.report.end),
    });
    last = part;
  }
  return mergePieces(pieces.filter((p) => p.text !== ''));
}

const reportSide = (p: DiffPart): Span | null => (p.op === 'omitted' ? null : p.report);
const sourceSide = (p: DiffPart): Span | null => (p.op === 'added' ? null : p.source);

/** The text between two consecutive parts, from the side both share; a single space when they share none. */
function gapBetween(report: string, source: string, a: DiffPart, b: DiffPart): string {
  const ra = reportSide(a);
  const rb = reportSide(b);
  if (ra && rb) return cleanGap(report, ra.end, rb.start);
  const sa = sourceSide(a);
  const sb = sourceSide(b);
  if (sa && sb) return cleanGap(source, sa.end, sb.start);
  return ' ';
}

function cleanGap(text: string, from: number, to: number): string {
  if (to <= from) return from === to ? '' : ELLIPSIS;
  if (to - from > MAX_GAP || /[\r\n]/.test(text.slice(from, to))) return ELLIPSIS;
  return text.slice(from, to).replace(/\s+/g, ' ');
}

/** Joins neighbouring pieces of one op, so `<del>` and `<ins>` each wrap a whole run. */
function mergePieces(pieces: DiffPiece[]): DiffPiece[] {
  const out: DiffPiece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    const prev = out[out.length - 1];
    const next = pieces[i + 1];
    // A plain space between two changes of the same op belongs inside the change.
    if (p.op === 'gap' && prev && next && prev.op === next.op && prev.op !== 'same' && /^ ?$/.test(p.text)) {
      prev.text += p.text;
      continue;
    }
    if (prev && prev.op === p.op && p.op !== 'gap') prev.text += p.text;
    else out.push({ ...p });
  }
  return out;
}
