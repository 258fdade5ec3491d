// The fast version of matcher.stress.ts, run by `npm test`: 520 generated (report, source) pairs, 40 in each of
// the 13 families, small and medium (up to 3,000 characters); alignTexts and segmentDocument must not throw and
// every invariant of lib/types.ts must hold. Prints the inputs tried per family, the time and the slowest input.
// The reproductions of known lib bugs (known-bugs.ts) run here as `todo` tests.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { alignTexts } from '../../lib/index.ts';
import { segmentDocument } from '../../lib/segment/index.ts';
import type { AlignResult, Segmentation } from '../../lib/types.ts';
import { checkAlignResult, indexWords } from './check-align-result.ts';
import { checkSegmentation } from './check-segmentation.ts';
import { FAMILIES } from './generate-text.ts';
import { classifyFailures, explainFailure, KNOWN_BUGS } from './known-bugs.ts';
import {
  createStats,
  failureOf,
  formatStats,
  readSeedTexts,
  runFuzz,
  shrinkFailures,
  type FuzzPlan,
} from './run-fuzz.ts';

const PLAN: FuzzPlan = { seed: 5, perFamily: 40, mediumShare: 0.2, small: [0, 300], medium: [300, 3000] };

const stats = createStats();
after(() => console.log(formatStats('matcher quick fuzz', stats)));

test(`generated pairs: ${FAMILIES.length} families × ${PLAN.perFamily}`, () => {
  runFuzz(PLAN, readSeedTexts(), stats);
  classifyFailures(stats.failures);
  shrinkFailures(stats.failures, (pair) => explainFailure(pair)?.id);
  assert.ok(
    stats.aligned > stats.tried / 10,
    `only ${stats.aligned} of ${stats.tried} pairs aligned: the diffs were hardly exercised`,
  );
  const unknown = stats.failures.filter((f) => !f.known);
  const shown = unknown
    .slice(0, 3)
    .map(
      (f) =>
        `${f.family} seed ${f.seed} input ${f.input}: ${f.message.slice(0, 500)}\n  report ${JSON.stringify(f.minimal.report).slice(0, 1000)}\n  source ${JSON.stringify(f.minimal.source).slice(0, 1000)}`,
    );
  assert.equal(unknown.length, 0, `failures no known bug explains:\n${shown.join('\n')}`);
});

for (const bug of KNOWN_BUGS) {
  test(`known bug ${bug.id}: the reproduction holds`, { todo: bug.todo }, () => {
    assert.equal(failureOf(bug.report, bug.source), undefined);
  });
}

// The checkers themselves: a result or segmentation with one promise broken must be caught, with a message
// that says which promise.
const REPORT = 'The city will spend 60 million dollars on the new parks, Li said.';
const SOURCE =
  'Press conference.\n\nLi: The city will spend 40 million dollars on parks this year. Residents asked for more trees.';

test('checkAlignResult: catches each broken promise', () => {
  const cases: Array<[string, (r: AlignResult) => void, RegExp]> = [
    [
      'a diff part dropped',
      (r) => r.alignments[0]!.diff.splice(3, 1),
      /report diff does not rebuild the passage: missing \["million","dollars","on"\]/,
    ],
    ['a report part past its span', (r) => (r.alignments[0]!.report[0]!.end = 60), /report diff part .* lies outside/],
    ['diff parts out of order', (r) => r.alignments[0]!.diff.reverse(), /diff parts: span 1 .* starts before/],
    [
      'a span past the text',
      (r) => (r.alignments[0]!.source[0]!.end = SOURCE.length + 1),
      /source\[0\]: 0 <= start < end/,
    ],
    ['an empty span', (r) => (r.omitted[0]!.end = r.omitted[0]!.start), /omitted\[0\]: 0 <= start < end/],
    ['a fractional offset', (r) => (r.regions[0]!.start = 0.5), /regions\[0\]: integer offsets/],
    ['a score above 1', (r) => (r.alignments[0]!.score = 1.5), /score 1.5 in \[0, 1\]/],
    ['an unknown kind', (r) => ((r.alignments[0] as { kind: string }).kind = 'summary'), /kind summary/],
    ['flags out of union order', (r) => (r.alignments[0]!.flags = ['softened', 'misquote']), /flags .* in union order/],
  ];
  const words = { report: indexWords(REPORT), source: indexWords(SOURCE) };
  // The plain rules (no learned model), so the checker is tested on a result whose every part is filled.
  const intact = alignTexts(REPORT, SOURCE, { model: { version: 1 } });
  assert.ok(
    intact.alignments[0] &&
      intact.alignments[0].diff.length > 4 &&
      intact.omitted.length > 0 &&
      intact.regions.length > 0,
    'the pair aligns with a diff',
  );
  checkAlignResult(words.report, words.source, intact);
  for (const [name, breakIt, message] of cases) {
    const broken = structuredClone(intact);
    breakIt(broken);
    assert.throws(() => checkAlignResult(words.report, words.source, broken), message, name);
  }
});

test('checkSegmentation: catches each broken promise', () => {
  const text = 'Q: Is it true? A: Yes. He said "no" then.\n\nNext one.';
  const cases: Array<[string, (s: Segmentation) => void, RegExp]> = [
    ['a sentence start moved past a word', (s) => (s.sentences[1]!.start += 2), /sentences\[1\]: non-whitespace/],
    [
      'sentences overlapping',
      (s) => (s.sentences[1]!.start = s.sentences[0]!.end - 1),
      /sentences\[1\]: starts at .* before the previous end/,
    ],
    [
      'a clause short of its sentence end',
      (s) => (s.clauses[s.clauses.length - 1]!.end -= 1),
      /last clause ends it|non-whitespace after the last/,
    ],
    ['a paragraph index skipped', (s) => (s.paragraphs[1]!.index = 2), /paragraphs\[1\]\.index/],
    ['a quote outside the text', (s) => (s.quotes[0]!.end = text.length + 5), /quotes\[0\]: 0 <= start < end/],
  ];
  const intact = segmentDocument(text);
  assert.ok(
    intact.sentences.length >= 3 && intact.quotes.length > 0 && intact.paragraphs.length >= 2,
    'the text has sentences, a quote and paragraphs',
  );
  checkSegmentation(text, intact);
  for (const [name, breakIt, message] of cases) {
    const broken = structuredClone(intact);
    breakIt(broken);
    assert.throws(() => checkSegmentation(text, broken), message, name);
  }
});
