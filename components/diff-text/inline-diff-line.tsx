// One reading line of a word diff: words only the source has struck through (`<del>`), words only the report has
// underlined (`<ins>`), the rest as written. The diff detail and the Quotes panel both show diffs this way.
import type { DiffPiece } from './inline-diff.ts';

export function InlineDiffLine({
  pieces,
  className,
  testId,
}: {
  pieces: readonly DiffPiece[];
  className: string;
  testId: string;
}) {
  return (
    <p className={className} data-testid={testId}>
      {pieces.map((piece, k) =>
        piece.op === 'omitted' ? (
          <del key={k}>{piece.text}</del>
        ) : piece.op === 'added' ? (
          <ins key={k}>{piece.text}</ins>
        ) : (
          <span key={k}>{piece.text}</span>
        ),
      )}
    </p>
  );
}
