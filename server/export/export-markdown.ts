// The Markdown export: the comparison as a document an editor can paste into a wiki or a ticket.
// User text is escaped so it stays text: no HTML tag, link or emphasis can come from a document or a note.
import { passageText } from '../../lib/present.ts';
import { roundScore } from '../../lib/contract.ts';
import type { Span } from '../../lib/types.ts';
import { applyCorrections } from '../corrections/apply-corrections.ts';
import type { CorrectedAlignment, SavedComparison, StoredDocument } from '../types.ts';
import { describeCorrections, orderAlignments } from './order-alignments.ts';

/**
 * `text` on one line, inert as Markdown: the characters that open inline constructs anywhere (emphasis, code,
 * links, raw HTML, entities, table cells, strikethrough, headings' closing #) are backslash-escaped (CommonMark
 * §2.4), and so is a leading list or heading marker (`- `, `+ `, `1. `), since the text may start a list item.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~&#]/g, (c) => `\\${c}`)
    .replace(/^([-+=])(?=\s|$)/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** The passage with `{+words+}` only in the report and `[-words-]` only in the source, like the CLI prints it. */
function inlineDiff(a: CorrectedAlignment, report: string, source: string): string {
  return a.diff
    .map((p) =>
      p.op === 'same'
        ? escapeMarkdown(report.slice(p.report.start, p.report.end))
        : p.op === 'added'
          ? `**{+${escapeMarkdown(report.slice(p.report.start, p.report.end))}+}**`
          : `~~\\[-${escapeMarkdown(source.slice(p.source.start, p.source.end))}-\\]~~`,
    )
    .join(' ');
}

function metaTable(report: StoredDocument, source: StoredDocument): string[] {
  const cell = (v: string | null): string => (v ? escapeMarkdown(v) : '—');
  const rows: Array<[string, (d: StoredDocument) => string | null]> = [
    ['Title', (d) => d.title],
    ['Kind', (d) => d.kind],
    ['Outlet', (d) => d.outlet],
    ['Date', (d) => d.date],
    ['Byline', (d) => d.byline],
    ['Language', (d) => d.language],
    ['URL', (d) => d.url],
  ];
  return [
    '| | Report | Source |',
    '|---|---|---|',
    ...rows.map(([name, get]) => `| ${name} | ${cell(get(report))} | ${cell(get(source))} |`),
  ];
}

const spanList = (text: string, spans: readonly (Span & { origin: string })[]): string[] =>
  spans.length
    ? spans.map(
        (s, i) =>
          `${i + 1}. ${escapeMarkdown(passageText(text, [s]))}${s.origin === 'user' ? ' *(marked by the user)*' : ''}`,
      )
    : ['None.'];

/** The Markdown export of a saved comparison, corrections applied and marked as such. */
export function exportMarkdown(saved: SavedComparison): string {
  const { report, source } = saved;
  const corrected = applyCorrections(saved.result, saved.corrections, { report: report.text, source: source.text });
  const ordered = orderAlignments(corrected);
  const kept = ordered.filter((n) => !n.alignment.rejected).length;
  const out: string[] = [
    `# ${escapeMarkdown(saved.title)}`,
    '',
    `Saved comparison ${escapeMarkdown(saved.id)}, created ${escapeMarkdown(saved.created)}, last changed ${escapeMarkdown(saved.updated)}; matcher version ${escapeMarkdown(saved.matcherVersion)}.`,
    '',
    ...metaTable(report, source),
    '',
    `${ordered.length} alignments (${kept} kept, ${ordered.length - kept} rejected), ${corrected.added.length} added passages, ${corrected.omitted.length} omitted passages, ${saved.corrections.length} corrections.`,
    '',
    '## Alignments',
  ];
  if (ordered.length === 0) out.push('', 'None.');
  for (const { number, alignment: a } of ordered) {
    const heading = [
      `${number}. ${a.kind}`,
      `score ${roundScore(a.score)}`,
      ...(a.flags.length ? [a.flags.join(', ')] : []),
    ].join(' · ');
    out.push('', `### ${a.rejected ? `~~${heading}~~` : heading}`, '');
    for (const change of describeCorrections(a)) out.push(`*${change}.*`, '');
    out.push(
      `**Report:** ${escapeMarkdown(passageText(report.text, a.report))}`,
      '',
      `**Source:** ${escapeMarkdown(passageText(source.text, a.source))}`,
    );
    if (a.diff.length) out.push('', `**Diff:** ${inlineDiff(a, report.text, source.text)}`);
    for (const note of a.notes) out.push('', `> **Note:** ${escapeMarkdown(note.text)}`);
  }
  out.push('', '## Added in the report', '', ...spanList(report.text, corrected.added));
  out.push('', '## Left out of the source', '', ...spanList(source.text, corrected.omitted));
  if (corrected.notes.length) {
    out.push('', '## Notes on passages', '');
    for (const n of corrected.notes)
      out.push(
        `- ${n.side === 'report' ? 'Report' : 'Source'}: “${escapeMarkdown(passageText(n.side === 'report' ? report.text : source.text, [n.span]))}” — ${escapeMarkdown(n.text)}`,
      );
  }
  if (corrected.stale.length) {
    out.push('', '## Corrections that no longer apply', '');
    for (const s of corrected.stale) out.push(`- ${escapeMarkdown(s.id)}: ${escapeMarkdown(s.reason)}`);
  }
  return `${out.join('\n')}\n`;
}
