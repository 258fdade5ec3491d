// `npm run regen`: rewrites the corpus snapshots in test/snapshots/ from the current matcher, in-process:
// <case>.json (the contract), <case>.txt (the CLI's text report) and scores.json (figures against gold).
// Run it when a change to the matcher is intended, then read the diff of test/snapshots/ before committing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  listCases,
  ROOT,
  SCORES_FILE,
  SNAPSHOT_DIR,
  snapshotCase,
  stringifyCompact,
  type CaseSnapshot,
} from '../test/corpus-snapshot.ts';

mkdirSync(SNAPSHOT_DIR, { recursive: true });
const scores: Record<string, CaseSnapshot['scores']> = {};
for (const name of listCases()) {
  const snap = snapshotCase(name);
  writeFileSync(join(SNAPSHOT_DIR, `${name}.json`), snap.json);
  writeFileSync(join(SNAPSHOT_DIR, `${name}.txt`), snap.text);
  scores[name] = snap.scores;
  const s = snap.scores;
  console.log(
    `${name.padEnd(36)} ${snap.contract.alignments.length} alignments  links F1=${s.links.f1} omitted=${s.omitted} added=${s.added} kind=${s.kind}`,
  );
}
writeFileSync(SCORES_FILE, stringifyCompact(scores));
console.log(`regen: wrote ${relative(ROOT, SNAPSHOT_DIR)}/ (review the diff before committing)`);
