// The `--format text` report: what a person reads in a terminal. Also renders the readable corpus snapshots.
// Text is sliced from the originals only here, at display time; whitespace runs are shown as one space.
import { crossesScripts } from '../lib/diff/crosses-scripts.ts';
import { changedSpans, cutPassage } from '../lib/diff/cut-passage.ts';
import type { AlignResult, DiffPart, QuoteCheck, Span } from '../lib/types.ts';
import { quoteTally, quoteVerdictLabel } from '../lib/quotes/labels.ts';

export interface TextFormatOptions {
  /** Wrap kinds, flags and diff marks in ANSI colours (only for a terminal with NO_COLOR unset). */
  color: boolean;
  /**
   * The pair was aligned in translation mode by languages the caller gave (`--source-lang de`): each side is marked
   * on its own even where the passages are too short for their languages to be told.
   */
  translation?: boolean;
}

interface Paint {
  heading: (s: string) => string;
  dim: (s: string) => string;
  flag: (s: string) => string;
  added: (s: string) => string;
  omitted: (s: string) => string;
}

const sgr = (on: number, off: number) => (s: string) => `\x1b[${on}m${s}\x1b[${off}m`;
const COLOURS: Paint = {
  heading: sgr(1, 22),
  dim: sgr(2, 22),
  flag: sgr(33, 39),
  added: sgr(32, 39),
  omitted: sgr(31, 39),
};
const PLAIN: Paint = { heading: (s) => s, dim: (s) => s, flag: (s) => s, added: (s) => s, omitted: (s) => s };

// Text between two spans of one side is shown as it is when it is this short (a comma, a space);
// a longer gap means two separate places, shown as " … ".
const MAX_INLINE_GAP = 40;

const squash = (s: string): string => s.replace(/\s+/g, ' ');
const showSpans = (spans: readonly Span[]): string => spans.map((s) => `${s.start}–${s.end}`).join(', ');

/** The text of `spans`, joined with the short text between them or " … " across a long gap. */
export function joinSpans(text: string, spans: readonly Span[]): string {
  let out = '';
  let last: Span | undefined;
  for (const span of spans) {
    if (last) {
      const gap = span.start - last.end;
      out += gap >= 0 && gap <= MAX_INLINE_GAP ? text.slice(last.end, span.start) : ' … ';
    }
    out += text.slice(span.start, span.end);
    last = span;
  }
  return squash(out).trim();
}

/**
 * An inline word diff in reading order: shared words as they stand in the report, `{+report-only words+}`,
 * `[-source-only words-]`. Consecutive parts of one kind form one mark.
 */
export function renderDiff(diff: readonly DiffPart[], report: string, source: string, paint: Paint = PLAIN): string {
  let out = '';
  let lastReportEnd = -1;
  let afterOmitted = false;
  for (let i = 0; i < diff.length;) {
    const op = diff[i]!.op;
    let j = i;
    while (j + 1 < diff.length && diff[j + 1]!.op === op) j++;
    const run = diff.slice(i, j + 1);
    i = j + 1;
    if (op === 'omitted') {
      const spans = run.map((p) => (p as Extract<DiffPart, { op: 'omitted' }>).source);
      out += (out === '' || out.endsWith(' ') ? '' : ' ') + paint.omitted(`[-${joinSpans(source, spans)}-]`);
      afterOmitted = true;
      continue;
    }
    const spans = run.map((p) => (p as Exclude<DiffPart, { op: 'omitted' }>).report);
    const first = spans[0]!;
    let gap = '';
    if (out !== '') {
      const raw =
        lastReportEnd >= 0 && first.start >= lastReportEnd && first.start - lastReportEnd <= MAX_INLINE_GAP
          ? report.slice(lastReportEnd, first.start)
          : ' ';
      gap = squash(raw);
      if (afterOmitted && !gap.startsWith(' ')) gap = ' ' + gap.trimStart();
    }
    const words = joinSpans(report, spans);
    out += gap + (op === 'added' ? paint.added(`{+${words}+}`) : words);
    lastReportEnd = spans[spans.length - 1]!.end;
    afterOmitted = false;
  }
  return out;
}

/** One side's passage with the words only it has marked: `{+…+}` in the report, `[-…-]` in the source. */
function markPassage(
  text: string,
  spans: readonly Span[],
  diff: readonly DiffPart[],
  side: 'report' | 'source',
  paint: Paint,
): string {
  return cutPassage(text, spans, changedSpans(diff, side))
    .map((piece) => {
      const words = squash(piece.text);
      if (!piece.changed) return words;
      return side === 'report' ? paint.added(`{+${words}+}`) : paint.omitted(`[-${words}-]`);
    })
    .join('');
}

/** The whole text report: numbered alignments, then Added and Omitted, then a one-line summary. */
export function formatText(result: AlignResult, report: string, source: string, options: TextFormatOptions): string {
  const paint = options.color ? COLOURS : PLAIN;
  const lines: string[] = [];
  result.alignments.forEach((a, n) => {
    const flags = a.flags.length ? '  ' + paint.flag(`flags: ${a.flags.join(', ')}`) : '';
    lines.push(paint.heading(`#${n + 1}  ${a.kind}  score ${a.score.toFixed(3)}`) + flags);
    for (const d of a.flagDetails) lines.push(`    ${paint.flag(d.flag)}: ${d.message}`);
    lines.push(`    report  ${paint.dim(showSpans(a.report))}  ${joinSpans(report, a.report)}`);
    lines.push(`    source  ${paint.dim(showSpans(a.source))}  ${joinSpans(source, a.source)}`);
    if (a.diff.length && (options.translation || crossesScripts(report, source, a.diff))) {
      // A translation pair: each side marked on its own (two languages share no reading order).
      lines.push(`    marks   ${markPassage(report, a.report, a.diff, 'report', paint)}`);
      lines.push(`            ${markPassage(source, a.source, a.diff, 'source', paint)}`);
    } else if (a.diff.length) lines.push(`    diff    ${renderDiff(a.diff, report, source, paint)}`);
    lines.push('');
  });
  const list = (title: string, spans: readonly Span[], text: string): void => {
    lines.push(paint.heading(`${title} (${spans.length})`) + (spans.length ? '' : ': none'));
    for (const s of spans) lines.push(`  - ${paint.dim(showSpans([s]))}  ${joinSpans(text, [s])}`);
    lines.push('');
  };
  lines.push(...formatQuotes(result.quotes ?? [], report, source, paint));
  list('Added: report text with no counterpart in the source', result.added, report);
  list('Omitted: source statements the report leaves out', result.omitted, source);
  lines.push(summarize(result));
  return lines.join('\n') + '\n';
}

/**
 * The Quotes section: every quote of the report in order, its verdict in words and a symbol, where the source
 * says it (or the nearest place, labelled so), the alignment that carries it, and the diff of the quoted words.
 */
function formatQuotes(quotes: readonly QuoteCheck[], report: string, source: string, paint: Paint): string[] {
  const lines = [paint.heading(`Quotes (${quoteTally(quotes)})`) + (quotes.length ? '' : ': none')];
  for (const q of quotes) {
    const label = quoteVerdictLabel(q);
    const where = q.alignment === null ? 'not aligned' : `alignment #${q.alignment + 1}`;
    lines.push(
      `  ${q.flag === 'misquote' || q.verdict === 'not-in-source' ? paint.flag(label) : label}  ${paint.dim(where)}`,
    );
    lines.push(`    quote   ${paint.dim(showSpans(q.report))}  "${joinSpans(report, q.report)}"`);
    if (q.source.length)
      lines.push(
        `    ${q.verdict === 'not-in-source' ? 'nearest' : 'source '} ${paint.dim(showSpans(q.source))}  ${joinSpans(source, q.source)}`,
      );
    if (q.verdict === 'altered' && q.diff.length)
      lines.push(`    diff    ${renderDiff(q.diff, report, source, paint)}`);
    if (q.message && q.verdict !== 'exact' && q.verdict !== 'elided')
      lines.push(`    ${paint.flag(q.flag ?? 'why')}: ${q.message}`);
    if (q.flag && (q.verdict === 'exact' || q.verdict === 'elided'))
      lines.push(`    ${paint.flag(q.flag)}: ${q.message}`);
    for (const h of q.hidden) lines.push(`    the elision hides: ${joinSpans(source, [h])}`);
  }
  lines.push('');
  return lines;
}

/** One line: how many alignments of each kind, how many flagged, how much added and omitted. */
export function summarize(result: AlignResult): string {
  const count = (kind: string) => result.alignments.filter((a) => a.kind === kind).length;
  const flagged = result.alignments.filter((a) => a.flags.length > 0).length;
  const n = result.alignments.length;
  return (
    `${n} alignment${n === 1 ? '' : 's'} (${count('quote')} quote, ${count('paraphrase')} paraphrase, ${count('partial')} partial; ` +
    `${flagged} flagged), ${result.added.length} added, ${result.omitted.length} omitted; ` +
    `report ${result.report.length} chars, source ${result.source.length} chars`
  );
}
