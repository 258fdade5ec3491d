// The HTML export: a standalone report of the comparison, side by side, with word diffs, styled for print so the
// browser's "Print to PDF" gives a clean document. It is opened from disk, where no server sends headers, so it
// carries its own Content-Security-Policy in a <meta>: no script, no external resource, only its inline style.
// Every piece of user text passes through escapeHtml; class names and attributes come only from fixed lists.
import { roundScore } from '../../lib/contract.ts';
import type { Span } from '../../lib/types.ts';
import { applyCorrections } from '../corrections/apply-corrections.ts';
import type { CorrectedAlignment, CorrectedSpan, SavedComparison, StoredDocument } from '../types.ts';
import { escapeHtml } from './escape-html.ts';
import { describeCorrections, orderAlignments } from './order-alignments.ts';

/** The policy the report carries: nothing may load or run; inline style only. */
export const EXPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'; base-uri 'none'";

const STYLE = `
:root { color-scheme: light; --ins: #d4f4dd; --del: #fbdcdc; --line: #d0d4da; --muted: #5b6470; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #15191e; margin: 2rem auto; max-width: 72rem; padding: 0 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .75rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
.muted { color: var(--muted); }
table.meta { border-collapse: collapse; width: 100%; margin: 1rem 0; }
table.meta th, table.meta td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); padding: .3rem .5rem; overflow-wrap: anywhere; }
table.meta th { width: 7rem; color: var(--muted); font-weight: 600; }
.alignment { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; margin: 0 0 1rem; break-inside: avoid; }
.alignment header { display: flex; flex-wrap: wrap; gap: .5rem; align-items: baseline; margin-bottom: .5rem; }
.number { font-weight: 700; }
.badge { border-radius: 4px; padding: 0 .4rem; font-size: .8rem; border: 1px solid var(--line); }
.kind-quote { background: #e6efff; } .kind-paraphrase { background: #f1e9ff; } .kind-partial { background: #fff3da; }
.flag { background: #fde8e8; border-color: #f0b4b4; }
.origin-corrected, .origin-user { background: #fff7c2; border-color: #e2cf5a; }
.rejected { opacity: .6; }
.rejected .passages { text-decoration: line-through; text-decoration-color: #a33; }
.passages { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.passage h3 { font-size: .75rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin: 0 0 .25rem; }
.passage p { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
ins { background: var(--ins); text-decoration: none; }
del { background: var(--del); }
.note { margin: .5rem 0 0; padding: .4rem .6rem; border-left: 3px solid #e2cf5a; background: #fffbe6; white-space: pre-wrap; overflow-wrap: anywhere; }
ol.spans li { margin: .25rem 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.legend ins, .legend del { padding: 0 .2rem; }
footer { margin-top: 2rem; font-size: .8rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  @page { margin: 16mm 14mm; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  h2 { break-after: avoid; }
}
@media (max-width: 40rem) { .passages { grid-template-columns: 1fr; } }
`;

const KINDS = new Set(['quote', 'paraphrase', 'partial']);
const ORIGINS = new Set(['matcher', 'corrected', 'user']);

/** A language tag safe to put in `lang` (BCP 47 shape), else null. */
const langOf = (language: string | null): string | null =>
  language && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(language) ? language : null;

/** The text of `spans`, with the parts inside `marks` wrapped in <ins> or <del>; spans apart are joined by an ellipsis. */
function markedPassage(text: string, spans: readonly Span[], marks: readonly Span[], tag: 'ins' | 'del'): string {
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  return spans
    .map((span) => {
      let out = '';
      let at = span.start;
      for (const m of sorted) {
        const start = Math.max(m.start, at);
        const end = Math.min(m.end, span.end);
        if (start >= end) continue;
        out += `${escapeHtml(text.slice(at, start))}<${tag}>${escapeHtml(text.slice(start, end))}</${tag}>`;
        at = end;
      }
      return out + escapeHtml(text.slice(at, span.end));
    })
    .join('<span class="muted"> … </span>');
}

/** A URL as a link when it is http(s), else as plain text (a `javascript:` URL must never become a link). */
function urlCell(url: string | null): string {
  if (!url) return '<span class="muted">—</span>';
  let safe = false;
  try {
    safe = ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    safe = false;
  }
  return safe
    ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer nofollow">${escapeHtml(url)}</a>`
    : escapeHtml(url);
}

function metaTable(report: StoredDocument, source: StoredDocument): string {
  const text = (v: string | null): string => (v ? escapeHtml(v) : '<span class="muted">—</span>');
  const rows: Array<[string, (d: StoredDocument) => string]> = [
    ['Title', (d) => text(d.title)],
    ['Kind', (d) => text(d.kind)],
    ['Outlet', (d) => text(d.outlet)],
    ['Date', (d) => text(d.date)],
    ['Byline', (d) => text(d.byline)],
    ['Language', (d) => text(d.language)],
    ['URL', (d) => urlCell(d.url)],
  ];
  return `<table class="meta"><thead><tr><th></th><th>Report</th><th>Source</th></tr></thead><tbody>${rows
    .map(([name, cell]) => `<tr><th scope="row">${name}</th><td>${cell(report)}</td><td>${cell(source)}</td></tr>`)
    .join('')}</tbody></table>`;
}

function alignmentBlock(number: number, a: CorrectedAlignment, saved: SavedComparison): string {
  const kind = KINDS.has(a.kind) ? a.kind : 'other';
  const origin = ORIGINS.has(a.origin) ? a.origin : 'matcher';
  const added = a.diff.flatMap((p) => (p.op === 'added' ? [p.report] : []));
  const omitted = a.diff.flatMap((p) => (p.op === 'omitted' ? [p.source] : []));
  const reportLang = langOf(saved.report.language);
  const sourceLang = langOf(saved.source.language);
  const badges = [
    `<span class="badge kind-${kind}">${escapeHtml(a.kind)}</span>`,
    `<span class="muted">score ${roundScore(a.score)}</span>`,
    ...a.flags.map((f) => `<span class="badge flag">${escapeHtml(f)}</span>`),
    ...describeCorrections(a).map(
      (c) => `<span class="badge origin-${origin === 'matcher' ? 'corrected' : origin}">${escapeHtml(c)}</span>`,
    ),
  ];
  return `<article class="alignment${a.rejected ? ' rejected' : ''}" id="a${number}">
<header><span class="number">${number}</span>${badges.join(' ')}</header>
<div class="passages">
<div class="passage"><h3>Report</h3><p dir="auto"${reportLang ? ` lang="${escapeHtml(reportLang)}"` : ''}>${markedPassage(saved.report.text, a.report, added, 'ins')}</p></div>
<div class="passage"><h3>Source</h3><p dir="auto"${sourceLang ? ` lang="${escapeHtml(sourceLang)}"` : ''}>${markedPassage(saved.source.text, a.source, omitted, 'del')}</p></div>
</div>
${a.notes.map((n) => `<p class="note"><strong>Note:</strong> ${escapeHtml(n.text)}</p>`).join('\n')}
</article>`;
}

function spanList(text: string, spans: readonly CorrectedSpan[]): string {
  if (spans.length === 0) return '<p class="muted">None.</p>';
  return `<ol class="spans">${spans
    .map(
      (s) =>
        `<li dir="auto">${escapeHtml(text.slice(s.start, s.end).trim())}${s.origin === 'user' ? ' <span class="badge origin-user">marked by the user</span>' : ''}</li>`,
    )
    .join('')}</ol>`;
}

/** The standalone HTML report of a saved comparison, corrections applied and marked as such. */
export function exportHtml(saved: SavedComparison): string {
  const { report, source } = saved;
  const corrected = applyCorrections(saved.result, saved.corrections, { report: report.text, source: source.text });
  const ordered = orderAlignments(corrected);
  const rejected = ordered.filter((n) => n.alignment.rejected).length;
  const notes = corrected.notes.length
    ? `<h2>Notes on passages</h2><ul>${corrected.notes
        .map(
          (n) =>
            `<li><strong>${n.side === 'report' ? 'Report' : 'Source'}:</strong> “${escapeHtml((n.side === 'report' ? report.text : source.text).slice(n.span.start, n.span.end).trim())}” — ${escapeHtml(n.text)}</li>`,
        )
        .join('')}</ul>`
    : '';
  const stale = corrected.stale.length
    ? `<h2>Corrections that no longer apply</h2><ul>${corrected.stale.map((s) => `<li>${escapeHtml(s.reason)}</li>`).join('')}</ul>`
    : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="claimdiff">
<title>${escapeHtml(saved.title)} — claimdiff</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(saved.title)}</h1>
<p class="muted">Saved comparison ${escapeHtml(saved.id)} · created ${escapeHtml(saved.created)} · last changed ${escapeHtml(saved.updated)} · matcher version ${escapeHtml(saved.matcherVersion)}</p>
</header>
${metaTable(report, source)}
<p>${ordered.length} alignments (${ordered.length - rejected} kept, ${rejected} rejected) · ${corrected.added.length} added passages · ${corrected.omitted.length} omitted passages · ${saved.corrections.length} corrections</p>
<p class="legend muted"><ins>words only in the report</ins> · <del>words only in the source</del></p>
<h2>Alignments</h2>
${ordered.length ? ordered.map(({ number, alignment }) => alignmentBlock(number, alignment, saved)).join('\n') : '<p class="muted">None.</p>'}
<h2>Added in the report</h2>
${spanList(report.text, corrected.added)}
<h2>Left out of the source</h2>
${spanList(source.text, corrected.omitted)}
${notes}
${stale}
<footer class="muted">Made with claimdiff. Spans, kinds and scores come from the matcher unless marked as the user's.</footer>
</body>
</html>
`;
}
