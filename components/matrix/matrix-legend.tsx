// What the cells of the matrix mean: each way of carrying a statement with its symbol, word and colour, as the
// cells show them (colour is never the only cue), and the flags behind "altered".
import { FLAG_DESCRIPTIONS, FLAG_LABELS } from '../diff-text/labels.ts';
import { CARRY_DESCRIPTIONS, CARRY_ORDER, CARRY_SYMBOLS, CARRY_WORDS, NOT_CARRIED } from './matrix-labels.ts';

export function MatrixLegend() {
  return (
    <div className="legend matrix-legend" data-testid="matrix-legend">
      <p className="legend__title">Legend</p>
      <ul className="legend__list">
        {CARRY_ORDER.map((carry) => (
          <li key={carry}>
            <span className="carry-sample" data-carry={carry}>
              <span aria-hidden="true">{CARRY_SYMBOLS[carry]} </span>
              {CARRY_WORDS[carry]}
            </span>
          </li>
        ))}
        <li>
          <span className="carry-sample" data-carry="none">
            <span aria-hidden="true">{NOT_CARRIED.symbol} </span>
            {NOT_CARRIED.word}
          </span>
        </li>
      </ul>
      <details className="legend__more">
        <summary>What the cells mean</summary>
        <dl className="legend__terms">
          {CARRY_ORDER.map((carry) => (
            <div key={carry}>
              <dt>{CARRY_WORDS[carry]}</dt>
              <dd>{CARRY_DESCRIPTIONS[carry]}</dd>
            </div>
          ))}
          <div>
            <dt>{NOT_CARRIED.word}</dt>
            <dd>{NOT_CARRIED.description}</dd>
          </div>
          <div>
            <dt>+1, +2</dt>
            <dd>more passages of the same report carry the statement; open the cell to see them all</dd>
          </div>
          <div>
            <dt>{FLAG_LABELS.misquote}</dt>
            <dd>{FLAG_DESCRIPTIONS.misquote}</dd>
          </div>
          <div>
            <dt>{FLAG_LABELS['wording-differs']}</dt>
            <dd>{FLAG_DESCRIPTIONS['wording-differs']}</dd>
          </div>
        </dl>
        <p className="legend__note">
          A row is a statement of the source (a sentence, or a clause of it when a report carries only part of the
          sentence), in the part of the source the reports draw on. Click a cell to see the report’s words against the
          source’s: <del>struck through</del> is only in the source, <ins>underlined</ins> only in the report.
        </p>
      </details>
    </div>
  );
}
