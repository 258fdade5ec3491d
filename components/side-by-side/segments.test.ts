import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cutSegments, type MarkSpec, type ParagraphNode, type SegmentNode } from './segments.ts';
import type { Span } from '../../lib/types.ts';

const TAG = { alignment: 'a', added: '+', omitted: '-' } as const;

/** Compact form: paragraphs joined by ` ¶ `, marks as `<a3^>…</a3>` (`^` on the fragment with the badge). */
function showSegments(text: string, paragraphs: ParagraphNode[]): string {
  const show = (nodes: SegmentNode[]): string =>
    nodes
      .map((n) =>
        n.type === 'text'
          ? text.slice(n.start, n.end)
          : `<${TAG[n.kind]}${n.number}${n.opens ? '^' : ''}>${show(n.children)}</${TAG[n.kind]}${n.number}>`,
      )
      .join('');
  return paragraphs.map((p) => show(p.children)).join(' ¶ ');
}

/** The spans of `pieces` in `text`, searched in order. */
function spansOf(text: string, ...pieces: string[]): Span[] {
  let from = 0;
  return pieces.map((piece) => {
    const start = text.indexOf(piece, from);
    assert.ok(start >= 0, `"${piece}" is in the text`);
    from = start + piece.length;
    return { start, end: start + piece.length };
  });
}

const whole = (text: string): Span[] => [{ start: 0, end: text.length }];

const cases: {
  name: string;
  text: string;
  paragraphs?: (text: string) => Span[];
  marks: (text: string) => MarkSpec[];
  want: string;
}[] = [
  {
    name: 'text without marks is one text run per paragraph',
    text: 'One two.',
    marks: () => [],
    want: 'One two.',
  },
  {
    name: 'a mark wraps exactly its span, with the badge on it',
    text: 'He said it was bad. Then he left.',
    marks: (t) => [{ kind: 'alignment', number: 1, spans: spansOf(t, 'it was bad.') }],
    want: 'He said <a1^>it was bad.</a1> Then he left.',
  },
  {
    name: 'a mark with two spans gets a badge on each',
    text: 'Alpha beta gamma delta.',
    marks: (t) => [{ kind: 'alignment', number: 2, spans: spansOf(t, 'Alpha', 'gamma') }],
    want: '<a2^>Alpha</a2> beta <a2^>gamma</a2> delta.',
  },
  {
    name: 'a contained span nests inside the longer one',
    text: 'Facts show that it has nothing to do with justice, but serves interests;',
    marks: (t) => [
      {
        kind: 'alignment',
        number: 1,
        spans: spansOf(t, 'Facts show that it has nothing to do with justice, but serves interests;'),
      },
      { kind: 'alignment', number: 2, spans: spansOf(t, 'Facts show that it has nothing to do with justice,') },
    ],
    want: '<a1^><a2^>Facts show that it has nothing to do with justice,</a2> but serves interests;</a1>',
  },
  {
    name: 'partly overlapping spans nest where they overlap; the later one goes on without a second badge',
    text: 'aaa bbb ccc',
    marks: (t) => [
      { kind: 'alignment', number: 1, spans: spansOf(t, 'aaa bbb') },
      { kind: 'alignment', number: 2, spans: spansOf(t, 'bbb ccc') },
    ],
    want: '<a1^>aaa <a2^>bbb</a2></a1><a2> ccc</a2>',
  },
  {
    name: 'identical spans nest by number, deterministically',
    text: 'same words',
    marks: (t) => [
      { kind: 'alignment', number: 5, spans: whole(t) },
      { kind: 'alignment', number: 3, spans: whole(t) },
    ],
    want: '<a3^><a5^>same words</a5></a3>',
  },
  {
    name: 'added and omitted spans are marks of their own kind',
    text: 'Byline. Claim here. Background there.',
    marks: (t) => [
      { kind: 'alignment', number: 1, spans: spansOf(t, 'Claim here.') },
      { kind: 'added', number: 1, spans: spansOf(t, 'Background there.') },
    ],
    want: 'Byline. <a1^>Claim here.</a1> <+1^>Background there.</+1>',
  },
  {
    name: 'paragraphs split a mark that crosses them; the gap between paragraphs is not rendered',
    text: 'First para ends.\n\n  Second para.',
    paragraphs: (t) => spansOf(t, 'First para ends.', 'Second para.'),
    marks: (t) => [{ kind: 'omitted', number: 4, spans: spansOf(t, 'ends.\n\n  Second') }],
    want: 'First para <-4^>ends.</-4> ¶ <-4>Second</-4> para.',
  },
  {
    name: 'a mark that starts in the gap between paragraphs gets its badge where it becomes visible',
    text: 'One.\n\nTwo.',
    paragraphs: (t) => spansOf(t, 'One.', 'Two.'),
    marks: () => [{ kind: 'added', number: 1, spans: [{ start: 4, end: 9 }] }],
    want: 'One. ¶ <+1^>Two</+1>.',
  },
  {
    name: 'spans outside the text are clipped and empty spans ignored',
    text: 'abc',
    marks: () => [
      { kind: 'alignment', number: 1, spans: [{ start: 2, end: 99 }] },
      { kind: 'alignment', number: 2, spans: [{ start: 1, end: 1 }] },
    ],
    want: 'ab<a1^>c</a1>',
  },
];

for (const c of cases)
  test(`cutSegments: ${c.name}`, () => {
    const paragraphs = c.paragraphs?.(c.text) ?? whole(c.text);
    assert.equal(showSegments(c.text, cutSegments(c.text.length, paragraphs, c.marks(c.text))), c.want);
  });

test('cutSegments is lossless: the text runs of the paragraphs plus the gaps rebuild the text', () => {
  // A small deterministic generator: random paragraphs and random overlapping marks over a fixed alphabet.
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  for (let round = 0; round < 200; round++) {
    const text = Array.from({ length: 5 + random(80) }, () => 'ab \n.'[random(5)]).join('');
    const paragraphs: Span[] = [];
    for (let i = 0; i < text.length;) {
      const start = i + random(3);
      const end = Math.min(text.length, start + 1 + random(20));
      if (start < end) paragraphs.push({ start, end });
      i = end + random(3);
    }
    const marks: MarkSpec[] = Array.from({ length: random(6) }, (_, k) => {
      const start = random(text.length);
      return {
        kind: (['alignment', 'added', 'omitted'] as const)[random(3)]!,
        number: k + 1,
        spans: [{ start, end: start + 1 + random(text.length) }],
      };
    });
    const result = cutSegments(text.length, paragraphs, marks);
    // Every paragraph comes out once, in order, and its text runs tile it exactly.
    assert.deepEqual(
      result.map((p) => [p.start, p.end]),
      paragraphs.map((p) => [p.start, p.end]),
    );
    for (const p of result) {
      const runs: Span[] = [];
      const walk = (nodes: SegmentNode[], outer: Span) => {
        for (const n of nodes) {
          assert.ok(n.start >= outer.start && n.end <= outer.end, 'a node lies inside its parent');
          if (n.type === 'text') runs.push(n);
          else walk(n.children, n);
        }
      };
      walk(p.children, p);
      assert.equal(runs.map((r) => text.slice(r.start, r.end)).join(''), text.slice(p.start, p.end));
    }
    // Every visible character of a mark's span lies inside a mark node with its number.
    for (const m of marks)
      for (const s of m.spans)
        for (let i = s.start; i < Math.min(s.end, text.length); i++) {
          const para = result.find((p) => p.start <= i && i < p.end);
          if (!para) continue;
          const inside = (nodes: SegmentNode[]): boolean =>
            nodes.some(
              (n) =>
                n.start <= i &&
                i < n.end &&
                n.type === 'mark' &&
                ((n.kind === m.kind && n.number === m.number) || inside(n.children)),
            );
          assert.ok(inside(para.children), `character ${i} is inside mark ${m.kind} ${m.number}`);
        }
  }
});
