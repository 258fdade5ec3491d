// Golden snapshots: every labelled case runs through the matcher and must give exactly the committed output.
// When a change is intended, `npm run regen` rewrites test/snapshots/ and the review shows what moved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContract } from '../lib/contract.ts';
import { listCases, SCORES_FILE, SNAPSHOT_DIR, snapshotCase, type CaseSnapshot } from './corpus-snapshot.ts';

const REGEN = 'if the change is intended, run `npm run regen` and review the diff of test/snapshots/';
const readSnapshot = (file: string): string => {
  assert.ok(existsSync(file), `${file} is missing: run \`npm run regen\``);
  return readFileSync(file, 'utf8');
};

/** Fails with the first differing line and how many lines differ, not a dump of two long files. */
function assertSameText(actual: string, file: string, what: string): void {
  const expected = readSnapshot(file);
  if (actual === expected) return;
  const a = actual.split('\n');
  const e = expected.split('\n');
  const first = a.findIndex((line, i) => line !== e[i]);
  const at = first >= 0 ? first : a.length;
  const differing = Array.from({ length: Math.max(a.length, e.length) }, (_, i) => a[i] !== e[i]).filter(
    Boolean,
  ).length;
  assert.fail(
    `${what} changed: ${differing} line(s) differ from ${file}, the first at line ${at + 1}:\n` +
      `  snapshot: ${e[at] ?? '(end of file)'}\n  now:      ${a[at] ?? '(end of file)'}\n${REGEN}`,
  );
}

const scores: Record<string, CaseSnapshot['scores']> = {};
for (const name of listCases()) {
  test(`corpus: ${name} matches its snapshot`, () => {
    const snap = snapshotCase(name);
    scores[name] = snap.scores;
    assert.deepEqual(
      checkContract(snap.contract, snap.contract.report.length, snap.contract.source.length),
      [],
      'the result breaks the contract',
    );
    assertSameText(snap.json, join(SNAPSHOT_DIR, `${name}.json`), "the matcher's output");
    assertSameText(snap.text, join(SNAPSHOT_DIR, `${name}.txt`), 'the text report');
  });
}

test('corpus: scores against gold match test/snapshots/scores.json', () => {
  const want = JSON.parse(readSnapshot(SCORES_FILE)) as Record<string, unknown>;
  for (const name of listCases()) scores[name] ??= snapshotCase(name).scores;
  assert.deepEqual(scores, want, `the scores against gold changed (now ${JSON.stringify(scores)}); ${REGEN}`);
});
