// The promises lib/types.ts makes about a Segmentation, as one checker that throws on the first broken one:
// paragraphs, sentences and clauses are lossless (ordered, disjoint, only whitespace between and around them;
// clauses tile their sentence), and every other span lies inside the text where the types say it lies.
// The same checks as lib/segment/property.test.ts, kept here so the fuzz tests can run them on any text.
import assert from 'node:assert/strict';
import type { Segmentation, Span } from '../../lib/types.ts';

const isBlank = (s: string): boolean => /^\s*$/u.test(s);

/** An integer span with 0 <= start < end <= text length. */
export function assertSpan(length: number, span: Span, what: string): void {
  assert.ok(
    Number.isInteger(span.start) && Number.isInteger(span.end),
    `${what}: integer offsets ${JSON.stringify(span)}`,
  );
  assert.ok(
    span.start >= 0 && span.start < span.end && span.end <= length,
    `${what}: 0 <= start < end <= ${length}, got ${JSON.stringify(span)}`,
  );
}

/** Spans in order, none overlapping the one before; with `blank`, only whitespace before, between and after them. */
export function assertOrdered(text: string, spans: readonly Span[], what: string, blank: boolean): void {
  let at = 0;
  spans.forEach((span, k) => {
    assertSpan(text.length, span, `${what}[${k}]`);
    assert.ok(span.start >= at, `${what}[${k}]: starts at ${span.start}, before the previous end ${at}`);
    if (blank)
      assert.ok(
        isBlank(text.slice(at, span.start)),
        `${what}[${k}]: non-whitespace ${JSON.stringify(text.slice(at, span.start))} before it`,
      );
    at = span.end;
  });
  if (blank) assert.ok(isBlank(text.slice(at)), `${what}: non-whitespace after the last`);
}

const trimmed = (text: string, span: Span): boolean => !isBlank(text[span.start]!) && !isBlank(text[span.end - 1]!);

export function checkSegmentation(text: string, seg: Segmentation): void {
  assert.equal(seg.length, text.length, 'segmentation length');
  assertOrdered(text, seg.paragraphs, 'paragraphs', true);
  seg.paragraphs.forEach((p, k) => {
    assert.equal(p.index, k, `paragraphs[${k}].index`);
    assert.ok(trimmed(text, p), `paragraphs[${k}]: starts and ends on non-whitespace`);
  });

  assertOrdered(text, seg.sentences, 'sentences', true);
  seg.sentences.forEach((s, k) => {
    assert.equal(s.index, k, `sentences[${k}].index`);
    const p = seg.paragraphs[s.paragraph];
    assert.ok(p && s.start >= p.start && s.end <= p.end, `sentences[${k}]: inside its paragraph ${s.paragraph}`);
    assert.ok(trimmed(text, s), `sentences[${k}]: starts and ends on non-whitespace`);
  });

  assertOrdered(text, seg.clauses, 'clauses', true);
  let c = 0;
  for (const s of seg.sentences) {
    const own: Span[] = [];
    while (c < seg.clauses.length && seg.clauses[c]!.sentence === s.index) own.push(seg.clauses[c++]!);
    assert.ok(own.length > 0, `sentences[${s.index}]: has clauses`);
    assert.equal(own[0]!.start, s.start, `sentences[${s.index}]: its first clause starts it`);
    assert.equal(own[own.length - 1]!.end, s.end, `sentences[${s.index}]: its last clause ends it`);
  }
  assert.equal(c, seg.clauses.length, 'clauses belong to sentences, in order');
  seg.clauses.forEach((cl, k) => assert.equal(cl.index, k, `clauses[${k}].index`));

  assertOrdered(text, seg.turns, 'turns', false);
  let exchange = 0;
  seg.turns.forEach((t, k) => {
    assert.equal(t.index, k, `turns[${k}].index`);
    assert.ok(['question', 'answer', 'statement'].includes(t.role), `turns[${k}].role ${t.role}`);
    assert.ok(t.exchange >= exchange, `turns[${k}]: exchanges never go back`);
    exchange = t.exchange;
    if (t.label) {
      assertSpan(text.length, t.label, `turns[${k}].label`);
      assert.ok(t.label.start === t.start && t.label.end <= t.end, `turns[${k}]: the label opens the turn`);
      assert.ok(t.speaker !== null && t.speaker.length > 0, `turns[${k}]: a label names a speaker`);
    } else assert.equal(t.speaker, null, `turns[${k}]: no label, no speaker`);
  });

  assertOrdered(text, seg.quotes, 'quotes', false);
  seg.quotes.forEach((q, k) => {
    assertSpan(text.length, q.inner, `quotes[${k}].inner`);
    assert.ok(
      q.inner.start > q.start && q.inner.end <= q.end,
      `quotes[${k}]: inner inside outer, after the opening mark`,
    );
    assert.ok(
      seg.paragraphs.some((p) => q.start >= p.start && q.end <= p.end),
      `quotes[${k}]: inside a paragraph`,
    );
    assert.ok(q.parts.length > 0, `quotes[${k}]: has parts`);
    assertOrdered(text, q.parts, `quotes[${k}].parts`, false);
    for (const part of q.parts)
      assert.ok(part.start >= q.inner.start && part.end <= q.inner.end, `quotes[${k}]: parts inside inner`);
  });

  assertOrdered(text, seg.frames, 'frames', false);
  seg.frames.forEach((f, k) => {
    assert.ok(
      seg.sentences.some((s) => f.start >= s.start && f.end <= s.end),
      `frames[${k}]: inside a sentence`,
    );
    assert.ok(!seg.quotes.some((q) => f.start < q.end && q.start < f.end), `frames[${k}]: overlaps no quote`);
    assert.ok(['speaker', 'question', 'other'].includes(f.target), `frames[${k}].target ${f.target}`);
  });
}
