#!/usr/bin/env node
// The project's scorer: a faithful copy of the reference algorithm in ../shared/eval/score.mjs (same word regex,
// same link, omitted, added and kind computations), so the project scores itself without ../shared.
// `npm run eval` runs both when ../shared is present and fails if they disagree; scripts/score.test.ts checks
// them against each other on synthetic predictions. Change nothing here without changing it there.
// usage: node scripts/score.mjs CASE_DIR PREDICTION.json   (prints JSON metrics; last line "f1=...")
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const WORD = /\p{L}[\p{L}\p{M}\p{N}'’-]*|\p{N}[\p{N}.,]*/gu;
export const words = (text) => [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

function findAll(text, s) {
  const out = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) out.push(i);
  return out;
}
function locate(text, s, file) {
  const hits = findAll(text, s);
  if (hits.length === 0) throw new Error(`gold string not found in ${file}: ${s.slice(0, 80)}`);
  return { start: hits[0], end: hits[0] + s.length };
}
const overlaps = (w, spans) => spans.some((s) => w.start < s.end && s.start < w.end);
const inside = (w, spans) => spans.some((s) => w.start >= s.start && w.end <= s.end) || overlaps(w, spans);
/** True when some span of `xs` overlaps some span of `ys`. */
export const spanOverlap = (xs, ys) => xs.some((x) => ys.some((y) => x.start < y.end && y.start < x.end));

function validSpans(list, len, what) {
  if (!Array.isArray(list)) throw new Error(`${what} must be a list of spans`);
  for (const s of list) {
    if (!Number.isInteger(s?.start) || !Number.isInteger(s?.end) || s.start < 0 || s.end > len || s.start >= s.end)
      throw new Error(`${what}: bad span ${JSON.stringify(s)} (text length ${len})`);
  }
  return list;
}

/**
 * Reads a case folder: the texts and the gold located as spans (first occurrence of each string, as the
 * reference does). pairs: [{a: [span], b: [span...], kind}], added: [span of a], omitted: [span of b].
 */
export function readCase(caseDir) {
  const a = readFileSync(join(caseDir, 'a.txt'), 'utf8');
  const b = readFileSync(join(caseDir, 'b.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(join(caseDir, 'gold.json'), 'utf8'));
  const pairs = gold.pairs.map((p) => ({
    a: [locate(a, p.a, 'a.txt')],
    b: p.b.map((s) => locate(b, s, 'b.txt')),
    kind: p.kind,
  }));
  const omitted = (gold.omitted ?? []).map((o) => locate(b, o.b, 'b.txt'));
  const added = (gold.added ?? []).map((o) => locate(a, o.a, 'a.txt'));
  return { a, b, pairs, added, omitted };
}

/** Scores a prediction (the `align --format json` contract) against the case's gold; throws on a bad span. */
export function score(caseDir, pred) {
  const { a, b, pairs: gPairs, added: gAdded, omitted: gOmitted } = readCase(caseDir);
  const pPairs = (pred.alignments ?? []).map((p, i) => ({
    a: validSpans(p.report, a.length, `alignments[${i}].report`),
    b: validSpans(p.source, b.length, `alignments[${i}].source`),
    kind: p.kind,
  }));
  // A word is linked to the union of the other side's spans of every pair that covers it.
  const side = (text, key, other) => {
    let predLinked = 0, goldLinked = 0, correct = 0;
    for (const w of words(text)) {
      const g = gPairs.filter((p) => inside(w, p[key])).flatMap((p) => p[other]);
      const q = pPairs.filter((p) => inside(w, p[key])).flatMap((p) => p[other]);
      if (g.length) goldLinked++;
      if (q.length) predLinked++;
      if (g.length && q.length && spanOverlap(g, q)) correct++;
    }
    return { predLinked, goldLinked, correct };
  };
  const ra = side(a, 'a', 'b');
  const rb = side(b, 'b', 'a');
  const prf = (c, p, g) => {
    const precision = p ? c / p : g ? 0 : 1;
    const recall = g ? c / g : 1;
    return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  };
  const links = prf(ra.correct + rb.correct, ra.predLinked + rb.predLinked, ra.goldLinked + rb.goldLinked);
  // Omissions: source words the gold lists as omitted vs those the prediction lists.
  const spanSet = (text, gs, ps) => {
    let g = 0, p = 0, c = 0;
    for (const w of words(text)) {
      const inG = overlaps(w, gs), inP = overlaps(w, ps);
      g += inG; p += inP; c += inG && inP;
    }
    return prf(c, p, g);
  };
  const omitted = spanSet(b, gOmitted, validSpans(pred.omitted ?? [], b.length, 'omitted'));
  const added = spanSet(a, gAdded, validSpans(pred.added ?? [], a.length, 'added'));
  // Kind: for each gold pair, the predicted alignment that covers most of its report span
  // and links to its source must carry the same kind (quote / paraphrase / partial).
  const len = (x, ys) => ys.reduce((t, y) => t + Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start)), 0);
  let kindRight = 0;
  for (const g of gPairs) {
    const best = pPairs
      .filter((p) => spanOverlap(p.b, g.b))
      .map((p) => ({ p, cover: len(g.a[0], p.a) }))
      .filter((x) => x.cover > 0)
      .sort((x, y) => y.cover - x.cover)[0];
    if (best && best.p.kind === g.kind) kindRight++;
  }
  const kinds = { accuracy: gPairs.length ? kindRight / gPairs.length : 1 };
  return { links, omitted, added, kinds };
}

/** Rounds a figure to 3 decimals, as both scorers print them. */
export const round = (x) => Math.round(x * 1000) / 1000;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [caseDir, predFile] = process.argv.slice(2);
  if (!caseDir || !predFile) {
    console.error('usage: node scripts/score.mjs CASE_DIR PREDICTION.json');
    process.exit(2);
  }
  const r = score(caseDir, JSON.parse(readFileSync(predFile, 'utf8')));
  console.log(JSON.stringify(r, null, 2));
  console.log(`f1=${round(r.links.f1)}`);
}
