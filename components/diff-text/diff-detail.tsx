// The diff detail of the selected alignment: kind, score, flags in plain words (a misquote as an alert box nobody can
// miss), the word-by-word reading line with <del>/<ins>, and each side's passage with its own changes marked.
import type { Alignment, Flag } from '../../lib/types.ts';
import type { PresentedAlignment } from '../../lib/present.ts';
import { InlineDiffLine } from './inline-diff-line.tsx';
import { crossesScripts } from '../../lib/diff/crosses-scripts.ts';
import { changedSpans, cutPassage } from '../../lib/diff/cut-passage.ts';
import { buildInlineDiff } from './inline-diff.ts';
import { FLAG_DESCRIPTIONS, FLAG_LABELS, FLAG_ORDER, KIND_DESCRIPTIONS } from './labels.ts';

export interface DiffDetailProps {
  report: string;
  source: string;
  /** The selected alignment, or null when none is. */
  alignment: Alignment | null;
  presented: PresentedAlignment | null;
  /** Each text's language when its script shows one, set as its passage's `lang`. */
  languages?: { report: string | null; source: string | null };
}

export function DiffDetail({ report, source, alignment, presented, languages }: DiffDetailProps) {
  return (
    <section
      role="region"
      aria-label="Selected alignment"
      className="detail"
      data-testid="diff-detail"
      data-alignment-selected={presented?.number ?? ''}
    >
      {alignment && presented ? (
        <SelectedAlignment
          report={report}
          source={source}
          alignment={alignment}
          presented={presented}
          languages={languages ?? { report: null, source: null }}
        />
      ) : (
        <>
          <h2 className="detail__heading">Selected alignment</h2>
          <p className="detail__empty">
            Click a marked passage or a table row, or press <kbd>j</kbd>, to see how the report’s words differ from the
            source’s.
          </p>
        </>
      )}
    </section>
  );
}

function SelectedAlignment({
  report,
  source,
  alignment,
  presented,
  languages,
}: {
  report: string;
  source: string;
  alignment: Alignment;
  presented: PresentedAlignment;
  languages: { report: string | null; source: string | null };
}) {
  const twoLanguages = crossesScripts(report, source, alignment.diff);
  const pieces = twoLanguages ? [] : buildInlineDiff(report, source, alignment.diff);
  const added = changedSpans(alignment.diff, 'report');
  const omitted = changedSpans(alignment.diff, 'source');
  const flags = FLAG_ORDER.filter((f) => alignment.flags.includes(f));
  const misquote = flags.includes('misquote');
  return (
    <>
      <h2 className="detail__heading">
        Alignment <span className="badge detail__number">{presented.number}</span>
      </h2>
      <p className="detail__verdict">
        <span className="kind-badge" data-kind={presented.kind} title={KIND_DESCRIPTIONS[presented.kind]}>
          {presented.kind}
        </span>
        <span className="detail__fact">score {presented.score.toFixed(2)}</span>
        <span className="detail__fact">
          {presented.wordsAdded} {presented.wordsAdded === 1 ? 'word' : 'words'} added
        </span>
        <span className="detail__fact">
          {presented.wordsOmitted} {presented.wordsOmitted === 1 ? 'word' : 'words'} omitted
        </span>
      </p>
      {misquote && (
        <div className="misquote-alert" data-testid="misquote-alert">
          <p className="misquote-alert__title">
            <span aria-hidden="true">⚠ </span>Misquote
          </p>
          <p>The words inside quote marks are not what the source says.</p>
          <FlagReasons alignment={alignment} flag="misquote" />
        </div>
      )}
      {flags.filter((f) => f !== 'misquote').length > 0 && (
        <ul className="detail__flags" aria-label="Flags">
          {flags
            .filter((f) => f !== 'misquote')
            .map((flag) => (
              <li key={flag} data-flag={flag}>
                <strong className="detail__flag-name">{capitalize(FLAG_LABELS[flag])}</strong>:{' '}
                {FLAG_DESCRIPTIONS[flag]}.
                <FlagReasons alignment={alignment} flag={flag} />
              </li>
            ))}
        </ul>
      )}
      {flags.length === 0 && (
        <p className="detail__no-flags">No flags: no changed number, negation, strength or quoted word was found.</p>
      )}
      {alignment.flagDetails
        .filter((d) => d.withheld)
        .map((d, k) => (
          <p key={k} className="detail__withheld" data-testid="withheld-flag">
            Not flagged: {d.message}.
          </p>
        ))}

      <h3 className="detail__subheading">Word by word</h3>
      {twoLanguages ? (
        <p className="detail__key" data-testid="cross-language-key">
          Two languages order their words differently, so each side is marked on its own. <ins>Underlined</ins>: report
          words with no counterpart in the source; <del>struck through</del>: source words with no counterpart in the
          report (no dictionary gloss, name or number in common).
        </p>
      ) : (
        <>
          <InlineDiffLine pieces={pieces} className="detail__inline" testId="inline-diff" />
          <p className="detail__key">
            <del>Struck through</del>: only in the source. <ins>Underlined</ins>: only in the report.
          </p>
        </>
      )}

      <div className="detail__passages">
        <figure className="detail__passage">
          <figcaption>In the report</figcaption>
          <blockquote lang={languages.report ?? undefined}>
            {cutPassage(report, alignment.report, added).map((p, k) =>
              p.changed ? <ins key={k}>{p.text}</ins> : <span key={k}>{p.text}</span>,
            )}
          </blockquote>
        </figure>
        <figure className="detail__passage">
          <figcaption>In the source</figcaption>
          <blockquote lang={languages.source ?? undefined}>
            {cutPassage(source, alignment.source, omitted).map((p, k) =>
              p.changed ? <del key={k}>{p.text}</del> : <span key={k}>{p.text}</span>,
            )}
          </blockquote>
        </figure>
      </div>
    </>
  );
}

function FlagReasons({ alignment, flag }: { alignment: Alignment; flag: Flag }) {
  const reasons = alignment.flagDetails.filter((d) => d.flag === flag && !d.withheld);
  if (reasons.length === 0) return null;
  return (
    <ul className="detail__reasons">
      {reasons.map((d, k) => (
        <li key={k}>{d.message}</li>
      ))}
    </ul>
  );
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
