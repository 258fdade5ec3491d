// Harder copies of the labelled cases for `npm run eval`: each case's source embedded in the middle of the
// seed transcripts it is not (20,000+ characters of other briefings on other topics), as the sources of real
// pairs are. The report and gold stay as they are (gold quotes are located by their text), so the figures
// show how much of the matcher's accuracy survives distractors: rare words get commoner, other answers
// compete for every clause, and speaker roles must still come out right.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes one distractor case per case folder into a fresh temporary folder; returns it and the [name, dir] pairs. */
export function writeDistractorCases(root, casesDir, names) {
  const manifest = JSON.parse(readFileSync(join(root, 'seeds', 'manifest.json'), 'utf8'));
  const transcripts = manifest.documents
    .filter((d) => d.kind === 'transcript')
    .map((d) => readFileSync(join(root, 'seeds', d.file), 'utf8'));
  const out = mkdtempSync(join(tmpdir(), 'claimdiff-distractors-'));
  const cases = [];
  for (const name of names) {
    const source = readFileSync(join(casesDir, name, 'b.txt'), 'utf8');
    const others = transcripts.filter((t) => t !== source && !t.includes(source) && !source.includes(t));
    if (others.length === 0) continue;
    const dir = join(out, name);
    mkdirSync(dir);
    for (const f of ['a.txt', 'gold.json']) copyFileSync(join(casesDir, name, f), join(dir, f));
    // The others cut at the paragraph break nearest their middle: half before the source, half after.
    const rest = others.join('\n\n');
    const cut = rest.indexOf('\n\n', Math.floor(rest.length / 2));
    const [before, after] = cut < 0 ? [rest, ''] : [rest.slice(0, cut), rest.slice(cut + 2)];
    writeFileSync(join(dir, 'b.txt'), [before, source, after].filter(Boolean).join('\n\n'));
    cases.push([name, dir]);
  }
  return { folder: out, cases };
}
