// The evidence of one key item, wherever a finding is explained (the reveal, the printed answer key): the story's
// passage, the source's, their word diff, and what was done to the text.
import { passageText } from '../../lib/present.ts';
import type { KeyItem } from '../../lib/teach/types.ts';
import { buildInlineDiff } from '../diff-text/inline-diff.ts';
import { InlineDiffLine } from '../diff-text/inline-diff-line.tsx';

export function Evidence({
  item,
  texts,
  languages,
}: {
  item: KeyItem;
  texts: { report: string; source: string };
  languages: { report: string | null; source: string | null };
}) {
  const diff = item.evidence.diff.length ? buildInlineDiff(texts.report, texts.source, item.evidence.diff) : [];
  return (
    <dl className="evidence">
      {item.evidence.report.length > 0 && (
        <div>
          <dt>The story</dt>
          <dd lang={languages.report ?? undefined}>{passageText(texts.report, item.evidence.report)}</dd>
        </div>
      )}
      <div>
        <dt>The source</dt>
        <dd lang={languages.source ?? undefined}>
          {item.evidence.source.length ? (
            passageText(texts.source, item.evidence.source)
          ) : (
            <em>No counterpart in the source.</em>
          )}
        </dd>
      </div>
      {diff.length > 0 && (
        <div>
          <dt>Word diff</dt>
          <dd>
            <InlineDiffLine pieces={diff} className="evidence__diff" testId="evidence-diff" />
          </dd>
        </div>
      )}
      <div>
        <dt>What was done</dt>
        <dd>{item.note}</dd>
      </div>
    </dl>
  );
}
