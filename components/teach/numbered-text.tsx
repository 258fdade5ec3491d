// A text as the printed worksheet shows it: numbered lines (lib/teach/number-lines.ts), so questions and the key
// can point at "lines 12–14" on paper.
import type { NumberedLine } from '../../lib/teach/number-lines.ts';

export function NumberedText({
  text,
  lines,
  language,
  testId,
}: {
  text: string;
  lines: readonly NumberedLine[];
  language: string | null;
  testId: string;
}) {
  return (
    <ol className="worksheet__lines" lang={language ?? undefined} data-testid={testId}>
      {lines.map((line) => (
        <li key={line.start} className="worksheet__line">
          <span className="worksheet__no" aria-hidden={line.number === null}>
            {line.number ?? ''}
          </span>
          <span>{text.slice(line.start, line.end) || '\u00a0'}</span>
        </li>
      ))}
    </ol>
  );
}
