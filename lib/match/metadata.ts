// Report text that is metadata, not a claim: datelines (`BEIJING, Dec. 9 (Xinhua) --`), time stamps
// (`08:06, December 10, 2021`), ISO dates, bylines and credit lines, copyright lines. The eval contract says such text is neither linked
// nor listed as added, so alignments are trimmed around it.
import type { Span } from '../types.ts';

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const PATTERNS: RegExp[] = [
  // Wire datelines: `BEIJING, Dec. 9 (Xinhua) --`, `WASHINGTON (Reuters) -`, `GENEVA, July 20 —`.
  new RegExp(`(?<=^|\\n)[ \\t]*[A-Z][A-Z .'-]{2,}(?:, ${MONTH} \\d{1,2})?(?: \\([^)\\n]{2,40}\\))? ?(?:--|—|–|-)(?= )`, 'g'),
  // `(Xinhua) 08:06, December 10, 2021` and other time stamps with a date.
  new RegExp(`(?:\\(?[A-Z][\\w ]{1,30}\\) )?\\d{1,2}:\\d{2}(?: ?[AaPp]\\.?[Mm]\\.?)?,? ${MONTH} \\d{1,2},? \\d{4}`, 'g'),
  new RegExp(`(?:\\b[A-Z][a-z]+\\) )\\d{1,2}:\\d{2}`, 'g'),
  // ISO dates, with a preceding `date` label as scraped pages have it.
  /(?:\bdate\s+)?\b\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?/gi,
  // Bylines on their own line.
  /(?<=^|\n)[ \t]*By [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}[ \t]*(?=\n|$)/g,
  // Updated/Published stamps.
  /(?<=^|\n)[ \t]*(?:Updated|Published|Posted):?[^\n]{0,60}\d{4}[^\n]{0,20}(?=\n|$)/g,
  // Credit lines at the foot of a story: `(Reporting by A; Editing by B)`, `AP writer C contributed to this report.`
  /(?<=^|\n)[ \t]*\(?(?:Additional )?[Rr]eporting by [^\n]{2,200}(?=\n|$)/g,
  /(?<=^|\n)[^\n]{0,160}\bcontributed (?:reporting|to this (?:report|story|article))[^\n]{0,40}(?=\n|$)/g,
  // Copyright lines.
  /(?<=^|\n)[ \t]*(?:Copyright\b|©)[^\n]{0,120}(?=\n|$)/g,
];

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Widens a match so it never starts or ends inside a word or number (`2021-12-095` is not a date). */
function toWordEdges(text: string, start: number, end: number): Span {
  while (start > 0 && WORD_CHAR.test(text[start - 1]!) && WORD_CHAR.test(text[start]!)) start--;
  while (end < text.length && WORD_CHAR.test(text[end]!) && WORD_CHAR.test(text[end - 1]!)) end++;
  return { start, end };
}

/** The metadata spans of a report text, sorted and merged. */
export function findMetadata(text: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of PATTERNS) {
    const re = new RegExp(pattern.source, pattern.flags);
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      spans.push(toWordEdges(text, m.index, m.index + m[0].length));
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}
