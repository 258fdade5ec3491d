// The alignment a measure reads for one gold pair (the rule of ../shared/eval/quote-fidelity.mjs and
// flag-check.mjs): among the predicted alignments that link into the pair's source strings, the one whose report
// spans cover most of the pair's report string; undefined when none does.
const ov = (x, y) => Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));

export function goldAlignment(prediction, a, b, pair) {
  const ga = { start: a.indexOf(pair.a), end: a.indexOf(pair.a) + pair.a.length };
  const gb = pair.b.map((s) => ({ start: b.indexOf(s), end: b.indexOf(s) + s.length }));
  return (prediction.alignments ?? [])
    .filter((x) => x.source.some((s) => gb.some((g) => ov(s, g) > 0)))
    .map((x) => ({ x, cover: x.report.reduce((t, s) => t + ov(s, ga), 0) }))
    .filter((y) => y.cover > 0)
    .sort((u, v) => v.cover - u.cover)[0]?.x;
}
