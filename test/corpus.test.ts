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
    assert.equal(
      snap.json,
      readSnapshot(join(SNAPSHOT_DIR, `${name}.json`)),
      `${name}.json: the matcher's output changed; ${REGEN}`,
    );
    assert.equal(
      snap.text,
      readSnapshot(join(SNAPSHOT_DIR, `${name}.txt`)),
      `${name}.txt: the text report changed; ${REGEN}`,
    );
  });
}

test('corpus: scores against gold match test/snapshots/scores.json', () => {
  const want = JSON.parse(readSnapshot(SCORES_FILE)) as Record<string, unknown>;
  for (const name of listCases()) scores[name] ??= snapshotCase(name).scores;
  assert.deepEqual(scores, want, `the scores changed; ${REGEN}`);
});
