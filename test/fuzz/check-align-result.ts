// The promises lib/types.ts makes about an AlignResult, as one checker that throws on the first broken one.
//
// Spans: every span the result holds (alignment report/source spans, diff parts, flag evidence, added, omitted,
// regions) is an integer span with start < end inside its text; an alignment's spans on each side are in order
// and disjoint.
//
// Diffs rebuild both passages. lib/diff/word-diff.ts diffs the matcher's word tokens of the alignment's spans and
// lets each article (a, an, the) ride with the word after it, or join the last part of its span when no word
// follows, or form a part of its own when its span holds nothing else; so no word is dropped, articles included.
// Checked here without the matcher's tokeniser: a WORD is a CJK character, or a letter-led word or digit run that
// holds no CJK character, over the whole text (each lies inside one matcher token, which only adds dotted
// abbreviations, `1,000`-style numbers and joined names; CJK characters count one by one because a run of them is
// a clause, whose words a translation's marks pick out: lib/translate/cross-diff.ts). For each side, the diff parts that have that side, in
// diff order, must be ordered and disjoint, each inside one of the alignment's spans of that side, and the WORDs
// lying wholly inside them must be exactly the WORDs lying wholly inside the alignment's spans, in order.
import assert from 'node:assert/strict';
import type { AlignResult, AlignmentKind, DiffPart, Span } from '../../lib/types.ts';
import { assertSpan } from './check-segmentation.ts';
import { FLAG_ORDER } from '../../lib/flag-order.ts';

const KINDS: readonly AlignmentKind[] = ['quote', 'paraphrase', 'partial'];
const FLAGS = FLAG_ORDER;
const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
const WORD = new RegExp(String.raw`[${CJK}]|\p{L}(?:(?![${CJK}])[\p{L}\p{M}\p{N}'’])*|\p{N}+`, 'gu');

/** The WORDs of a text as parallel start/end arrays, found once per text. */
export interface WordIndex {
  text: string;
  start: number[];
  end: number[];
}

export function indexWords(text: string): WordIndex {
  const start: number[] = [];
  const end: number[] = [];
  for (const m of text.matchAll(WORD)) {
    start.push(m.index);
    end.push(m.index + m[0].length);
  }
  return { text, start, end };
}

/** Indices of the WORDs lying wholly inside the spans, span by span. */
function wordsInside(words: WordIndex, spans: readonly Span[]): number[] {
  const out: number[] = [];
  for (const span of spans) {
    let lo = 0;
    let hi = words.start.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words.start[mid]! < span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < words.start.length && words.start[i]! < span.end; i++)
      if (words.end[i]! <= span.end) out.push(i);
  }
  return out;
}

const show = (words: WordIndex, list: readonly number[]): string =>
  JSON.stringify(list.map((i) => words.text.slice(words.start[i]!, words.end[i]!)).slice(0, 40));

function assertOrderedSpans(spans: readonly Span[], what: string): void {
  for (let k = 1; k < spans.length; k++)
    assert.ok(
      spans[k]!.start >= spans[k - 1]!.end,
      `${what}: span ${k} ${JSON.stringify(spans[k])} starts before span ${k - 1} ${JSON.stringify(spans[k - 1])} ends`,
    );
}

/** The side's parts are ordered, inside the passage, and carry exactly its WORDs. */
function assertRebuilds(words: WordIndex, passage: readonly Span[], parts: readonly Span[], what: string): void {
  assertOrderedSpans(parts, `${what} diff parts`);
  for (const p of parts)
    assert.ok(
      passage.some((s) => p.start >= s.start && p.end <= s.end),
      `${what} diff part ${JSON.stringify(p)} ${JSON.stringify(words.text.slice(p.start, p.end))} lies outside the alignment's spans ${JSON.stringify(passage)}`,
    );
  const expected = wordsInside(words, passage);
  const got = wordsInside(words, parts);
  if (got.length !== expected.length || got.some((w, k) => w !== expected[k])) {
    const missing = expected.filter((w) => !got.includes(w));
    const extra = got.filter((w) => !expected.includes(w));
    assert.fail(
      `${what} diff does not rebuild the passage: missing ${show(words, missing)}, extra ${show(words, extra)}, passage ${show(words, expected)}`,
    );
  }
}

const reportSide = (d: DiffPart): Span | undefined => (d.op === 'omitted' ? undefined : d.report);
const sourceSide = (d: DiffPart): Span | undefined => (d.op === 'added' ? undefined : d.source);

export function checkAlignResult(report: WordIndex, source: WordIndex, result: AlignResult): void {
  const R = report.text.length;
  const S = source.text.length;
  assert.equal(result.version, 1, 'version');
  assert.equal(result.report.length, R, 'report.length');
  assert.equal(result.source.length, S, 'source.length');
  result.added.forEach((s, k) => assertSpan(R, s, `added[${k}]`));
  result.omitted.forEach((s, k) => assertSpan(S, s, `omitted[${k}]`));
  (result.quotes ?? []).forEach((q, k) => {
    const at = `quotes[${k}]`;
    assert.ok(q.report.length > 0, `${at}: a quote has its words`);
    for (const s of [...q.report, ...q.unfound, ...q.inserted]) assertSpan(R, s, `${at} report`);
    for (const s of [...q.source, ...q.hidden]) assertSpan(S, s, `${at} source`);
    assert.ok(q.alignment === null || (Number.isInteger(q.alignment) && q.alignment >= 0 && q.alignment < result.alignments.length), `${at}.alignment ${q.alignment}`);
    if (q.verdict === 'exact' || q.verdict === 'elided') assert.ok(!q.flag || q.inserted.length > 0, `${at}: an exact quote is flagged only for words put in with brackets`);
  });
  result.regions.forEach((s, k) => assertSpan(S, s, `regions[${k}]`));

  result.alignments.forEach((a, k) => {
    const at = `alignments[${k}]`;
    assert.ok(a.report.length > 0 && a.source.length > 0, `${at}: spans on both sides`);
    a.report.forEach((s, j) => assertSpan(R, s, `${at}.report[${j}]`));
    a.source.forEach((s, j) => assertSpan(S, s, `${at}.source[${j}]`));
    assertOrderedSpans(a.report, `${at}.report`);
    assertOrderedSpans(a.source, `${at}.source`);
    assert.ok(KINDS.includes(a.kind), `${at}.kind ${String(a.kind)}`);
    assert.ok(Number.isFinite(a.score) && a.score >= 0 && a.score <= 1, `${at}.score ${a.score} in [0, 1]`);

    const order = a.flags.map((f) => FLAGS.indexOf(f));
    assert.ok(
      order.every((i, j) => i >= 0 && (j === 0 || i > order[j - 1]!)),
      `${at}.flags ${JSON.stringify(a.flags)}: known, unique, in union order`,
    );
    for (const d of a.flagDetails) {
      // A withheld detail explains strength that changed both ways: then neither strength flag is raised.
      if (d.withheld) assert.ok(!a.flags.includes('sharpened') && !a.flags.includes('softened'), `${at}.flagDetails: withheld ${d.flag} beside a raised strength flag`);
      else assert.ok(a.flags.includes(d.flag), `${at}.flagDetails: ${d.flag} not among the flags`);
      if (d.report) assertSpan(R, d.report, `${at}.flagDetails ${d.flag} report`);
      if (d.source) assertSpan(S, d.source, `${at}.flagDetails ${d.flag} source`);
    }
    for (const f of a.flags)
      assert.ok(
        a.flagDetails.some((d) => d.flag === f),
        `${at}: flag ${f} has no evidence`,
      );

    a.diff.forEach((d, j) => {
      assert.ok(
        d.op === 'same' || d.op === 'added' || d.op === 'omitted',
        `${at}.diff[${j}].op ${String((d as DiffPart).op)}`,
      );
      const r = reportSide(d);
      const s = sourceSide(d);
      if (r) assertSpan(R, r, `${at}.diff[${j}].report`);
      if (s) assertSpan(S, s, `${at}.diff[${j}].source`);
    });
    assertRebuilds(
      report,
      a.report,
      a.diff.flatMap((d) => reportSide(d) ?? []),
      `${at} report`,
    );
    assertRebuilds(
      source,
      a.source,
      a.diff.flatMap((d) => sourceSide(d) ?? []),
      `${at} source`,
    );
  });
}
