// Fits the matcher's learned decisions (lib/learn/model.ts) on labelled cases. Stage by stage, because each
// decision's examples depend on the ones before: the link model on every candidate claim (labelled by whether
// it overlaps a gold pair on both sides), then, with that link model, the region model on every source sentence
// (in the gold covered part or not) and the kind model on every alignment that matches a gold pair.
// Deterministic: the same cases give the same model. Used by scripts/train.ts and by the eval's --cv.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignTexts } from '../lib/align.ts';
import { fitLogistic, predictYes, type LogisticModel } from '../lib/learn/logistic.ts';
import type { MatcherModel } from '../lib/learn/model.ts';
import type { Span } from '../lib/types.ts';
import { readCase } from './score.mjs';

interface Example {
  features: Record<string, number>;
  label: number;
  /** How much the example counts (its length in characters): long passages weigh more in word-level F1. */
  weight: number;
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const touches = (xs: readonly Span[], ys: readonly Span[]) => xs.some((x) => ys.some((y) => overlap(x, y) > 0));

interface LoadedCase {
  name: string;
  report: string;
  source: string;
  gold: ReturnType<typeof readCase>;
}

export function loadCase(casesDir: string, name: string): LoadedCase {
  const dir = join(casesDir, name);
  return { name, report: readFileSync(join(dir, 'a.txt'), 'utf8'), source: readFileSync(join(dir, 'b.txt'), 'utf8'), gold: readCase(dir) };
}

function linkExamples(c: LoadedCase, skip: readonly string[]): Example[] {
  const out: Example[] = [];
  alignTexts(c.report, c.source, {
    model: { version: 1 },
    skip,
    trace: {
      links: (items) => {
        for (const item of items) {
          const label = c.gold.pairs.some((p) => touches([item.report], p.a) && touches(item.source, p.b)) ? 1 : 0;
          out.push({ features: item.features, label, weight: Math.sqrt(item.report.end - item.report.start) });
        }
      },
    },
  });
  return out;
}

function laterExamples(c: LoadedCase, model: MatcherModel, skip: readonly string[]): { regions: Example[]; kinds: Example[] } {
  const regions: Example[] = [];
  const kinds: Example[] = [];
  const covered = [...c.gold.pairs.flatMap((p) => p.b), ...c.gold.omitted];
  alignTexts(c.report, c.source, {
    model,
    skip,
    trace: {
      regions: (items) => {
        for (const { sentence, features } of items) {
          const length = sentence.end - sentence.start;
          const inside = covered.reduce((t, s) => t + overlap(s, sentence), 0);
          regions.push({ features, label: inside >= 0.3 * length ? 1 : 0, weight: Math.sqrt(length) });
        }
      },
      kinds: (items) => {
        for (const item of items) {
          let best: { kind: string; o: number } | null = null;
          for (const p of c.gold.pairs) {
            if (!touches(item.source, p.b)) continue;
            const o = item.report.reduce((t, r) => t + p.a.reduce((u, a) => u + overlap(r, a), 0), 0);
            if (o > 0 && (!best || o > best.o)) best = { kind: p.kind, o };
          }
          if (best) kinds.push({ features: item.features, label: KIND_CLASSES.indexOf(best.kind), weight: 1 });
        }
      },
    },
  });
  return { regions, kinds };
}

const KIND_CLASSES = ['paraphrase', 'partial', 'quote'];

function fit(examples: Example[], classes: string[], balance: boolean): LogisticModel {
  const features = Object.keys(examples[0]!.features).sort();
  const counts = classes.map((_, c) => examples.filter((e) => e.label === c).length);
  // Balanced classes keep a rare "yes" from being ignored (the region model: most sentences of a long source lie
  // outside); the link model fits its plain classes, which scored higher under CV. The threshold is then chosen.
  const weights = examples.map((e) => e.weight * (balance ? examples.length / (classes.length * Math.max(1, counts[e.label]!)) : 1));
  return fitLogistic(features, classes, examples.map((e) => features.map((f) => e.features[f] ?? 0)), examples.map((e) => e.label), { exampleWeights: weights, l2: 0.02 });
}

/** The threshold on the "yes" probability with the best weighted F1 on the examples. */
function bestThreshold(model: LogisticModel, examples: Example[]): number {
  const scored = examples.map((e) => ({ p: predictYes(model, e.features), y: e.label, w: e.weight }));
  let best = { t: 0.5, f1: -1 };
  for (let t = 0.1; t <= 0.9001; t += 0.025) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const s of scored) {
      if (s.p >= t && s.y) tp += s.w;
      else if (s.p >= t) fp += s.w;
      else if (s.y) fn += s.w;
    }
    const f1 = tp > 0 ? (2 * tp) / (2 * tp + fp + fn) : 0;
    if (f1 > best.f1 + 1e-9) best = { t: Math.round(t * 1000) / 1000, f1 };
  }
  return best.t;
}

/** Fits every decision on the given cases. */
export function trainModel(cases: readonly LoadedCase[], skip: readonly string[] = [], fitKind = false): MatcherModel {
  const links = cases.flatMap((c) => linkExamples(c, skip));
  const linkModel = fit(links, ['no', 'yes'], false);
  const model: MatcherModel = { version: 1, link: { model: linkModel, threshold: bestThreshold(linkModel, links) } };
  const later = cases.map((c) => laterExamples(c, model, skip));
  const regions = later.flatMap((l) => l.regions);
  const kinds = later.flatMap((l) => l.kinds);
  const regionModel = fit(regions, ['out', 'in'], true);
  model.region = { model: regionModel, threshold: bestThreshold(regionModel, regions) };
  // Off by default: under cross-validation the kind model scored below the plain rule (see README).
  if (fitKind && new Set(kinds.map((k) => k.label)).size === KIND_CLASSES.length) model.kind = fit(kinds, KIND_CLASSES, false);
  model.about = `fitted by npm run train on ${cases.length} cases (${cases.map((c) => c.name).join(', ')}): ${links.length} candidate claims, ${regions.length} source sentences, ${kinds.length} alignments`;
  return model;
}
