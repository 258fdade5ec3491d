import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentSentences } from './sentences.ts';
import { showSpans } from './show-spans.ts';

const show = (text: string): string => showSpans(text, segmentSentences(text));

const cases: Array<[string, string, string]> = [
  ['empty string', '', '[]'],
  ['whitespace only', '  \n \r\n\t', '[]'],
  ['two sentences', 'It rained. We stayed home.', '[It rained.|We stayed home.]'],
  ['question and exclamation', 'Is it true? Yes! It is.', '[Is it true?|Yes!|It is.]'],
  ['never across paragraphs', 'No terminal here\nNor here', '[No terminal here|Nor here]'],
  [
    'heading without terminal punctuation',
    'China rejects US election interference claims\n\nLin said so.',
    '[China rejects US election interference claims|Lin said so.]',
  ],
  [
    'U.S. before a lower-case word',
    'It serves the U.S. own interests. Others lose.',
    '[It serves the U.S. own interests.|Others lose.]',
  ],
  ['U.S. before a name', 'U.S. President Joe Biden spoke. He left.', '[U.S. President Joe Biden spoke.|He left.]'],
  [
    'U.S. at the end of a sentence',
    'They met in the U.S. The talks failed.',
    '[They met in the U.S.|The talks failed.]',
  ],
  ['U.K. and U.N.', 'The U.K. and the U.N. Security Council met.', '[The U.K. and the U.N. Security Council met.]'],
  ['U.S.-proposed', 'The U.S.-proposed "summit" failed. Yes.', '[The U.S.-proposed "summit" failed.|Yes.]'],
  [
    'Dec. 9 dateline',
    'BEIJING, Dec. 9 (Xinhua) -- A spokesperson spoke. He left.',
    '[BEIJING, Dec. 9 (Xinhua) -- A spokesperson spoke.|He left.]',
  ],
  [
    'Jan. at the end',
    'It happened in late Jan. The next month was calm.',
    '[It happened in late Jan.|The next month was calm.]',
  ],
  [
    'titles',
    'Mr. Smith met Mrs. Jones and Dr. Who. Ms. Lee and Gen. Milley and Sen. Rubio left.',
    '[Mr. Smith met Mrs. Jones and Dr. Who.|Ms. Lee and Gen. Milley and Sen. Rubio left.]',
  ],
  [
    'St., Rep., Gov.',
    'Rep. Smith and Gov. Newsom walked down St. Mark Street. Then they ate.',
    '[Rep. Smith and Gov. Newsom walked down St. Mark Street.|Then they ate.]',
  ],
  ['No. 9', 'He wore No. 9 again. The crowd cheered.', '[He wore No. 9 again.|The crowd cheered.]'],
  [
    'Inc., Corp., Ltd.',
    'Apple Inc. said it would. Microsoft Corp. President Brad Smith agreed. They bought Foo Ltd. The deal closed.',
    '[Apple Inc. said it would.|Microsoft Corp. President Brad Smith agreed.|They bought Foo Ltd.|The deal closed.]',
  ],
  ['vs.', 'It was China vs. America. Who won?', '[It was China vs. America.|Who won?]'],
  [
    'etc.',
    'Bananas, apples, etc. are fruit. Cars, bikes, etc. The list goes on.',
    '[Bananas, apples, etc. are fruit.|Cars, bikes, etc.|The list goes on.]',
  ],
  [
    'e.g. and i.e.',
    'Some states, e.g. Texas, agreed, i.e. The big ones. Done.',
    '[Some states, e.g. Texas, agreed, i.e. The big ones.|Done.]',
  ],
  [
    'a.m. and p.m.',
    'We met at 10 a.m. on Monday and at 3 p.m. The meeting ran long.',
    '[We met at 10 a.m. on Monday and at 3 p.m.|The meeting ran long.]',
  ],
  [
    'initials',
    'J. R. Smith spoke. Lijian Z. said no. Then J.R.R. Tolkien wrote.',
    '[J. R. Smith spoke.|Lijian Z. said no.|Then J.R.R. Tolkien wrote.]',
  ],
  [
    'decimals and numbers',
    'Zhao claimed 5.31 million computers. It was 52,000 servers.',
    '[Zhao claimed 5.31 million computers.|It was 52,000 servers.]',
  ],
  [
    'closing quote stays with its sentence',
    'He said "it is clear." Then he left.',
    '[He said "it is clear."|Then he left.]',
  ],
  ['curly closing quote', '“This is clear.” He left.', '[“This is clear.”|He left.]'],
  ['closing bracket', '(This is an aside.) Back to it.', '[(This is an aside.)|Back to it.]'],
  [
    'quote spanning sentences is split',
    '"This is one. This is two," Wang said.',
    '["This is one.|This is two," Wang said.]',
  ],
  ['"Why?" he asked.', '"Why?" he asked. "Because."', '["Why?" he asked.|"Because."]'],
  ['“Stop!” she shouted.', '“Stop!” she shouted. Nobody did.', '[“Stop!” she shouted.|Nobody did.]'],
  [
    'ellipsis inside a quote before a lower-case word',
    '"We will… never accept this," he said. Fine.',
    '["We will… never accept this," he said.|Fine.]',
  ],
  [
    'three-dot ellipsis before a lower-case word',
    'He paused... and went on. Then he stopped... The end.',
    '[He paused... and went on.|Then he stopped...|The end.]',
  ],
  ['numbered list item', '1. The first point. 2. The second.', '[1. The first point.|2. The second.]'],
  ['URL', 'See example.com for details. Thanks.', '[See example.com for details.|Thanks.]'],
  ['CJK', '中国外交部发言人汪文斌说。他表示，……', '[中国外交部发言人汪文斌说。|他表示，……]'],
  ['CJK question and exclamation', '你好吗？我很好！谢谢。', '[你好吗？|我很好！|谢谢。]'],
  ['CJK closing quote', '“我们反对。”他说。', '[“我们反对。”|他说。]'],
  ['emoji', 'We won 🎉. Great 👍! Next.', '[We won 🎉.|Great 👍!|Next.]'],
  ['\\r\\n paragraphs', 'One here.\r\nTwo here.\r\n\r\nThree.', '[One here.|Two here.|Three.]'],
  ['spaces inside a paragraph stay in the gap', 'One.    Two.', '[One.|Two.]'],
  [
    'stray punctuation joins the sentence before',
    'It imposed an embargo on Cambodia. . What is the comment?',
    '[It imposed an embargo on Cambodia. .|What is the comment?]',
  ],
  ['a paragraph of punctuation only is still a sentence', '…\n\nNext.', '[…|Next.]'],
  ['lower-case after a question without a quote splits', 'Why? because.', '[Why?|because.]'],
];

for (const [name, input, expected] of cases) {
  test(`segmentSentences: ${name}`, () => assert.equal(show(input), expected));
}

test('segmentSentences: each sentence knows its paragraph and index', () => {
  const text = 'A b. C d.\n\nE f.';
  assert.deepEqual(
    segmentSentences(text).map((s) => [s.index, s.paragraph]),
    [
      [0, 0],
      [1, 0],
      [2, 1],
    ],
  );
});

test('segmentSentences: sentences and whitespace gaps rebuild the text', () => {
  const text = '  Mr. Wang said "no." Then…\r\n\r\n  “Really?” she asked. Yes!  ';
  const sentences = segmentSentences(text);
  let rebuilt = '';
  let at = 0;
  for (const s of sentences) {
    const gap = text.slice(at, s.start);
    assert.match(gap, /^\s*$/u);
    rebuilt += gap + text.slice(s.start, s.end);
    at = s.end;
  }
  assert.match(text.slice(at), /^\s*$/u);
  rebuilt += text.slice(at);
  assert.equal(rebuilt, text);
});
