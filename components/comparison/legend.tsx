// What the colours and marks of the comparison view mean. Colour is never the only cue: every aligned passage has
// a number badge, a misquote has a ⚠ badge and a wavy underline, added and left-out text are underlined dotted and
// dashed. The samples stay in view; the longer explanations fold away.
import { FLAG_DESCRIPTIONS, FLAG_LABELS, FLAG_ORDER, KIND_DESCRIPTIONS } from '../diff-text/labels.ts';
import type { AlignmentKind } from '../../lib/types.ts';

const KINDS: AlignmentKind[] = ['quote', 'paraphrase', 'partial'];

export function Legend() {
  return (
    <div className="legend" data-testid="legend">
      <p className="legend__title">Legend</p>
      <ul className="legend__list">
        {KINDS.map((kind, k) => (
          <li key={kind}>
            <mark className="mark legend__sample" data-kind={kind} data-badge={k + 1}>
              {kind}
            </mark>
          </li>
        ))}
        <li>
          <mark className="mark legend__sample" data-kind="quote" data-misquote="" data-badge={4}>
            misquote
          </mark>
        </li>
        <li>
          <span className="span-added legend__sample">added</span>
        </li>
        <li>
          <span className="span-omitted legend__sample">left out</span>
        </li>
      </ul>
      <details className="legend__more">
        <summary>What the marks, flags and keys mean</summary>
        <p className="legend__note">
          The same number marks a passage in the report and its place in the source; its colour says how the report
          carries it. Hover or focus one to light up the other; click it, or press <kbd>Enter</kbd> on it, to open it.
          Nested marks are text that several alignments share.
        </p>
        <dl className="legend__terms">
          {KINDS.map((kind) => (
            <div key={kind}>
              <dt>{kind}</dt>
              <dd>{KIND_DESCRIPTIONS[kind]}</dd>
            </div>
          ))}
          <div>
            <dt>added</dt>
            <dd>report text with no place in the source (dotted underline)</dd>
          </div>
          <div>
            <dt>left out</dt>
            <dd>source text in the part the report covers that the report does not carry (dashed underline)</dd>
          </div>
          {FLAG_ORDER.map((f) => (
            <div key={f}>
              <dt>{FLAG_LABELS[f]}</dt>
              <dd>{FLAG_DESCRIPTIONS[f]}</dd>
            </div>
          ))}
        </dl>
        <p className="legend__keys">
          Keys: <kbd>j</kbd> / <kbd>k</kbd> next / previous alignment, <kbd>Enter</kbd> open it; in the table{' '}
          <kbd>↑</kbd> / <kbd>↓</kbd> move and <kbd>Enter</kbd> opens. In the diff detail, <del>struck through</del> is
          only in the source and <ins>underlined</ins> only in the report.
        </p>
      </details>
    </div>
  );
}
