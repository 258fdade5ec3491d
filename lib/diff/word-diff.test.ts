import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffWords } from './word-diff.ts';
import { createVocabulary, joinCompounds, tokenizeText, type TokenSeq } from '../normalize/tokens.ts';
import type { DiffPart, Span } from '../types.ts';

function prepare(report: string, source: string) {
  const vocab = createVocabulary();
  const r = tokenizeText(report, vocab);
  const s = tokenizeText(source, vocab);
  return { vocab, r: joinCompounds(report, r, vocab), s: joinCompounds(source, s, vocab) };
}

const whole = (text: string): Span[] => [{ start: 0, end: text.length }];

/** The diff as jsdiff's tests show it: report wording, `<del>` source-only, `<ins>` report-only. */
function show(report: string, source: string, parts: DiffPart[]): string {
  return parts
    .map((p) =>
      p.op === 'same'
        ? report.slice(p.report.start, p.report.end)
        : p.op === 'added'
          ? `<ins>${report.slice(p.report.start, p.report.end)}</ins>`
          : `<del>${source.slice(p.source.start, p.source.end)}</del>`,
    )
    .join(' ');
}

function diffTexts(report: string, source: string, reportSpans = whole(report), sourceSpans = whole(source)): string {
  const { vocab, r, s } = prepare(report, source);
  return show(report, source, diffWords({ tokens: r, spans: reportSpans }, { tokens: s, spans: sourceSpans }, vocab));
}

test('diffWords: table', () => {
  const cases: Array<[string, string, string, string]> = [
    ['variants are no change', 'the U.S. plan', 'the United States plan', 'the U.S. plan'],
    ['articles ride with the next word', 'a plan by the US', 'plan by US', 'a plan by the US'],
    ['stems are no change', 'serious market distortions', 'seriously distort the market', 'serious <ins>market</ins> distortions <del>the market</del>'],
    ['a synonym is a change', 'cannot be manipulated', 'cannot be controlled', 'cannot be <ins>manipulated</ins> <del>controlled</del>'],
    ['a dropped word', 'it is contrary', 'it is completely contrary', 'it is <del>completely</del> contrary'],
    ['compounds are one word', 'cybersecurity issue', 'cyber security issue', 'cybersecurity issue'],
    ['nothing in common', 'alpha beta', 'gamma', '<ins>alpha beta</ins> <del>gamma</del>'],
  ];
  for (const [name, report, source, expected] of cases) assert.equal(diffTexts(report, source), expected, name);
});

test('diffWords: parts never cross from one span into the next', () => {
  const report = 'one two. three four.';
  const source = 'one two three four';
  const spans = [
    { start: 0, end: 8 },
    { start: 9, end: 20 },
  ];
  const { vocab, r, s } = prepare(report, source);
  const parts = diffWords({ tokens: r, spans }, { tokens: s, spans: whole(source) }, vocab);
  for (const p of parts) {
    if (p.op === 'omitted') continue;
    assert.ok(spans.some((sp) => p.report.start >= sp.start && p.report.end <= sp.end), JSON.stringify(p));
  }
});

/** Seeded PRNG (mulberry32) so failures reproduce. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function wordsIn(text: string, tokens: TokenSeq, spans: Span[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.count; i++) if (spans.some((s) => tokens.start[i]! >= s.start && tokens.end[i]! <= s.end)) out.push(text.slice(tokens.start[i]!, tokens.end[i]!));
  return out;
}

test('diffWords: the parts rebuild both passages (property, 1000 random pairs)', () => {
  const vocab = ['the', 'a', 'US', 'United', 'States', 'split', 'splitting', 'divide', 'not', 'never', '40', 'cyber', 'security', 'cybersecurity', 'plan', 'market', '中国', 'é'];
  const random = rng(7);
  const pick = () => vocab[Math.floor(random() * vocab.length)]!;
  const sentence = () => Array.from({ length: Math.floor(random() * 12) }, pick).join(random() < 0.5 ? ' ' : ', ');
  for (let n = 0; n < 1000; n++) {
    const report = sentence();
    const source = sentence();
    const { vocab: v, r, s } = prepare(report, source);
    const parts = diffWords({ tokens: r, spans: whole(report) }, { tokens: s, spans: whole(source) }, v);
    const reportParts = parts.flatMap((p) => (p.op === 'omitted' ? [] : [p.report]));
    const sourceParts = parts.flatMap((p) => (p.op === 'added' ? [] : [p.source]));
    assert.deepEqual(wordsIn(report, r, reportParts), wordsIn(report, r, whole(report)), `report ${JSON.stringify(report)}`);
    assert.deepEqual(wordsIn(source, s, sourceParts), wordsIn(source, s, whole(source)), `source ${JSON.stringify(source)}`);
    for (let k = 1; k < reportParts.length; k++) assert.ok(reportParts[k]!.start >= reportParts[k - 1]!.end, 'report parts in order');
    for (let k = 1; k < sourceParts.length; k++) assert.ok(sourceParts[k]!.start >= sourceParts[k - 1]!.end, 'source parts in order');
  }
});
