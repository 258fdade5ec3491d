// Property test: for ~2000 generated texts (random mixes of words, abbreviations, punctuation, quote marks, line
// breaks, labels, CJK and emoji, from a seeded PRNG), segmentDocument never throws and every invariant the types
// promise holds. A failure prints the seed and the text, so it can be replayed as a table case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Segmentation, Span } from '../types.ts';
import { segmentDocument } from './index.ts';

// mulberry32: a tiny seeded PRNG, so every run tests the same inputs.
function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'the',
  'said',
  'Wang',
  'Zhao Lijian',
  'he',
  'United States',
  'U.S.',
  'Dec.',
  'Mr.',
  'No.',
  '9',
  '5.31',
  'e.g.',
  'J.',
  'etc.',
  'adding that',
  'according to reports',
  'when asked about',
  'and',
  'but',
  'which',
  'accused',
  'is',
  '.',
  '.',
  ',',
  ',',
  ';',
  ':',
  '!',
  '?',
  '…',
  '...',
  '—',
  ' – ',
  '--',
  '"',
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '«',
  '»',
  '「',
  '」',
  '(',
  ')',
  '[',
  ']',
  '[…]',
  '[a]',
  '\n',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '  ',
  '\t',
  '\u00a0',
  'Wang Wenbin: ',
  'Q ',
  'A ',
  'MS. PSAKI: ',
  'Reuters reporter: ',
  '* ',
  '- ',
  '10:30',
  '中国',
  '外交部',
  '。',
  '，',
  '！',
  '？',
  '：',
  '🎉',
  '👍🏽',
  '\ud83d',
  'é',
  'Ünïcödé',
  '0',
];

function generateText(random: () => number): string {
  const n = Math.floor(random() * 60);
  let text = '';
  for (let k = 0; k < n; k++) {
    const piece = PIECES[Math.floor(random() * PIECES.length)]!;
    text += piece + (random() < 0.6 ? ' ' : '');
  }
  return text;
}

const isBlank = (s: string): boolean => /^\s*$/u.test(s);

function assertSpan(text: string, span: Span, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
  assert.ok(span.start >= 0 && span.start < span.end && span.end <= text.length, `${what}: 0 <= start < end <= length`);
}

function assertOrdered(text: string, spans: readonly Span[], what: string, gapsBlank: boolean): void {
  let at = 0;
  for (const span of spans) {
    assertSpan(text, span, what);
    assert.ok(span.start >= at, `${what}: ordered and not overlapping`);
    if (gapsBlank) assert.ok(isBlank(text.slice(at, span.start)), `${what}: only whitespace between`);
    at = span.end;
  }
  if (gapsBlank) assert.ok(isBlank(text.slice(at)), `${what}: only whitespace after the last`);
}

const trimmed = (text: string, span: Span): boolean => !isBlank(text[span.start]!) && !isBlank(text[span.end - 1]!);

function checkSegmentation(text: string, seg: Segmentation): void {
  assert.equal(seg.length, text.length);
  assertOrdered(text, seg.paragraphs, 'paragraphs', true);
  seg.paragraphs.forEach((p, k) => {
    assert.equal(p.index, k);
    assert.ok(trimmed(text, p), 'paragraphs start and end on non-whitespace');
  });
  assertOrdered(text, seg.sentences, 'sentences', true);
  seg.sentences.forEach((s, k) => {
    assert.equal(s.index, k);
    const p = seg.paragraphs[s.paragraph];
    assert.ok(p && s.start >= p.start && s.end <= p.end, 'sentences stay inside their paragraph');
    assert.ok(trimmed(text, s), 'sentences start and end on non-whitespace');
  });
  assertOrdered(text, seg.clauses, 'clauses', true);
  let c = 0;
  for (const s of seg.sentences) {
    const own = [];
    while (c < seg.clauses.length && seg.clauses[c]!.sentence === s.index) own.push(seg.clauses[c++]!);
    assert.ok(own.length > 0, 'every sentence has clauses');
    assert.equal(own[0]!.start, s.start, 'first clause starts the sentence');
    assert.equal(own[own.length - 1]!.end, s.end, 'last clause ends the sentence');
  }
  assert.equal(c, seg.clauses.length, 'clauses belong to sentences, in order');
  seg.clauses.forEach((cl, k) => assert.equal(cl.index, k));
  assertOrdered(text, seg.turns, 'turns', false);
  let exchange = 0;
  seg.turns.forEach((t, k) => {
    assert.equal(t.index, k);
    assert.ok(['question', 'answer', 'statement'].includes(t.role));
    assert.ok(t.exchange >= exchange, 'exchanges never go back');
    exchange = t.exchange;
    if (t.label) {
      assertSpan(text, t.label, 'label');
      assert.equal(t.label.start, t.start);
      assert.ok(t.label.end <= t.end);
      assert.ok(t.speaker !== null && t.speaker.length > 0);
    } else assert.equal(t.speaker, null);
  });
  assertOrdered(text, seg.quotes, 'quotes', false);
  for (const q of seg.quotes) {
    assertSpan(text, q.inner, 'quote inner');
    assert.ok(q.inner.start > q.start && q.inner.end <= q.end, 'inner inside outer, after the opening mark');
    assert.ok(
      seg.paragraphs.some((p) => q.start >= p.start && q.end <= p.end),
      'quotes stay inside a paragraph',
    );
    assert.ok(q.parts.length > 0, 'a quote has parts');
    assertOrdered(text, q.parts, 'parts', false);
    for (const part of q.parts) assert.ok(part.start >= q.inner.start && part.end <= q.inner.end, 'parts inside inner');
  }
  assertOrdered(text, seg.frames, 'frames', false);
  for (const f of seg.frames) {
    assert.ok(
      seg.sentences.some((s) => f.start >= s.start && f.end <= s.end),
      'frames stay inside a sentence',
    );
    assert.ok(!seg.quotes.some((q) => f.start < q.end && q.start < f.end), 'frames never overlap a quote');
    assert.ok(['speaker', 'question', 'other'].includes(f.target));
  }
}

test('segmentDocument: invariants hold for 2000 generated texts', () => {
  const random = createRandom(20211209);
  for (let n = 0; n < 2000; n++) {
    const text = generateText(random);
    try {
      checkSegmentation(text, segmentDocument(text));
    } catch (error) {
      assert.fail(`input ${n} ${JSON.stringify(text)}: ${(error as Error).message}`);
    }
  }
});
