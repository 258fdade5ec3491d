// The translation group of `npm run eval`: the labelled translation cases in seeds/cases-translation (an official
// English version as the report, its Chinese or Ukrainian original as the source), each aligned by the CLI in
// translation mode and measured three ways (../shared/eval/README.md):
//   - links, omitted, added, kind (scripts/score.mjs), which flatter coarse groupings;
//   - strict pairs (scripts/strict-pairs.mjs): a gold pair found only when one alignment covers about its words;
//   - made gaps (scripts/make-gaps.mjs, seeds 1–3, four pairs cut from each side): single missing sentences found,
//     as omitted and added F1.
// Translation mode's fitted constants (lib/translate/params.json, by scripts/train-translation.ts) make these
// figures a fit; the trainer's --cv then scores each case with the setting chosen without it, and those CV means
// are what the floors hold (scripts/eval-targets.json translationFloors).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { score } from './score.mjs';

const GAP_SEEDS = [1, 2, 3];

/** Runs the group and prints it; returns the means (null when there are no translation cases). */
export function evalTranslation(root, bin) {
  const dir = join(root, 'seeds', 'cases-translation');
  if (!existsSync(dir)) return null;
  const names = readdirSync(dir)
    .filter((n) => existsSync(join(dir, n, 'gold.json')))
    .sort();
  if (names.length === 0) return null;
  const align = (caseDir) =>
    JSON.parse(
      execFileSync(
        process.execPath,
        [bin, 'align', join(caseDir, 'a.txt'), join(caseDir, 'b.txt'), '--format', 'json'],
        {
          encoding: 'utf8',
          maxBuffer: 256 << 20,
        },
      ),
    );
  console.log(`\ntranslation cases: ${names.length} in seeds/cases-translation, aligned in translation mode`);
  const strict = strictByCase(dir, bin);
  const rows = names.map((name) => {
    const s = score(join(dir, name), align(join(dir, name)));
    const row = { name, links: s.links.f1, kind: s.kinds.accuracy, strict: strict.get(name) ?? 0 };
    console.log(
      `${name.padEnd(44)} links F1=${f3(row.links)}  strict pairs F1=${f3(row.strict)}  kind=${f3(row.kind)}`,
    );
    return row;
  });
  const gaps = mkdtempSync(join(tmpdir(), 'claimdiff-gaps-'));
  const gapRows = [];
  try {
    for (const name of names)
      for (const seed of GAP_SEEDS) {
        const out = join(gaps, `${name}-s${seed}`);
        execFileSync(
          process.execPath,
          [join(root, 'scripts', 'make-gaps.mjs'), join(dir, name), out, '--k', '4', '--seed', String(seed)],
          {
            stdio: 'ignore',
          },
        );
        const s = score(out, align(out));
        gapRows.push({ name, omitted: s.omitted.f1, added: s.added.f1 });
      }
  } finally {
    rmSync(gaps, { recursive: true, force: true });
  }
  for (const name of names) {
    const mine = gapRows.filter((r) => r.name === name);
    console.log(
      `${`${name} (made gaps)`.padEnd(44)} omitted F1=${f3(mean(mine, 'omitted'))}  added F1=${f3(mean(mine, 'added'))}`,
    );
  }
  const means = {
    links: mean(rows, 'links'),
    strict: mean(rows, 'strict'),
    gapOmitted: mean(gapRows, 'omitted'),
    gapAdded: mean(gapRows, 'added'),
  };
  console.log(
    `translation mean over ${names.length} cases: links F1=${f3(means.links)} strict pairs F1=${f3(means.strict)} ` +
      `made-gap omitted F1=${f3(means.gapOmitted)} added F1=${f3(means.gapAdded)} (seeds ${GAP_SEEDS.join(', ')})`,
  );
  return { ...means, cv: crossValidate(root, dir) };
}

/** The trainer's cross-validation (each case with the setting fitted without it): printed, and its means. */
function crossValidate(root, dir) {
  console.log(
    'translation cross-validation: each case aligned with the setting fitted without it (scripts/train-translation.ts --cv)',
  );
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'scripts', 'train-translation.ts'), '--cv', '--cases', dir],
    { encoding: 'utf8', maxBuffer: 16 << 20, cwd: root },
  );
  process.stdout.write(out);
  const m = out.match(
    /translation cv mean over \d+ cases: links F1=([\d.]+) strict pairs F1=([\d.]+) made-gap omitted F1=([\d.]+) added F1=([\d.]+)/,
  );
  if (!m) throw new Error(`eval: the translation cross-validation printed no mean line:\n${out}`);
  return { links: Number(m[1]), strict: Number(m[2]), gapOmitted: Number(m[3]), gapAdded: Number(m[4]) };
}

/** Strict pair F1 per case, from scripts/strict-pairs.mjs run over the folder. */
function strictByCase(dir, bin) {
  const out = execFileSync(
    process.execPath,
    [
      join(dir, '..', '..', 'scripts', 'strict-pairs.mjs'),
      '--cases',
      dir,
      '--cmd',
      `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} align {report} {source} --format json`,
    ],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const byCase = new Map();
  for (const m of out.matchAll(/^(\S+)\s+pairs .*F1=([\d.]+)$/gm)) byCase.set(m[1], Number(m[2]));
  return byCase;
}

const mean = (rows, key) => rows.reduce((s, r) => s + r[key], 0) / (rows.length || 1);
const f3 = (x) => (Math.round(x * 1000) / 1000).toFixed(3);
