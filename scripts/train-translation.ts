// `npm run train:translation`: fits translation mode's five constants (lib/translate/align-translation.ts: the bar
// a pair must clear, the weight of shared words against length agreement, the spread of length ratios, what each
// extra piece of a merged pair costs, and how many content words a clause may hold and still be folded into its
// sentence's pair) on the
// labelled translation cases (seeds/cases-translation/) by a grid search, and writes lib/translate/params.json.
// Each setting is scored on every case by what an auditor needs: strict pairs (scripts/strict-pairs.mjs) and
// made-gap omitted and added F1 (scripts/make-gaps.mjs, seeds 1–3), their mean the objective. One setting serves
// both scripts (only the most pieces a pair may join differs: Chinese clauses join more), so a case of one script
// held out is scored with what the others chose.
//   --cv: cross-validation instead: each case scored with the setting chosen without it; prints per-case figures
//         and a last line `translation cv mean over N cases: …`, and writes nothing.
//   --ablate: the CV means with each pass after the search left out in turn (TRANSLATION_PASSES), beside all on.
//   --cases DIR (default seeds/cases-translation), --out FILE (default lib/translate/params.json).
// Deterministic: the same cases give byte-identical JSON (ties go to the first setting in grid order).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { alignTranslation, TRANSLATION_PASSES, type TranslationPass } from '../lib/translate/align-translation.ts';
import type { Language } from '../lib/translate/language.ts';
import type { TranslationSettings } from '../lib/translate/params.ts';
import { score } from './score.mjs';
import { strictPairs } from './strict-pairs.mjs';

const ROOT = join(import.meta.dirname, '..');
const GAP_SEEDS = [1, 2, 3];
const GRID: TranslationSettings[] = [];
for (const bar of [0.2, 0.25, 0.3])
  for (const lexicalWeight of [0.5, 0.6])
    for (const lengthSigma of [0.3, 0.35, 0.4])
      for (const minorItems of [2, 3])
        for (const mergeCost of [0, 0.03]) GRID.push({ bar, lexicalWeight, lengthSigma, minorItems, mergeCost });

interface CaseFigures {
  links: number;
  strict: number;
  gapOmitted: number;
  gapAdded: number;
}

/** A case folder and its texts, read once for every setting the grid tries. */
interface CaseTexts {
  dir: string;
  report: string;
  source: string;
}

interface LoadedCase extends CaseTexts {
  name: string;
  language: Language;
  /** Its made-gap copies, one per seed. */
  gaps: CaseTexts[];
}

const readTexts = (dir: string): CaseTexts => ({
  dir,
  report: readFileSync(join(dir, 'a.txt'), 'utf8'),
  source: readFileSync(join(dir, 'b.txt'), 'utf8'),
});

const objective = (f: CaseFigures) => (f.strict + f.gapOmitted + f.gapAdded) / 3;
const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / (xs.length || 1);

function loadCases(casesDir: string, scratch: string): LoadedCase[] {
  return readdirSync(casesDir)
    .filter((n) => existsSync(join(casesDir, n, 'gold.json')))
    .sort()
    .map((name) => {
      const dir = join(casesDir, name);
      const gaps = GAP_SEEDS.map((seed) => {
        const out = join(scratch, `${name}-s${seed}`);
        execFileSync(
          process.execPath,
          [join(ROOT, 'scripts', 'make-gaps.mjs'), dir, out, '--k', '4', '--seed', String(seed)],
          {
            stdio: 'ignore',
          },
        );
        return readTexts(out);
      });
      const language = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')).b.language as Language;
      return { name, ...readTexts(dir), language, gaps };
    });
}

function figures(c: LoadedCase, settings: TranslationSettings, skip: readonly TranslationPass[]): CaseFigures {
  const align = (t: CaseTexts) => alignTranslation(t.report, t.source, c.language, { tuning: settings, skip });
  const whole = align(c);
  const gaps = c.gaps.map((g) => score(g.dir, align(g)));
  return {
    links: score(c.dir, whole).links.f1,
    strict: strictPairs(c.dir, whole).F,
    gapOmitted: mean(gaps.map((g) => g.omitted.f1)),
    gapAdded: mean(gaps.map((g) => g.added.f1)),
  };
}

/** The grid setting with the best mean objective over `cases` (indices into the figures' rows). */
function choose(table: CaseFigures[][], cases: readonly number[]): number {
  let best = 0;
  let bestValue = -Infinity;
  table.forEach((row, k) => {
    const value = mean(cases.map((c) => objective(row[c]!)));
    if (value > bestValue + 1e-12) [best, bestValue] = [k, value];
  });
  return best;
}

/** Every grid setting's figures on every case: table[setting][case]. */
function scoreGrid(cases: readonly LoadedCase[], skip: readonly TranslationPass[] = []): CaseFigures[][] {
  return GRID.map((settings) => cases.map((c) => figures(c, settings, skip)));
}

/** Each case scored with the setting chosen on the others: the cross-validated figures. */
function crossValidate(table: CaseFigures[][], count: number): { rows: CaseFigures[]; chosen: number[] } {
  const all = Array.from({ length: count }, (_, k) => k);
  const chosen = all.map((k) =>
    choose(
      table,
      all.filter((j) => j !== k),
    ),
  );
  return { rows: chosen.map((c, k) => table[c]![k]!), chosen };
}

const meanLine = (rows: readonly CaseFigures[]) => {
  const m = (key: keyof CaseFigures) => f3(mean(rows.map((r) => r[key])));
  return `links F1=${m('links')} strict pairs F1=${m('strict')} made-gap omitted F1=${m('gapOmitted')} added F1=${m('gapAdded')}`;
};

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
  };
  const casesDir = option('--cases', join(ROOT, 'seeds', 'cases-translation'));
  const scratch = mkdtempSync(join(tmpdir(), 'claimdiff-train-translation-'));
  try {
    const cases = loadCases(casesDir, scratch);
    if (cases.length === 0) throw new Error(`train-translation: no labelled cases in ${casesDir}`);
    const table = scoreGrid(cases);
    const all = cases.map((_, k) => k);
    if (args.includes('--ablate')) {
      // A pass stays when leaving it out lowers the cross-validated means.
      console.log(`all passes                 cv ${meanLine(crossValidate(table, cases.length).rows)}`);
      for (const pass of TRANSLATION_PASSES)
        console.log(
          `without ${pass.padEnd(19)} cv ${meanLine(crossValidate(scoreGrid(cases, [pass]), cases.length).rows)}`,
        );
      return;
    }
    if (args.includes('--cv')) {
      const { rows, chosen } = crossValidate(table, cases.length);
      rows.forEach((f, k) => {
        const s = GRID[chosen[k]!]!;
        console.log(
          `${cases[k]!.name.padEnd(44)} links F1=${f3(f.links)}  strict pairs F1=${f3(f.strict)}  made-gap omitted F1=${f3(f.gapOmitted)} added F1=${f3(f.gapAdded)}  (bar ${s.bar}, words ${s.lexicalWeight}, σ ${s.lengthSigma}, minor ${s.minorItems}, merge ${s.mergeCost})`,
        );
      });
      console.log(`translation cv mean over ${rows.length} cases: ${meanLine(rows)}`);
      return;
    }
    const chosen = GRID[choose(table, all)]!;
    const out = option('--out', join(ROOT, 'lib', 'translate', 'params.json'));
    const about = `fitted by npm run train:translation on ${cases.length} cases (${cases.map((c) => c.name).join(', ')}) over ${GRID.length} settings`;
    writeFileSync(out, JSON.stringify({ version: 1, ...chosen, about }, null, 2) + '\n');
    console.log(
      `train-translation: wrote ${out}: bar ${chosen.bar}, words ${chosen.lexicalWeight}, σ ${chosen.lengthSigma}, minor ${chosen.minorItems}, merge ${chosen.mergeCost}`,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const f3 = (x: number) => (Math.round(x * 1000) / 1000).toFixed(3);

if (import.meta.filename === process.argv[1]) main();
