// Flag accuracy, the measure of ../shared/eval/flag-check.mjs as a function over one case and its prediction, so
// `npm run eval` counts it from the same CLI runs as the other figures (and cross-checks it against that script).
// Truth: the case's flags.json names, by the exact `a` string of a gold pair, the flags that pair carries; pairs not
// listed carry none. Prediction: the alignment covering most of the gold report span that links into the gold
// source; its flags among the four. Cases without flags.json are not scored.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { goldAlignment } from './gold-alignment.mjs';

export const FLAGS = ['number-changed', 'negation-changed', 'sharpened', 'softened'];
const emptyTally = () => Object.fromEntries(FLAGS.map((f) => [f, { labelled: 0, predicted: 0, tp: 0 }]));

/** Per flag: labelled, predicted and true-positive counts for one case, or null when it has no flags.json. */
export function flagCheck(dir, prediction) {
  if (!existsSync(join(dir, 'flags.json'))) return null;
  const a = readFileSync(join(dir, 'a.txt'), 'utf8');
  const b = readFileSync(join(dir, 'b.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'));
  const labels = JSON.parse(readFileSync(join(dir, 'flags.json'), 'utf8'));
  const truth = new Map(labels.pairs.map((l) => [l.a, new Set(l.flags.filter((f) => FLAGS.includes(f)))]));
  const tally = emptyTally();
  const misses = [];
  for (const p of gold.pairs) {
    const want = truth.get(p.a) ?? new Set();
    const best = goldAlignment(prediction, a, b, p);
    const got = new Set((best?.flags ?? []).filter((f) => FLAGS.includes(f)));
    for (const f of FLAGS) {
      const w = want.has(f), g = got.has(f);
      if (w) tally[f].labelled++;
      if (g) tally[f].predicted++;
      if (w && g) tally[f].tp++;
      if (w !== g) misses.push(`${w ? `${f} missed` : `${f} raised, not labelled`}${best ? '' : ' (not aligned)'}: ${p.a.slice(0, 90)}`);
    }
  }
  return { tally, misses };
}

const prf = ({ labelled, predicted, tp }) => ({
  precision: predicted ? tp / predicted : 1,
  recall: labelled ? tp / labelled : 1,
});

/** Totals over cases: per flag and over the four together (micro-averaged), with precision and recall. */
export function sumFlagChecks(list) {
  const tally = emptyTally();
  for (const c of list) if (c) for (const f of FLAGS) for (const k of ['labelled', 'predicted', 'tp']) tally[f][k] += c.tally[f][k];
  const all = FLAGS.reduce((s, f) => ({ labelled: s.labelled + tally[f].labelled, predicted: s.predicted + tally[f].predicted, tp: s.tp + tally[f].tp }), { labelled: 0, predicted: 0, tp: 0 });
  return { perFlag: Object.fromEntries(FLAGS.map((f) => [f, { ...tally[f], ...prf(tally[f]) }])), all: { ...all, ...prf(all) } };
}
