#!/usr/bin/env node
// A copy of ../shared/eval/strict-pairs.mjs, the reference measure, so `npm run eval` runs without ../shared; its
// measure is also exported (strictPairs) for the translation trainer, which scores many settings in-process.
// Strict pair scoring, for translation audits (and any case): does each predicted alignment pair the same units as
// a gold pair? The links score of score.mjs counts a word right whenever its link sets overlap, so coarse groupings
// cost little; this one counts a gold pair found only when one alignment covers about the same words on both sides.
// Units: a word (score.mjs's pattern) or, in CJK scripts, one character. A gold pair is found by an alignment when the
// Jaccard overlap of their report units and of their source units are both >= 0.7 (gold source = all its b strings).
// Precision: alignments that find a gold pair / alignments that touch gold-paired report text; recall: gold pairs found.
// usage: node strict-pairs.mjs --cases DIR --cmd 'npx --no-install claimdiff align {report} {source} --format json'
// Last line: "strict mean over N cases: pairs P=… R=… F1=…".
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
const UNIT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|\p{L}[\p{L}\p{M}\p{N}'’-]*|\p{N}[\p{N}.,]*/gu;
const units = (text) => [...text.matchAll(UNIT)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
const locate = (text, s) => { const i = text.indexOf(s); if (i < 0) throw new Error(`gold string not found: ${s.slice(0, 60)}`); return { start: i, end: i + s.length }; };
function unitSet(us, spans) {
  const out = new Set();
  us.forEach((u, i) => { if (spans.some((s) => u.start < s.end && s.start < u.end)) out.add(i); });
  return out;
}
const jaccard = (x, y) => { let n = 0; for (const v of x) if (y.has(v)) n++; const u = x.size + y.size - n; return u ? n / u : 0; };

/** The strict pair figures of one case (folder with a.txt, b.txt, gold.json) for a prediction (the JSON contract). */
export function strictPairs(caseDir, pred) {
  const a = readFileSync(join(caseDir, 'a.txt'), 'utf8'), b = readFileSync(join(caseDir, 'b.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(join(caseDir, 'gold.json'), 'utf8'));
  const ua = units(a), ub = units(b);
  const g = gold.pairs.map((p) => ({ A: unitSet(ua, [locate(a, p.a)]), B: unitSet(ub, p.b.map((s) => locate(b, s))) }));
  const goldA = new Set(g.flatMap((x) => [...x.A]));
  const p = (pred.alignments ?? []).map((x) => ({ A: unitSet(ua, x.report), B: unitSet(ub, x.source) })).filter((x) => [...x.A].some((i) => goldA.has(i)));
  const found = new Set(), good = new Set();
  p.forEach((x, j) => g.forEach((y, i) => { if (jaccard(x.A, y.A) >= 0.7 && jaccard(x.B, y.B) >= 0.7) { found.add(i); good.add(j); } }));
  const P = p.length ? good.size / p.length : g.length ? 0 : 1, R = g.length ? found.size / g.length : 1;
  const F = P + R ? (2 * P * R) / (P + R) : 0;
  return { P, R, F, gold: g.length, predicted: p.length, found: found.size };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const dir = argv[argv.indexOf('--cases') + 1], cmd = argv[argv.indexOf('--cmd') + 1];
  const rows = [];
  for (const name of readdirSync(dir).sort()) {
    const c = join(dir, name);
    if (!existsSync(join(c, 'gold.json'))) continue;
    const line = cmd.replaceAll('{report}', JSON.stringify(join(c, 'a.txt'))).replaceAll('{source}', JSON.stringify(join(c, 'b.txt')));
    let pred;
    try { pred = JSON.parse(execSync(line, { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] })); } catch (e) { pred = { alignments: [] }; }
    const r = strictPairs(c, pred);
    rows.push(r);
    console.log(`${name.padEnd(44)} pairs gold=${r.gold} predicted=${r.predicted} found=${r.found}  P=${r.P.toFixed(3)} R=${r.R.toFixed(3)} F1=${r.F.toFixed(3)}`);
  }
  const mean = (k) => rows.reduce((s, r) => s + r[k], 0) / (rows.length || 1);
  console.log(`strict mean over ${rows.length} cases: pairs P=${mean('P').toFixed(3)} R=${mean('R').toFixed(3)} F1=${mean('F').toFixed(3)}`);
}
