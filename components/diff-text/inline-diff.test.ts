import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cutPassage } from '../../lib/diff/cut-passage.ts';
import { buildInlineDiff, type DiffPiece } from './inline-diff.ts';
import type { DiffPart, Span } from '../../lib/types.ts';

/** jsdiff-style compact form: `<del>…</del>` only in the source, `<ins>…</ins>` only in the report. */
const showDiff = (pieces: DiffPiece[]): string =>
  pieces
    .map((p) => (p.op === 'omitted' ? `<del>${p.text}</del>` : p.op === 'added' ? `<ins>${p.text}</ins>` : p.text))
    .join('');

function at(text: string, piece: string, from = 0): Span {
  const start = text.indexOf(piece, from);
  assert.ok(start >= 0, `"${piece}" is in the text`);
  return { start, end: start + piece.length };
}

const report = '"The United States tries to impose its standards on others," Wang said.';
const source = 'The United States is trying to impose its own standards on others.';

test('buildInlineDiff shows a substitution as a del+ins pair even when the report part comes first', () => {
  const diff: DiffPart[] = [
    { op: 'same', report: at(report, 'The United States'), source: at(source, 'The United States') },
    { op: 'added', report: at(report, 'tries') },
    { op: 'omitted', source: at(source, 'is trying') },
    { op: 'same', report: at(report, 'to impose its'), source: at(source, 'to impose its') },
    { op: 'omitted', source: at(source, 'own') },
    { op: 'same', report: at(report, 'standards on others'), source: at(source, 'standards on others') },
    { op: 'added', report: at(report, 'Wang said') },
  ];
  assert.equal(
    showDiff(buildInlineDiff(report, source, diff)),
    'The United States <del>is trying</del> <ins>tries</ins> to impose its <del>own</del> standards on others," <ins>Wang said</ins>',
  );
});

test('buildInlineDiff joins a run of changes on one side into one element', () => {
  const r = 'He will gladly accept it.';
  const s = 'He will never ever accept it.';
  const diff: DiffPart[] = [
    { op: 'same', report: at(r, 'He will'), source: at(s, 'He will') },
    { op: 'omitted', source: at(s, 'never') },
    { op: 'omitted', source: at(s, 'ever', at(s, 'never').end) },
    { op: 'added', report: at(r, 'gladly') },
    { op: 'same', report: at(r, 'accept it'), source: at(s, 'accept it') },
  ];
  assert.equal(showDiff(buildInlineDiff(r, s, diff)), 'He will <del>never ever</del> <ins>gladly</ins> accept it');
});

test('buildInlineDiff marks a jump between distant report spans with an ellipsis', () => {
  const r = 'First part here. A long stretch of unrelated background text sits between. Second part.';
  const s = 'First part here and second part.';
  const diff: DiffPart[] = [
    { op: 'same', report: at(r, 'First part here'), source: at(s, 'First part here') },
    { op: 'same', report: at(r, 'Second part'), source: at(s, 'second part') },
  ];
  assert.equal(showDiff(buildInlineDiff(r, s, diff)), 'First part here … Second part');
});

test('buildInlineDiff of an empty diff is empty', () => {
  assert.deepEqual(buildInlineDiff('a', 'b', []), []);
});

test('cutPassage marks the changed spans inside each passage span and joins spans with an ellipsis', () => {
  const text = 'one two three four five';
  const pieces = cutPassage(
    text,
    [at(text, 'one two'), at(text, 'four five')],
    [at(text, 'two'), at(text, 'five'), at(text, 'three')],
  );
  assert.equal(pieces.map((p) => (p.changed ? `[${p.text}]` : p.text)).join(''), 'one [two] … four [five]');
});
