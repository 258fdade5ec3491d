// Logistic regression, binary and multinomial (softmax), fitted by full-batch gradient descent with L2
// regularisation on standardised features. Deterministic: no random start, no shuffling, a fixed number of
// steps, so the same data always gives the same weights. Small on purpose: the matcher's decisions have a
// few dozen features and a few thousand examples, where this fits in well under a second.

/** A fitted softmax model over named features. A binary model has two classes, the second being "yes". */
export interface LogisticModel {
  features: string[];
  classes: string[];
  /** Per feature: mean and scale used to standardise it before the weights apply. */
  mean: number[];
  scale: number[];
  /** weights[c][f] for class c and feature f; bias[c]. */
  weights: number[][];
  bias: number[];
}

export interface FitOptions {
  /** L2 penalty on the weights (not the bias). */
  l2?: number;
  steps?: number;
  rate?: number;
  /** Per-example weights (e.g. to balance classes); default 1 each. */
  exampleWeights?: number[];
}

/** Fits a softmax model. `rows[i]` is a feature vector in the order of `features`; `labels[i]` indexes `classes`. */
export function fitLogistic(features: string[], classes: string[], rows: number[][], labels: number[], options: FitOptions = {}): LogisticModel {
  const { l2 = 0.01, steps = 600, rate = 0.5 } = options;
  const n = rows.length;
  const F = features.length;
  const C = classes.length;
  if (labels.length !== n) throw new RangeError(`fitLogistic: ${n} rows but ${labels.length} labels`);
  for (const [i, row] of rows.entries()) if (row.length !== F) throw new RangeError(`fitLogistic: row ${i} has ${row.length} values, expected ${F}`);
  for (const y of labels) if (!(y >= 0 && y < C && Number.isInteger(y))) throw new RangeError(`fitLogistic: label ${y} is not a class index 0..${C - 1}`);
  const sampleWeight = options.exampleWeights ?? rows.map(() => 1);
  const totalWeight = sampleWeight.reduce((s, w) => s + w, 0) || 1;

  const mean = new Array<number>(F).fill(0);
  const scale = new Array<number>(F).fill(1);
  for (let f = 0; f < F; f++) {
    let m = 0;
    for (const row of rows) m += row[f]!;
    m = n ? m / n : 0;
    let v = 0;
    for (const row of rows) v += (row[f]! - m) ** 2;
    const sd = n ? Math.sqrt(v / n) : 0;
    mean[f] = m;
    scale[f] = sd > 1e-9 ? sd : 1;
  }
  const X = rows.map((row) => row.map((x, f) => (x - mean[f]!) / scale[f]!));
  const W = Array.from({ length: C }, () => new Array<number>(F).fill(0));
  const b = new Array<number>(C).fill(0);
  const gradW = Array.from({ length: C }, () => new Array<number>(F).fill(0));
  const gradB = new Array<number>(C).fill(0);
  const p = new Array<number>(C).fill(0);
  for (let step = 0; step < steps; step++) {
    for (let c = 0; c < C; c++) {
      gradW[c]!.fill(0);
      gradB[c] = 0;
    }
    for (let i = 0; i < n; i++) {
      softmaxInto(X[i]!, W, b, p);
      const w = sampleWeight[i]!;
      for (let c = 0; c < C; c++) {
        const g = w * (p[c]! - (labels[i] === c ? 1 : 0));
        gradB[c] = gradB[c]! + g;
        const row = X[i]!;
        const gw = gradW[c]!;
        for (let f = 0; f < F; f++) gw[f] = gw[f]! + g * row[f]!;
      }
    }
    for (let c = 0; c < C; c++) {
      b[c] = b[c]! - (rate * gradB[c]!) / totalWeight;
      const wc = W[c]!;
      for (let f = 0; f < F; f++) wc[f] = wc[f]! - rate * (gradW[c]![f]! / totalWeight + l2 * wc[f]!);
    }
  }
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return { features: [...features], classes: [...classes], mean: mean.map(round), scale: scale.map(round), weights: W.map((w) => w.map(round)), bias: b.map(round) };
}

/** Class probabilities for one feature record (missing features count as their training mean). */
export function predictProbabilities(model: LogisticModel, values: Readonly<Record<string, number>>): number[] {
  const x = model.features.map((name, f) => {
    const v = values[name];
    return v === undefined || !Number.isFinite(v) ? 0 : (v - model.mean[f]!) / model.scale[f]!;
  });
  const p = new Array<number>(model.classes.length).fill(0);
  softmaxInto(x, model.weights, model.bias, p);
  return p;
}

/** Probability of the last class ("yes") of a binary model. */
export function predictYes(model: LogisticModel, values: Readonly<Record<string, number>>): number {
  const p = predictProbabilities(model, values);
  return p[p.length - 1]!;
}

/** The most probable class name. */
export function predictClass(model: LogisticModel, values: Readonly<Record<string, number>>): string {
  const p = predictProbabilities(model, values);
  let best = 0;
  for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
  return model.classes[best]!;
}

function softmaxInto(x: readonly number[], W: readonly number[][], b: readonly number[], out: number[]): void {
  let top = -Infinity;
  for (let c = 0; c < W.length; c++) {
    let z = b[c]!;
    const w = W[c]!;
    for (let f = 0; f < x.length; f++) z += w[f]! * x[f]!;
    out[c] = z;
    if (z > top) top = z;
  }
  let sum = 0;
  for (let c = 0; c < W.length; c++) {
    out[c] = Math.exp(out[c]! - top);
    sum += out[c]!;
  }
  for (let c = 0; c < W.length; c++) out[c] = out[c]! / sum;
}
