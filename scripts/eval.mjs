#!/usr/bin/env node
// `npm run eval`: rebuilds the CLI bundle, then runs the CLI (`node bin/claimdiff.mjs align a.txt b.txt --format json`)
// over every labelled case in seeds/cases and scores it with scripts/score.mjs, the copy of the reference scorer:
//   - per case and mean: links P/R/F1, omitted F1, added F1, kind accuracy;
//   - calibration: per score band, how many alignments and the share that match gold (an alignment matches
//     gold when its report spans overlap a gold pair's report span and its source spans overlap that pair's);
//   - the same cases with distractors (scripts/distractor-cases.mjs): per case and mean;
//   - when ../shared/eval/score.mjs is beside the repo, runs it too and fails if any figure differs at 3 decimals.
// Exits 1 when the CLI fails on a case or the scorers disagree.
// Options: --check (also exit 1 when a mean falls below its floor in scripts/eval-targets.json), --cases DIR,
//   --skip NAME[,NAME] (leave out refine passes, lib/refine/index.ts),
//   --cv (cross-validation: each case scored by a model fitted without it and without every case that shares
//   its report or source file, or its group in folds.json; the last line is the CV mean, the figure that
//   counts; with --check, the CV means must reach cvFloors),
//   --ablate (the CV means with each refine pass switched off in turn, beside the CV means with all on),
//   --semantic DIR (every case also judged by that semantic model: server/semantic/, the CLI's --model DIR),
//   --verifier oracle (links decided from the gold labels, scripts/oracle-verifier.ts: the ceiling of the verifier
//   stage; with --cv, the gap to the default verifier is printed).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCase, round, score, spanOverlap } from './score.mjs';
import { writeDistractorCases } from './distractor-cases.mjs';
import { quoteFidelity, sumQuoteFidelity } from './quote-fidelity.mjs';
import { FLAGS, flagCheck, sumFlagChecks } from './flag-check.mjs';
import { evalTranslation } from './eval-translation.mjs';

// The refine passes' names, as lib/refine/index.ts lists them (read from the source: this script runs without tsx).
const PASS_NAMES = [...readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'lib', 'refine', 'index.ts'), 'utf8').matchAll(/^    name: '([a-z-]+)',$/gm)].map((m) => m[1]);

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const casesArg = args.indexOf('--cases');
const casesDir = resolve(casesArg >= 0 ? (args[casesArg + 1] ?? '') : join(root, 'seeds', 'cases'));
const bin = join(root, 'bin', 'claimdiff.mjs');
const { targets, floors, distractorFloors, cvFloors, quoteTargets, quoteFloors, flagTargets, flagFloors, translationFloors } = JSON.parse(readFileSync(join(root, 'scripts', 'eval-targets.json'), 'utf8'));
const skipArg = args.indexOf('--skip');
const skip = skipArg >= 0 ? (args[skipArg + 1] ?? '').split(',').filter(Boolean) : [];
const cv = args.includes('--cv');
const ablate = args.includes('--ablate');
// --semantic DIR: every CLI run also asks that semantic model (claimdiff align --model DIR), in the fit and the CV.
const semanticArg = args.indexOf('--semantic');
const semanticCli = semanticArg >= 0 ? ['--model', resolve(args[semanticArg + 1] ?? '')] : [];
const skipCli = skip.length ? ['--skip', skip.join(',')] : [];
const verifierArg = args.indexOf('--verifier');
const verifier = verifierArg >= 0 ? args[verifierArg + 1] : undefined;
if (verifier !== undefined && verifier !== 'oracle') {
  console.error(`eval: unknown verifier "${verifier}" (the eval knows "oracle", which answers from the gold labels)`);
  process.exit(2);
}

// Rebuild the bundle first (about 0.2 s): a stale dist/ would score yesterday's matcher.
const build = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0 || !existsSync(join(root, 'dist', 'claimdiff.mjs'))) {
  console.error('eval: could not build dist/claimdiff.mjs (node scripts/build-cli.mjs failed; run npm install first)');
  process.exit(2);
}
const names = readdirSync(casesDir)
  .filter((n) => statSync(join(casesDir, n)).isDirectory() && existsSync(join(casesDir, n, 'gold.json')))
  .sort();
if (names.length === 0) {
  console.error(`eval: no cases (folders with gold.json) in ${casesDir}`);
  process.exit(2);
}

const f3 = (x) => round(x).toFixed(3);
const zero = {
  links: { precision: 0, recall: 0, f1: 0 },
  omitted: { f1: 0 },
  added: { f1: 0 },
  kinds: { accuracy: 0 },
};
const rows = [];
const bands = new Map(); // band floor (0.3, 0.4, ...) -> { n, matched }

console.log(`claimdiff eval: ${names.length} cases in ${relative(root, casesDir) || '.'}`);
for (const name of names) {
  const row = runCase(name, join(casesDir, name), true);
  rows.push(row);
  printRow(row);
}
const means = meansOf(rows);
console.log(
  `${'mean'.padEnd(36)} links F1=${f3(means.links)} (target ${targets.links})  omitted F1=${f3(means.omitted)} (${targets.omitted})  ` +
    `added F1=${f3(means.added)} (${targets.added})  kind=${f3(means.kind)} (${targets.kind})`,
);

printQuotes('quote fidelity', means.quotes);
printFlags('flags', means.flags);
if (args.includes('--verbose')) for (const r of rows) for (const m of r.flags?.misses ?? []) console.log(`  ${r.name}: ${m}`);
if (args.includes('--verbose')) for (const r of rows) for (const m of r.quotes?.misses ?? []) console.log(`  ${r.name}: ${m}`);

printCalibration();

// The same cases with distractors: each source embedded between the other seed transcripts.
const distractorRows = [];
console.log('\nwith distractors: each source embedded in the middle of the seed transcripts it is not (scripts/distractor-cases.mjs)');
const distractors = writeDistractorCases(root, casesDir, names);
for (const [name, dir] of distractors.cases) {
  const row = runCase(name, dir, false);
  distractorRows.push(row);
  printRow(row);
}
rmSync(distractors.folder, { recursive: true, force: true });
const distractorMeans = distractorRows.length ? meansOf(distractorRows) : null;
if (distractorMeans)
  console.log(
    `${'mean'.padEnd(36)} links F1=${f3(distractorMeans.links)}  omitted F1=${f3(distractorMeans.omitted)}  added F1=${f3(distractorMeans.added)}  kind=${f3(distractorMeans.kind)}`,
  );

// The translation cases, their own group (translation mode, scripts/eval-translation.mjs); not with --cases.
const translation = casesArg >= 0 ? null : evalTranslation(root, bin);

let failed = crossCheck() || crossCheckQuotes() || crossCheckFlags();
// A CLI that fails or prints a bad span is a failure with or without --check.
const broken = [...rows, ...distractorRows].filter((r) => r.error).map((r) => r.name);
if (broken.length) {
  console.log(`eval: the CLI failed on ${broken.join(', ')} (see ERROR above)`);
  failed = true;
}
for (const k of ['links', 'omitted', 'added', 'kind']) {
  const met = round(means[k]) >= targets[k];
  console.log(`target ${k.padEnd(8)} ${f3(means[k])} ${met ? 'meets' : 'is below'} ${targets[k]}`);
}
if (check) {
  const misses = ['links', 'omitted', 'added', 'kind'].filter((k) => !(round(means[k]) >= floors[k]));
  for (const k of misses)
    console.log(`eval --check: mean ${k} ${f3(means[k])} fell below its floor ${floors[k]} (scripts/eval-targets.json)`);
  const distractorMisses = distractorMeans
    ? ['links', 'omitted', 'added', 'kind'].filter((k) => !(round(distractorMeans[k]) >= distractorFloors[k]))
    : [];
  for (const k of distractorMisses)
    console.log(
      `eval --check: mean ${k} with distractors ${f3(distractorMeans[k])} fell below its floor ${distractorFloors[k]} (scripts/eval-targets.json)`,
    );
  const q = means.quotes;
  const measureMisses = [
    ...(round(q.recall) < quoteFloors.recall ? [`quote recall ${f3(q.recall)} fell below its floor ${quoteFloors.recall}`] : []),
    ...(round(q.precision) < quoteFloors.precision ? [`quote precision ${f3(q.precision)} fell below its floor ${quoteFloors.precision}`] : []),
    ...(q.unsourcedAligned > quoteFloors.unsourcedAligned ? [`${q.unsourcedAligned} quotes the source does not hold were aligned (at most ${quoteFloors.unsourcedAligned})`] : []),
  ];
  const fl = means.flags.all;
  if (round(fl.precision) < flagFloors.precision) measureMisses.push(`flags precision ${f3(fl.precision)} fell below its floor ${flagFloors.precision}`);
  if (round(fl.recall) < flagFloors.recall) measureMisses.push(`flags recall ${f3(fl.recall)} fell below its floor ${flagFloors.recall}`);
  if (translation)
    for (const k of ['links', 'strict', 'gapOmitted', 'gapAdded'])
      if (round(translation.cv[k]) < translationFloors[k])
        measureMisses.push(`translation cv ${k} ${f3(translation.cv[k])} fell below its floor ${translationFloors[k]}`);
  for (const m of measureMisses) console.log(`eval --check: ${m} (scripts/eval-targets.json)`);
  if (misses.length || distractorMisses.length || measureMisses.length) failed = true;
  else console.log('eval --check: every mean is at or above its floor');
}
if (ablate) {
  console.log('\nablation: CV means with each refine pass off (a pass whose removal does not lower them should go)');
  const all = crossValidate(skip, false);
  const line = (label, m) => console.log(`${label.padEnd(24)} links F1=${f3(m.links)}  omitted F1=${f3(m.omitted)}  added F1=${f3(m.added)}  kind=${f3(m.kind)}`);
  line('all passes', all);
  for (const pass of PASS_NAMES.filter((p) => !skip.includes(p))) line(`without ${pass}`, crossValidate([...skip, pass], false));
}
if (cv) {
  console.log(`\ncross-validation: each case scored by a model fitted without its fold${skip.length ? ` (passes off: ${skip.join(', ')})` : ''}${verifier ? `, links decided by the ${verifier} verifier` : ''}`);
  const cvMeans = crossValidate(skip, true);
  for (const k of ['links', 'omitted', 'added', 'kind'])
    console.log(`  ${k.padEnd(8)} fit on all ${f3(means[k])}  cv ${f3(cvMeans[k])}  gap ${f3(means[k] - cvMeans[k])}  (target ${targets[k]})`);
  if (check) {
    const misses = ['links', 'omitted', 'added', 'kind'].filter((k) => !(round(cvMeans[k]) >= cvFloors[k]));
    for (const k of misses) console.log(`eval --cv --check: cv mean ${k} ${f3(cvMeans[k])} fell below its floor ${cvFloors[k]} (scripts/eval-targets.json)`);
    if (misses.length) failed = true;
    else console.log('eval --cv --check: every cv mean is at or above its floor');
  }
  if (verifier) {
    const plain = crossValidate(skip, false, null);
    console.log(`  gap to the ${verifier}: links ${f3(cvMeans.links - plain.links)} (default verifier cv ${f3(plain.links)}), omitted ${f3(cvMeans.omitted - plain.omitted)}, added ${f3(cvMeans.added - plain.added)}, kind ${f3(cvMeans.kind - plain.kind)}`);
  }
  printQuotes('cv quote fidelity', cvMeans.quotes);
  printFlags('cv flags', cvMeans.flags);
  console.log(`cv mean over ${names.length} cases: links F1=${f3(cvMeans.links)} omitted F1=${f3(cvMeans.omitted)} added F1=${f3(cvMeans.added)} kind acc=${f3(cvMeans.kind)}`);
}
process.exit(failed ? 1 : 0);

/**
 * Folds: cases that share a report or source file (same bytes) go together, and so do the groups listed in
 * folds.json beside the cases (cases about one event that share no file).
 */
function foldsOf() {
  const parent = new Map(names.map((n) => [n, n]));
  const find = (n) => (parent.get(n) === n ? n : find(parent.get(n)));
  const join2 = (a, b) => parent.set(find(a), find(b));
  const byHash = new Map();
  for (const n of names)
    for (const file of ['a.txt', 'b.txt']) {
      const h = createHash('sha256').update(readFileSync(join(casesDir, n, file))).digest('hex');
      if (byHash.has(h)) join2(n, byHash.get(h));
      else byHash.set(h, n);
    }
  const extra = join(casesDir, 'folds.json');
  if (existsSync(extra))
    for (const group of JSON.parse(readFileSync(extra, 'utf8')).together ?? [])
      for (const n of group.slice(1)) if (parent.has(n) && parent.has(group[0])) join2(n, group[0]);
  const folds = new Map();
  for (const n of names) {
    const r = find(n);
    if (!folds.has(r)) folds.set(r, []);
    folds.get(r).push(n);
  }
  return [...folds.values()];
}

/** Fits a model without each fold (scripts/train.ts --hold-out), scores the fold's cases with it, returns the means. */
function crossValidate(passesOff, print, withVerifier = verifier ?? null) {
  const folder = mkdtempSync(join(tmpdir(), 'claimdiff-cv-'));
  const cvRows = [];
  try {
    foldsOf().forEach((fold, k) => {
      const model = join(folder, `fold-${k}.json`);
      const off = passesOff.length ? ['--skip', passesOff.join(',')] : [];
      const train = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'train.ts'), '--cases', casesDir, '--hold-out', fold.join(','), '--out', model, ...off], {
        cwd: root,
        encoding: 'utf8',
      });
      if (train.status !== 0) throw new Error(`eval --cv: training without ${fold.join(', ')} failed: ${train.stderr || train.stdout}`);
      for (const name of fold) {
        const row = runCase(name, join(casesDir, name), false, ['--model', model, ...off], withVerifier);
        cvRows.push(row);
        if (print) printRow(row);
      }
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return meansOf(cvRows);
}

/** Runs the CLI on one case folder and scores it; a CLI failure scores zero and carries its message. */
/** `withVerifier`: a verifier name for scripts/align-case.ts, or null for the CLI with its default verifier. */
function runCase(name, dir, calibrate, extra = skipCli, withVerifier = verifier ?? null) {
  const t0 = performance.now();
  // The oracle is no CLI mode: the case is aligned in-process by scripts/align-case.ts.
  const command = withVerifier
    ? ['--import', 'tsx', join(root, 'scripts', 'align-case.ts'), dir, '--verifier', withVerifier, ...extra]
    : [bin, 'align', join(dir, 'a.txt'), join(dir, 'b.txt'), '--format', 'json', ...extra, ...semanticCli];
  try {
    const out = execFileSync(process.execPath, command, {
      encoding: 'utf8',
      maxBuffer: 256 << 20,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const ms = performance.now() - t0;
    const prediction = JSON.parse(out);
    if (calibrate) collectCalibration(dir, prediction);
    return { name, ...score(dir, prediction), quotes: quoteFidelity(dir, prediction), flags: flagCheck(dir, prediction), ms };
  } catch (error) {
    const message = String(error.stderr || error.message)
      .trim()
      .split('\n')[0]
      .slice(0, 200);
    return { name, ...zero, quotes: null, flags: null, ms: performance.now() - t0, error: message };
  }
}

function printRow(row) {
  console.log(
    `${row.name.padEnd(36)} links P=${f3(row.links.precision)} R=${f3(row.links.recall)} F1=${f3(row.links.f1)}  ` +
      `omitted F1=${f3(row.omitted.f1)}  added F1=${f3(row.added.f1)}  kind=${f3(row.kinds.accuracy)}  ${Math.round(row.ms)} ms` +
      (row.error ? `  ERROR ${row.error}` : ''),
  );
}

function meansOf(list) {
  const mean = (f) => list.reduce((s, r) => s + f(r), 0) / list.length;
  return {
    links: mean((r) => r.links.f1),
    omitted: mean((r) => r.omitted.f1),
    added: mean((r) => r.added.f1),
    kind: mean((r) => r.kinds.accuracy),
    quotes: sumQuoteFidelity(list.map((r) => r.quotes ?? { tp: 0, fp: 0, fn: 1, tn: 0, unsourced: 0, unsourcedAligned: 0 })),
    flags: sumFlagChecks(list.map((r) => r.flags)),
  };
}

function printFlags(label, f) {
  console.log(`${label}: per flag against the editors' labels (flags.json)`);
  for (const k of FLAGS) {
    const t = f.perFlag[k];
    console.log(`  ${k.padEnd(16)} labelled=${t.labelled} predicted=${t.predicted} tp=${t.tp} precision=${f3(t.precision)} recall=${f3(t.recall)}`);
  }
  console.log(`  flags precision=${f3(f.all.precision)} (target ${flagTargets.precision}) recall=${f3(f.all.recall)} (target ${flagTargets.recall})`);
}

function printQuotes(label, q) {
  console.log(
    `${label.padEnd(36)} quotes altered=${q.altered} exact=${q.exact} recall=${f3(q.recall)} (target ${quoteTargets.recall}) ` +
      `precision=${f3(q.precision)} (target ${quoteTargets.precision}) unsourced=${q.unsourced} unsourced_aligned=${q.unsourcedAligned} (target 0)`,
  );
}

/** Counts each predicted alignment into its score band and whether it matches a gold pair. */
function collectCalibration(dir, prediction) {
  const gold = readCase(dir);
  for (const a of prediction.alignments ?? []) {
    const band = Math.min(9, Math.floor(a.score * 10 + 1e-9)) / 10;
    const matched = gold.pairs.some((p) => spanOverlap(a.report, p.a) && spanOverlap(a.source, p.b));
    const b = bands.get(band) ?? { n: 0, matched: 0 };
    b.n++;
    b.matched += matched ? 1 : 0;
    bands.set(band, b);
  }
}

function printCalibration() {
  console.log('\ncalibration: share of predicted alignments that match a gold pair, per score band');
  const below = [...bands.keys()].filter((k) => k < 0.3);
  const shown = [...new Set([...below, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9])].sort((x, y) => x - y);
  for (const band of shown) {
    const b = bands.get(band) ?? { n: 0, matched: 0 };
    const label = `${band.toFixed(1)}-${(band + 0.1).toFixed(1)}`;
    const share = b.n ? `${Math.round((100 * b.matched) / b.n)}% match gold` : '-';
    console.log(`  ${label.padEnd(8)} ${String(b.n).padStart(4)} alignments  ${share}`);
  }
}

/** The CLI line the reference tools run for each case: the same options as the eval's own runs. */
function cliTemplate() {
  return `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} align {report} {source} --format json${[...skipCli, ...semanticCli].map((a) => ` ${JSON.stringify(a)}`).join('')}`;
}

/**
 * Runs one of ../shared/eval's measures (`NAME.mjs CASES_DIR 'COMMAND'`) over the same cases with the same CLI
 * command; null (and a note) when it is not beside the repository.
 */
function runSharedMeasure(name) {
  const reference = join(root, '..', 'shared', 'eval', `${name}.mjs`);
  if (!existsSync(reference)) {
    console.log(`reference ${name} not found (${reference}): cross-check skipped`);
    return null;
  }
  const cmd = cliTemplate();
  return spawnSync(process.execPath, [realpathSync(reference), casesDir, cmd], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** Runs ../shared/eval/flag-check.mjs over the same cases and compares its per-flag counts with ours; true on a mismatch. */
function crossCheckFlags() {
  const run = runSharedMeasure('flag-check');
  if (!run) return false;
  const theirs = new Map();
  for (const l of run.stdout.split('\n')) {
    const m = l.match(/^(\S+)\s+labelled=(\d+) predicted=(\d+) tp=(\d+)/);
    if (m) theirs.set(m[1], `${m[2]} ${m[3]} ${m[4]}`);
  }
  if (run.status !== 0 || theirs.size !== FLAGS.length) {
    console.log(`REFERENCE FLAG-CHECK FAILED (exit ${run.status}): ${(run.stderr || run.stdout).trim().split('\n')[0]}`);
    return true;
  }
  const bad = FLAGS.filter((f) => {
    const t = means.flags.perFlag[f];
    return `${t.labelled} ${t.predicted} ${t.tp}` !== theirs.get(f);
  });
  if (bad.length) {
    for (const f of bad) {
      const t = means.flags.perFlag[f];
      console.log(`FLAG SCORERS DISAGREE on ${f}: ours ${t.labelled} ${t.predicted} ${t.tp} vs ../shared/eval/flag-check.mjs ${theirs.get(f)} (labelled predicted tp)`);
    }
    return true;
  }
  console.log(`reference flag-check (../shared/eval/flag-check.mjs) agrees on all ${FLAGS.length} flags`);
  return false;
}

/** Runs ../shared/eval/quote-fidelity.mjs over the same cases and compares its totals with ours; true on a mismatch. */
function crossCheckQuotes() {
  const run = runSharedMeasure('quote-fidelity');
  if (!run) return false;
  const last = run.stdout.trim().split('\n').pop() ?? '';
  const m = last.match(/altered=(\d+) exact=(\d+) recall=([\d.]+) precision=([\d.]+) f1=[\d.]+ unsourced=(\d+) unsourced_aligned=(\d+)/);
  if (run.status !== 0 || !m) {
    console.log(`REFERENCE QUOTE-FIDELITY FAILED (exit ${run.status}): ${(run.stderr || last).trim().split('\n')[0]}`);
    return true;
  }
  const q = means.quotes;
  const ours = [q.altered, q.exact, f3(q.recall), f3(q.precision), q.unsourced, q.unsourcedAligned].join(' ');
  const theirs = [m[1], m[2], m[3], m[4], m[5], m[6]].join(' ');
  if (ours !== theirs) {
    console.log(`QUOTE SCORERS DISAGREE: ours ${ours} vs ../shared/eval/quote-fidelity.mjs ${theirs} (altered exact recall precision unsourced unsourced_aligned)`);
    return true;
  }
  console.log(`reference quote-fidelity (../shared/eval/quote-fidelity.mjs) agrees: ${theirs}`);
  return false;
}

/** Runs the reference scorer over the same cases and compares every printed figure; returns true on a mismatch. */
function crossCheck() {
  const reference = join(root, '..', 'shared', 'eval', 'score.mjs');
  if (!existsSync(reference)) {
    console.log(`\nreference scorer not found (${reference}): cross-check skipped`);
    return false;
  }
  const cmd = cliTemplate();
  // The scorer runs its main() only when argv[1] is its own resolved path, so resolve links (a linked ../shared).
  const run = spawnSync(process.execPath, [realpathSync(reference), '--cases', casesDir, '--cmd', cmd], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (run.status !== 0) {
    console.log(`\nREFERENCE SCORER FAILED (exit ${run.status}): ${run.stderr.trim().split('\n')[0]}`);
    return true;
  }
  const theirs = new Map();
  const line =
    /^(\S+)\s+links P=([\d.]+) R=([\d.]+) F1=([\d.]+)\s+omitted F1=([\d.]+)\s+added F1=([\d.]+)\s+kind acc=([\d.]+)/;
  for (const l of run.stdout.split('\n')) {
    const m = l.match(line);
    if (m) theirs.set(m[1], m.slice(2).map(Number));
  }
  const problems = [];
  for (const r of rows) {
    const ours = [r.links.precision, r.links.recall, r.links.f1, r.omitted.f1, r.added.f1, r.kinds.accuracy].map(round);
    const ref = theirs.get(r.name);
    if (!ref) problems.push(`${r.name}: missing from the reference scorer's output`);
    else if (ours.some((x, i) => x !== ref[i]))
      problems.push(`${r.name}: ours ${ours.join(' ')} vs reference ${ref.join(' ')} (P R F1 omitted added kind)`);
  }
  if (problems.length) {
    console.log('\nSCORERS DISAGREE: scripts/score.mjs and ../shared/eval/score.mjs give different figures');
    for (const p of problems) console.log(`  ${p}`);
    return true;
  }
  console.log(`\nreference scorer (../shared/eval/score.mjs) agrees on all ${rows.length} cases to 3 decimals`);
  return false;
}
