import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as segment from './index.ts';
import { segmentDocument } from './index.ts';
import { showSpans } from './show-spans.ts';

test('lib/segment: the export list is pinned', () => {
  assert.deepEqual(Object.keys(segment).sort(), [
    'REPORTING_VERBS',
    'findFrames',
    'findQuotes',
    'segmentClauses',
    'segmentDocument',
    'segmentParagraphs',
    'segmentSentences',
    'segmentTurns',
  ]);
});

test('segmentDocument: rejects a non-string', () => {
  assert.throws(() => segmentDocument(42 as unknown as string), /segmentDocument: text must be a string/);
});

test('segmentDocument: empty text', () => {
  assert.deepEqual(segmentDocument(''), {
    length: 0,
    paragraphs: [],
    sentences: [],
    clauses: [],
    turns: [],
    quotes: [],
    frames: [],
  });
});

// cases/xinhua-wang-wenbin-2021-12-09/a.txt, two paragraphs.
const XINHUA = [
  'BEIJING, Dec. 9 (Xinhua) -- A Chinese foreign ministry spokesperson has slammed the U.S.-proposed "summit for democracy," saying that it has nothing to do with international justice.',
  '',
  '"The United States is doing so in a hope to get an upper hand. This runs counter to the internet spirit," Wang said.',
].join('\n');

test('segmentDocument: a wire story (cases/xinhua-wang-wenbin-2021-12-09)', () => {
  const seg = segmentDocument(XINHUA);
  assert.equal(seg.length, XINHUA.length);
  assert.equal(seg.paragraphs.length, 2);
  assert.equal(
    showSpans(XINHUA, seg.sentences),
    '[BEIJING, Dec. 9 (Xinhua) -- A Chinese foreign ministry spokesperson has slammed the U.S.-proposed "summit for democracy," saying that it has nothing to do with international justice.|"The United States is doing so in a hope to get an upper hand.|This runs counter to the internet spirit," Wang said.]',
  );
  assert.equal(
    showSpans(XINHUA, seg.quotes),
    '["summit for democracy,"|"The United States is doing so in a hope to get an upper hand. This runs counter to the internet spirit,"]',
  );
  assert.equal(showSpans(XINHUA, seg.frames), '[saying that|Wang said]');
  assert.deepEqual(
    seg.turns.map((t) => [t.speaker, t.role, t.exchange]),
    [[null, 'statement', 0]],
  );
});

test('segmentDocument: a transcript (seeds/mfa-2021-12-09 style)', () => {
  const text =
    'Xinhua News Agency reporter: What is the comment?\n\n  Wang Wenbin: It is another example of the U.S. politicizing democracy.\n\n  It has nothing to do with justice, but serves the interests of the US.';
  const seg = segmentDocument(text);
  assert.deepEqual(
    seg.turns.map((t) => [t.speaker, t.role, t.exchange]),
    [
      ['Xinhua News Agency reporter', 'question', 1],
      ['Wang Wenbin', 'answer', 1],
    ],
  );
  assert.equal(seg.turns[1]!.end, text.length);
  assert.equal(
    showSpans(text, seg.clauses),
    '[Xinhua News Agency reporter:|What is the comment?|Wang Wenbin:|It is another example of the U.S. politicizing democracy.|It has nothing to do with justice,|but serves the interests of the US.]',
  );
});

test('segmentDocument: 1 MB of wire copy and transcript segments in well under a second', () => {
  const block = [
    'Xinhua News Agency reporter: According to reports, the U.S. plans to push the "Alliance" on Dec. 9. What is your comment?',
    '  Wang Wenbin: The so-called "alliance" is another example of the United States splitting the Internet, seeking technological monopoly; it is completely contrary to the spirit of peace, security, openness and cooperation.',
    '"This is another example," said the spokesperson, adding that it will seriously distort the market and hurt developing countries.',
    '中国外交部发言人汪文斌说。他表示，美国的做法是错误的。',
  ].join('\n\n');
  const text = `${block}\n\n`.repeat(Math.ceil(1_000_000 / (block.length + 2)));
  const started = performance.now();
  const seg = segmentDocument(text);
  const elapsed = performance.now() - started;
  assert.ok(seg.sentences.length > 10_000);
  // About 60 ms on the dev machine; the bound only catches super-linear work, with room for a loaded CI box.
  assert.ok(elapsed < 1500, `took ${Math.round(elapsed)} ms`);
});
