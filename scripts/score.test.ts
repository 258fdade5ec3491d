// scripts/score.mjs must score exactly as the reference ../shared/eval/score.mjs: checked on synthetic
// predictions for every case in seeds/cases (skipped, with a message, when ../shared is not beside the repo).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readCase, score, type Prediction, type Span } from './score.mjs';
import { prng } from '../test/fuzz/random.ts'; // mulberry32: the same sources and predictions on every run

const root = join(import.meta.dirname, '..');
const casesDir = join(root, 'seeds', 'cases');
const cases = readdirSync(casesDir)
  .filter((n) => existsSync(join(casesDir, n, 'gold.json')))
  .sort();
const referencePath = join(root, '..', 'shared', 'eval', 'score.mjs');
const noReference = existsSync(referencePath)
  ? false
  : `../shared/eval/score.mjs not found (looked at ${referencePath}): parity not checked`;


function randomSpan(rand: () => number, length: number, maxWidth: number): Span {
  const start = Math.floor(rand() * (length - 1));
  return { start, end: Math.min(length, start + 1 + Math.floor(rand() * maxWidth)) };
}

/** Predictions of every sort: none, the gold itself, the gold widened and with kinds rotated, random spans. */
function syntheticPredictions(caseDir: string, seed: number): [string, Prediction][] {
  const g = readCase(caseDir);
  const rand = prng(seed);
  const kinds = ['quote', 'paraphrase', 'partial'];
  const widen = (s: Span, length: number): Span => ({
    start: Math.max(0, s.start - 40),
    end: Math.min(length, s.end + 40),
  });
  const fromGold: Prediction = {
    alignments: g.pairs.map((p) => ({ report: p.a, source: p.b, kind: p.kind })),
    added: g.added,
    omitted: g.omitted,
  };
  return [
    ['empty', {}],
    ['gold', fromGold],
    [
      'gold widened, kinds rotated, half the pairs',
      {
        alignments: g.pairs
          .filter((_, i) => i % 2 === 0)
          .map((p) => ({
            report: p.a.map((s) => widen(s, g.a.length)),
            source: p.b.map((s) => widen(s, g.b.length)),
            kind: kinds[(kinds.indexOf(p.kind) + 1) % 3]!,
          })),
        added: g.added.slice(1),
        omitted: g.omitted.map((s) => widen(s, g.b.length)),
      },
    ],
    [
      'random',
      {
        alignments: Array.from({ length: 25 }, () => ({
          report: [randomSpan(rand, g.a.length, 300)],
          source: [randomSpan(rand, g.b.length, 400), randomSpan(rand, g.b.length, 100)],
          kind: kinds[Math.floor(rand() * 3)]!,
        })),
        added: Array.from({ length: 5 }, () => randomSpan(rand, g.a.length, 200)),
        omitted: Array.from({ length: 8 }, () => randomSpan(rand, g.b.length, 300)),
      },
    ],
  ];
}

test(
  "scripts/score.mjs gives the reference scorer's figures on synthetic predictions",
  { skip: noReference },
  async () => {
    const reference = (await import(pathToFileURL(referencePath).href)) as { score: typeof score };
    let compared = 0;
    cases.forEach((name, i) => {
      for (const [what, prediction] of syntheticPredictions(join(casesDir, name), i + 1)) {
        assert.deepEqual(
          score(join(casesDir, name), prediction),
          reference.score(join(casesDir, name), prediction),
          `${name}: ${what}`,
        );
        compared++;
      }
    });
    assert.equal(compared, cases.length * 4);
  },
);

test('the gold itself scores 1 everywhere; an empty prediction scores 0 links', () => {
  for (const name of cases) {
    const [[, empty], [, gold]] = syntheticPredictions(join(casesDir, name), 1) as [
      [string, Prediction],
      [string, Prediction],
    ];
    const perfect = score(join(casesDir, name), gold);
    assert.deepEqual(
      [perfect.links.f1, perfect.omitted.f1, perfect.added.f1, perfect.kinds.accuracy],
      [1, 1, 1, 1],
      name,
    );
    const none = score(join(casesDir, name), empty);
    assert.deepEqual([none.links.f1, none.kinds.accuracy], [0, 0], name);
  }
});

test('a bad span rejects the whole prediction, as the reference does', () => {
  const caseDir = join(casesDir, cases[0]!);
  const length = readCase(caseDir).a.length;
  assert.throws(() => score(caseDir, { added: [{ start: 5, end: 5 }] }), /added: bad span/);
  assert.throws(
    () =>
      score(caseDir, {
        alignments: [{ report: [{ start: 0, end: length + 1 }], source: [{ start: 0, end: 1 }], kind: 'quote' }],
      }),
    /alignments\[0\]\.report: bad span/,
  );
});
