#!/usr/bin/env node
// A copy of ../shared/eval/make-gaps.mjs, the reference generator, so `npm run eval` runs without ../shared.
// Makes a labelled case with known gaps from a labelled case: K gold pairs are cut out of the report (their source
// strings become `omitted`) and K others out of the source (their report strings become `added`). A translation
// audit's main finding is a sentence one version has and the other lacks; real cases hold few, so this makes them.
// usage: node make-gaps.mjs CASE_DIR OUT_DIR [--k 4] [--seed 1]   (OUT_DIR gets a.txt, b.txt, gold.json, meta.json)
import { readFileSync, writeFileSync, mkdirSync, existsSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
const args = process.argv.slice(2);
const [caseDir, outDir] = args;
const opt = (k, d) => (args.includes(k) ? Number(args[args.indexOf(k) + 1]) : d);
const K = opt('--k', 4);
let seed = opt('--seed', 1) >>> 0;
const rand = () => { seed = (seed + 0x6d2b79f5) >>> 0; let t = seed; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
let a = readFileSync(join(caseDir, 'a.txt'), 'utf8'), b = readFileSync(join(caseDir, 'b.txt'), 'utf8');
const gold = JSON.parse(readFileSync(join(caseDir, 'gold.json'), 'utf8'));
const count = (t, s) => { let n = 0; for (let i = t.indexOf(s); i >= 0; i = t.indexOf(s, i + 1)) n++; return n; };
// Candidates: pairs whose strings are unique, not shared with another pair, and not inside another gold string.
const bUses = new Map();
for (const p of gold.pairs) for (const s of p.b) bUses.set(s, (bUses.get(s) ?? 0) + 1);
const allStrings = [...gold.pairs.flatMap((p) => [p.a, ...p.b]), ...(gold.added ?? []).map((x) => x.a), ...(gold.omitted ?? []).map((x) => x.b)];
const nested = (s) => allStrings.some((t) => t !== s && (t.includes(s) || s.includes(t)));
const ok = gold.pairs.map((p, i) => i).filter((i) => {
  const p = gold.pairs[i];
  return count(a, p.a) === 1 && p.b.every((s) => count(b, s) === 1 && bUses.get(s) === 1 && !nested(s)) && !nested(p.a);
});
for (let i = ok.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [ok[i], ok[j]] = [ok[j], ok[i]]; }
// Never cut two neighbours: a gap of one sentence, not a run (runs are easy to see by length).
const picked = [];
for (const i of ok) if (picked.length < 2 * K && !picked.some((j) => Math.abs(i - j) <= 1)) picked.push(i);
const fromReport = new Set(picked.slice(0, K)), fromSource = new Set(picked.slice(K, 2 * K));
const cut = (text, s) => { const i = text.indexOf(s); let j = i + s.length; if (/[ \t]/.test(text[j] ?? '')) j++; return text.slice(0, i) + text.slice(j); };
const out = { pairs: [], added: [...(gold.added ?? [])], omitted: [...(gold.omitted ?? [])] };
gold.pairs.forEach((p, i) => {
  if (fromReport.has(i)) { a = cut(a, p.a); for (const s of p.b) out.omitted.push({ b: s, note: 'cut from the report (made gap)' }); }
  else if (fromSource.has(i)) { for (const s of p.b) b = cut(b, s); out.added.push({ a: p.a, note: 'its source cut (made gap)' }); }
  else out.pairs.push(p);
});
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'a.txt'), a);
writeFileSync(join(outDir, 'b.txt'), b);
writeFileSync(join(outDir, 'gold.json'), JSON.stringify(out, null, 2) + '\n');
if (existsSync(join(caseDir, 'meta.json'))) copyFileSync(join(caseDir, 'meta.json'), join(outDir, 'meta.json'));
console.log(`${outDir}: cut ${fromReport.size} pairs from the report, ${fromSource.size} from the source (of ${ok.length} eligible)`);
