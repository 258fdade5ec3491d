import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentParagraphs } from './paragraphs.ts';
import { showSpans } from './show-spans.ts';

const show = (text: string): string => showSpans(text, segmentParagraphs(text));

const WRAPPED = [
  'The spokesman said on Thursday that the proposed alliance shows once again',
  'that the United States is dividing the internet, seeking technological',
  'monopoly and cyber hegemony, and suppressing the development of others.',
  'He pointed out that the United States talks continually about building an',
  'open internet, but all it does in reality is to create confrontation.',
].join('\n');

const cases: Array<[string, string, string]> = [
  ['empty string', '', '[]'],
  ['whitespace only', ' \n\t\r\n  ', '[]'],
  ['one line', 'Hello world.', '[Hello world.]'],
  ['blank lines separate', 'One.\n\nTwo.\n\n\nThree.', '[One.|Two.|Three.]'],
  ['indentation and trailing spaces trimmed', '  Wang Wenbin: Yes.  \n\n\tNo.\t', '[Wang Wenbin: Yes.|No.]'],
  ['one paragraph per line', 'First sentence.\nSecond sentence.\nThird.', '[First sentence.|Second sentence.|Third.]'],
  ['\\r\\n line ends', 'One.\r\nTwo.\r\n\r\nThree.', '[One.|Two.|Three.]'],
  ['old Mac \\r line ends', 'One.\rTwo.\r\rThree.', '[One.|Two.|Three.]'],
  [
    'heading then body line',
    'China rejects claims\nThe ministry said no.',
    '[China rejects claims|The ministry said no.]',
  ],
  [
    'bullets are paragraphs',
    'Zhao accused the US of:\n* Being a source.\n* Wiretapping allies\n- Spying\n• Lying',
    '[Zhao accused the US of:|* Being a source.|* Wiretapping allies|- Spying|• Lying]',
  ],
  [
    'speaker labels are paragraphs',
    'Reuters: A question?\nZhao Lijian: An answer.',
    '[Reuters: A question?|Zhao Lijian: An answer.]',
  ],
  [
    'web menu line, breadcrumb, title, date',
    'Home   Embassy Info   About China   China & Greece   Economy & Trade   Consular Affairs   Culture & Education   Science\n HOME > Remarks\nRegular Press Conference on July 20, 2021\n2021-07-20 19:11',
    '[Home   Embassy Info   About China   China & Greece   Economy & Trade   Consular Affairs   Culture & Education   Science|HOME > Remarks|Regular Press Conference on July 20, 2021|2021-07-20 19:11]',
  ],
  [
    'hard-wrapped lines join; a short line ending a sentence ends the paragraph',
    WRAPPED,
    '[The spokesman said on Thursday that the proposed alliance shows once again⏎that the United States is dividing the internet, seeking technological⏎monopoly and cyber hegemony, and suppressing the development of others.⏎He pointed out that the United States talks continually about building an⏎open internet, but all it does in reality is to create confrontation.]',
  ],
  [
    'hard-wrapped paragraphs with a short last line',
    'This is a long line of hard-wrapped text that keeps going on and\non until the paragraph is finally over.\nA second paragraph starts here and it also wraps at the same width\nbecause that is what the mailer did.',
    '[This is a long line of hard-wrapped text that keeps going on and⏎on until the paragraph is finally over.|A second paragraph starts here and it also wraps at the same width⏎because that is what the mailer did.]',
  ],
  [
    'hard-wrapped text with a bullet list',
    'The report lists several accusations against the United States and\nits allies, including these:\n- wiretapping allies\n- hacking companies',
    '[The report lists several accusations against the United States and⏎its allies, including these:|- wiretapping allies|- hacking companies]',
  ],
  ['CJK lines', '中国外交部发言人汪文斌说。\n他表示，……', '[中国外交部发言人汪文斌说。|他表示，……]'],
  ['emoji', '🎉 Party time! 🎉\n\n👍', '[🎉 Party time! 🎉|👍]'],
  ['NBSP-only line is blank', 'One.\n\u00a0\u00a0\nTwo.', '[One.|Two.]'],
];

for (const [name, input, expected] of cases) {
  test(`segmentParagraphs: ${name}`, () => assert.equal(show(input), expected));
}

test('segmentParagraphs: indexes count from 0 and spans start and end on non-whitespace', () => {
  const text = '  a\n\n b \n\n\nc  ';
  const paragraphs = segmentParagraphs(text);
  assert.deepEqual(paragraphs, [
    { start: 2, end: 3, index: 0 },
    { start: 6, end: 7, index: 1 },
    { start: 11, end: 12, index: 2 },
  ]);
});

test('segmentParagraphs: rejects a non-string', () => {
  assert.throws(() => segmentParagraphs(undefined as unknown as string), /text must be a string/);
});
