import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Turn } from '../types.ts';
import { segmentParagraphs } from './paragraphs.ts';
import { segmentTurns } from './turns.ts';
import { showSpans } from './show-spans.ts';

const turnsOf = (text: string): Turn[] => segmentTurns(text, segmentParagraphs(text));
// `speaker(role exchange)` per turn: `-(s0) Reuters(q1) Zhao Lijian(a1)`.
const showRoles = (text: string): string =>
  turnsOf(text)
    .map((t) => `${t.speaker ?? '-'}(${t.role[0]}${t.exchange})`)
    .join(' ');
const speakerOf = (line: string): string | null =>
  turnsOf(`${line}\n\nZhao Lijian: An answer that is long enough.`)[0]?.speaker ?? null;

const labels: Array<[string, string | null]> = [
  ['Wang Wenbin: The relevant report is another example.', 'Wang Wenbin'],
  ['Xinhua News Agency reporter: According to reports, the US plans this?', 'Xinhua News Agency reporter'],
  ['Aussie Satellite TV reporter: Schultz was elected. What is your comment?', 'Aussie Satellite TV reporter'],
  ["People's Daily: The HRC session has closed. Can you give us the number?", "People's Daily"],
  ['MS. PSAKI: Good afternoon.', 'MS. PSAKI'],
  ['MR. KIRBY: Thanks.', 'MR. KIRBY'],
  ['SENIOR ADMINISTRATION OFFICIAL: Sure.', 'SENIOR ADMINISTRATION OFFICIAL'],
  ['Reuters: Three Senators urged the committee. Any comment?', 'Reuters'],
  ['HRTN: Is this the first time?', 'HRTN'],
  ['Q: Is this the first time?', 'Q'],
  ['Q Is this the first time?', 'Q'],
  ['Q. Is this the first time?', 'Q'],
  ['Minister of Foreign Affairs: We agree.', 'Minister of Foreign Affairs'],
  ['Minister of Foreign Affairs of the Republic: We agree.', null],
  ['汪文斌：美国的做法是错误的。', '汪文斌'],
  // Not labels: a sentence word first, a time, lower-case words, more than six words, a verb of saying.
  ['According to reports: the US plans to push the countries.', null],
  ['At 10:30: the meeting opened.', null],
  ['Note: this transcript is machine translated.', null],
  ['He added: “The United States must stop being paranoid.”', null],
  ['Summit for democracy: only serves US interests', null],
  ['The Chinese Foreign Ministry Said Many Different Things Today: no.', null],
  ['他表示：美国的做法是错误的。', null],
  ['A Chinese spokesperson has slammed the summit.', null],
  ['UPDATE 2: China hits back.', null],
];

for (const [line, expected] of labels) {
  test(`segmentTurns: label of ${JSON.stringify(line)} is ${JSON.stringify(expected)}`, () => {
    assert.equal(speakerOf(line), expected);
  });
}

test('segmentTurns: empty and whitespace-only text have no turns', () => {
  assert.deepEqual(turnsOf(''), []);
  assert.deepEqual(turnsOf(' \n\n '), []);
});

test('segmentTurns: a text without labels is one statement turn', () => {
  const text = '  China rejects the claims.\n\nThe spokesman said so.  ';
  assert.deepEqual(turnsOf(text), [
    { start: 2, end: 51, index: 0, speaker: null, label: null, role: 'statement', exchange: 0 },
  ]);
});

const MFA = [
  "Foreign Ministry Spokesperson Wang Wenbin's regular press conference on December 9, 2021",
  'Xinhua News Agency reporter: According to reports, the US plans to push a consensus on the alliance.',
  'What is the spokesperson’s comment on this?',
  '  Wang Wenbin: The relevant report you mentioned is another example of the U.S. politicizing democracy.',
  '  The so-called alliance is another example of the United States splitting the Internet and seeking monopoly.',
  'The future of the Internet should not and cannot be controlled by a few countries.',
  'Reuters: Which countries have leaders invited by China to the Winter Olympics?',
  '  Wang Wenbin: According to the Olympic rules, leaders are invited by their own Olympic Committee. We welcome them all.',
  'Bloomberg: The House passed the act by 428 votes to 1. The Senate will follow.',
  '  Wang Wenbin: China firmly opposes this. The so-called forced labor is a lie fabricated by anti-China forces.',
].join('\n\n');

test('segmentTurns: an MFA transcript: title, questions from outlets, answers from the spokesperson', () => {
  assert.equal(
    showRoles(MFA),
    '-(s0) Xinhua News Agency reporter(q1) Wang Wenbin(a1) Reuters(q2) Wang Wenbin(a2) Bloomberg(q3) Wang Wenbin(a3)',
  );
});

test('segmentTurns: a turn runs from its label to the end of its last paragraph; label includes the colon', () => {
  const turns = turnsOf(MFA);
  const answer = turns[2]!;
  assert.equal(MFA.slice(answer.label!.start, answer.label!.end), 'Wang Wenbin:');
  assert.match(MFA.slice(answer.start, answer.end), /^Wang Wenbin: The relevant .* by a few countries\.$/su);
  assert.equal(
    showSpans(
      MFA,
      turns.map((t) => t.label ?? t),
    ).split('|')[1],
    'Xinhua News Agency reporter:',
  );
});

test('segmentTurns: White House style with bare Q and a briefer in capitals', () => {
  const text = [
    'MS. PSAKI: Hi everyone. I have two items for you at the top today.',
    'Q Thanks, Jen. On Ukraine, is the President going to call Putin?',
    'MS. PSAKI: He has no plans to do that at this point in time, but we will keep you posted.',
    'Q And on inflation?',
    'MS. PSAKI: We are watching it closely. The numbers came out this morning.',
    'Q. One more: the Fed?',
    'MS. PSAKI: I will not get ahead of the Fed.',
  ].join('\n');
  assert.equal(showRoles(text), 'MS. PSAKI(a0) Q(q1) MS. PSAKI(a1) Q(q2) MS. PSAKI(a2) Q(q3) MS. PSAKI(a3)');
});

test('segmentTurns: bare Q and A', () => {
  const text = 'Q Why did you do it?\nA Because it was right.\nQ And now?\nA Now we wait.';
  assert.equal(showRoles(text), 'Q(q1) A(a1) Q(q2) A(a2)');
  const turns = turnsOf(text);
  assert.equal(text.slice(turns[1]!.label!.start, turns[1]!.label!.end), 'A');
});

test('segmentTurns: a bare A without any Q is an article, not a label', () => {
  assert.equal(showRoles('A spokesperson said so.\n\nA second line.'), '-(s0)');
});

test('segmentTurns: one labelled speaker and nobody asking is a statement', () => {
  assert.equal(
    showRoles('Zhang Jun: The technological divide is widening.\n\nWe urge the countries concerned to stop.'),
    'Zhang Jun(s0)',
  );
});

test('segmentTurns: reporter turns without a question mark are still questions (short, once)', () => {
  const text = [
    'CCTV: Please brief us on the visit.',
    'Zhao Lijian: On July 19, Wang Yi met the President and held talks with him for a long time about many things.',
    'NHK: Some comment on the Olympics please.',
    'Zhao Lijian: It is an important consensus reached by the leaders of China and Japan to support each other.',
    'Zhao Lijian: And there is more to say about this topic, which we will say at length here today.',
  ].join('\n\n');
  assert.equal(showRoles(text), 'CCTV(q1) Zhao Lijian(a1) NHK(q2) Zhao Lijian(a2) Zhao Lijian(a2)');
});

test('segmentTurns: a speaker who says little overall still answers the question just before them', () => {
  const long = 'We have said many times that the consensus of the two leaders must be implemented in full and in good faith. '.repeat(4);
  const text = [
    `Wang Wenbin: ${long}`,
    'Reuters: Any comment on the new sanctions?',
    `Wang Wenbin: ${long}`,
    'AFP: And on the summit?',
    'Zhao Lijian: China will attend the summit.',
    'Zhao Lijian: More details will come soon.',
  ].join('\n\n');
  assert.equal(showRoles(text), 'Wang Wenbin(a0) Reuters(q1) Wang Wenbin(a1) AFP(q2) Zhao Lijian(a2) Zhao Lijian(a2)');
});

test('segmentTurns: \\r\\n transcript', () => {
  const text = 'Reuters: Any comment?\r\n\r\nZhao Lijian: No comment at all from me today.\r\n';
  assert.equal(showRoles(text), 'Reuters(q1) Zhao Lijian(a1)');
});
