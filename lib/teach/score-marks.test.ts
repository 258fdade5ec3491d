import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { KeyItem, MarkLabel, PackSide, StudentMark } from './types.ts';
import { findsItem, overlapLength, scoreMarks } from './score-marks.ts';

const item = (id: string, label: MarkLabel, start: number, end: number, side: PackSide = 'report'): KeyItem => ({
  id,
  label,
  side,
  spans: [{ start, end }],
  evidence: { report: [], source: [], diff: [] },
  note: '',
});
const mark = (label: MarkLabel, start: number, end: number, side: PackSide = 'report'): StudentMark => ({
  label,
  side,
  span: { start, end },
});

test('overlap counts the shared code units of two span lists', () => {
  assert.equal(
    overlapLength(
      [{ start: 0, end: 10 }],
      [
        { start: 5, end: 8 },
        { start: 9, end: 20 },
      ],
    ),
    4,
  );
  assert.equal(overlapLength([{ start: 0, end: 5 }], [{ start: 5, end: 8 }]), 0);
});

// The rule: same side, same label, and an overlap of at least half of the shorter of the two.
const rule: [string, StudentMark, boolean][] = [
  ['a sentence around the one word the key marks', mark('sharpened', 0, 100), true],
  ['half of a long quote', mark('sharpened', 40, 60), true],
  ['exactly half of the shorter', mark('sharpened', 35, 45), true],
  ['less than half of the shorter', mark('sharpened', 46, 60), false],
  ['touching its edge only', mark('sharpened', 20, 40), false],
  ['the same place in the other text', mark('sharpened', 40, 60, 'source'), false],
  ['the right place, another label', mark('softened', 40, 60), false],
];
for (const [name, m, expected] of rule)
  test(`a mark over ${name} ${expected ? 'finds' : 'does not find'} the item`, () => {
    assert.equal(findsItem(m, item('k1', 'sharpened', 40, 50)), expected);
  });

test('the reveal: found and missed exercises, marks found or not a change, with near misses named', () => {
  const key = [
    item('k1', 'quote-changed', 0, 40),
    item('k2', 'paraphrase', 50, 90),
    item('k3', 'left-out', 10, 30, 'source'),
  ];
  const score = scoreMarks(
    key,
    ['k1', 'k3'],
    [
      mark('quote-changed', 5, 35),
      mark('quote-exact', 55, 85), // over the paraphrase, with another label
      mark('paraphrase', 50, 90), // a true finding the teacher did not ask for
    ],
  );
  assert.deepEqual(
    score.exercises.map((e) => `${e.item.id} ${e.status} ${e.foundBy.join(',')}`),
    ['k1 found 0', 'k3 missed '],
  );
  assert.deepEqual(
    score.marks.map((m) => `${m.status} finds=${m.finds.join(',')} near=${m.near.join(',')}`),
    ['found finds=k1 near=', 'not-a-change finds= near=k2', 'found finds=k2 near='],
  );
  assert.equal(`${score.found}/${score.total}`, '1/2');
});

test('exercises keep the teacher’s order, and an id not in the key is skipped', () => {
  const key = [item('k1', 'added', 0, 10), item('k2', 'added', 20, 30)];
  assert.deepEqual(
    scoreMarks(key, ['k2', 'gone', 'k1'], []).exercises.map((e) => e.item.id),
    ['k2', 'k1'],
  );
});
