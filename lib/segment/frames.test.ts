import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Frame } from '../types.ts';
import { findFrames } from './frames.ts';
import { segmentParagraphs } from './paragraphs.ts';
import { findQuotes } from './quotes.ts';
import { REPORTING_VERBS } from './rules/reporting-verbs.ts';
import { segmentSentences } from './sentences.ts';

const framesOf = (text: string): Frame[] => {
  const paragraphs = segmentParagraphs(text);
  return findFrames(text, segmentSentences(text, paragraphs), findQuotes(text, paragraphs));
};
// Each frame as its text and the first letter of its target: `[Wang said:s|when asked about:q]`.
const show = (text: string): string =>
  `[${framesOf(text)
    .map((f) => `${text.slice(f.start, f.end)}:${f.target[0]}`)
    .join('|')}]`;

const cases: Array<[string, string, string]> = [
  ['empty string', '', '[]'],
  ['no frame', 'The United States is dividing the internet.', '[]'],
  ['X said', 'The pushing is an attempt to plant bias, Wang said.', '[Wang said:s]'],
  ['X said that', 'Zhao said that the US has pressured NATO.', '[Zhao said that:s]'],
  ['said X after a quote', '"This is another example," said the spokesperson.', '[said the spokesperson:s]'],
  ['said X with a curly quote', '“This is another example,” said Wang Wenbin.', '[said Wang Wenbin:s]'],
  ['X said after a quote', '"The US is the largest source," Zhao said.', '[Zhao said:s]'],
  ['pronoun', '"It will only meet opposition," he added.', '[he added:s]'],
  [
    'He pointed out that',
    'He pointed out that the United States talks about an open internet.',
    '[He pointed out that:s]',
  ],
  [
    'He stressed that',
    'He stressed that the future of the internet should not be manipulated.',
    '[He stressed that:s]',
  ],
  ['adverb between subject and verb', 'He also said that China opposes it.', '[He also said that:s]'],
  [
    'said X, adding that',
    'It is an attempt to plant bias, Wang said, adding that it will distort the market.',
    '[Wang said:s|, adding that:s]',
  ],
  [
    'told reporters',
    'Lin told reporters on Monday that it was a basic principle.',
    '[Lin told reporters on Monday that:s]',
  ],
  [
    'told a press conference',
    'Wang told a regular press conference that the summit was a farce.',
    '[Wang told a regular press conference that:s]',
  ],
  ['told a named outlet', 'Blinken told CNN that the US had seen attempts.', '[Blinken told CNN that:s]'],
  [
    'the spokesperson said on Thursday',
    'The alliance is divisive, the spokesperson said on Thursday.',
    '[the spokesperson said on Thursday:s]',
  ],
  [
    'role phrase with modifiers',
    'A Chinese foreign ministry spokesperson said the US is hypocritical.',
    '[A Chinese foreign ministry spokesperson said:s]',
  ],
  ['possessive role phrase', "China's foreign ministry said it was a smear.", "[China's foreign ministry said:s]"],
  [
    'name with a title',
    'State Councilor Wang Yi stressed that China will always be a member.',
    '[State Councilor Wang Yi stressed that:s]',
  ],
  ['a sentence word is not part of the name', 'But Wang said it was wrong.', '[Wang said:s]'],
  ['claimed', 'Zhao claimed 5.31 million computers in China were controlled.', '[Zhao claimed:s]'],
  ['accused … of carries content: no frame', 'Zhao accused the US of being the largest source.', '[]'],
  ['ambiguous verb with content: no frame', 'It maintained tens of thousands of servers and continued its work.', '[]'],
  ['ambiguous verb with that', 'He warned that the move would backfire.', '[He warned that:s]'],
  ['ambiguous verb after a quote', '"We will not accept this," he insisted.', '[he insisted:s]'],
  ['noun after a possessive: no frame', "Wang's comments were clear.", '[]'],
  [
    'when asked about',
    'Wang made the remarks on Thursday when asked about reports that the US is seeking consensus.',
    '[when asked about:q]',
  ],
  ['when asked whether', 'When asked whether China would respond, Zhao declined.', '[When asked whether:q]'],
  ['asked about at the start', 'Asked about the report, Wang said it was groundless.', '[Asked about:q|Wang said:s]'],
  [
    'responding to a question',
    'Responding to a question on the summit, Wang said it was a farce.',
    '[Responding to a question on:q|Wang said:s]',
  ],
  [
    'according to reports',
    'According to reports, the United States plans to push a consensus.',
    '[According to reports:o]',
  ],
  [
    'according to a report of',
    'According to a report of 360, a Chinese security firm, the CIA hacked China.',
    '[According to a report of 360:o]',
  ],
  [
    'according to a person',
    'According to Chinese Foreign Minister Wang Yi, such accusations are rooted in insecurity.',
    '[According to Chinese Foreign Minister Wang Yi:o]',
  ],
  [
    'a bare weekday after the verb',
    'Press secretary Jen Psaki said Thursday that the checks would go out next week.',
    '[Press secretary Jen Psaki said Thursday that:s]',
  ],
  [
    'a role with its scope',
    'The deputy national security adviser for cyber and emerging technologies said on Thursday that the attack was contained.',
    '[The deputy national security adviser for cyber and emerging technologies said on Thursday that:s]',
  ],
  [
    'a title before a name, after the quote',
    'The checks would go out next week, White House press secretary Jen Psaki said.',
    '[White House press secretary Jen Psaki said:s]',
  ],
  [
    'a capitalised title before a name',
    'Chinese Foreign Ministry spokesperson Zhao Lijian said the accusations were groundless.',
    '[Chinese Foreign Ministry spokesperson Zhao Lijian said:s]',
  ],
  [
    "during a weekday's briefing",
    '"We are confident the bill will pass," Psaki said during Thursday\'s briefing.',
    "[Psaki said during Thursday's briefing:s]",
  ],
  [
    "a weekday's event after the verb is content",
    "Psaki said Monday's attack was a tragedy.",
    '[Psaki said:s]',
  ],
  [
    'according to a name at the end of the sentence',
    'The president is open to a discussion, according to Psaki.',
    '[according to Psaki:o]',
  ],
  [
    'according to a name before a lower-case word: no frame',
    'According to the Olympic rules, leaders are invited.',
    '[]',
  ],
  ['never inside a quote', '"He said that we must act," Wang said.', '[Wang said:s]'],
  [
    'a comma inside the quote before saying',
    'The US slammed the "summit for democracy," saying that it has nothing to do with justice.',
    '[saying that:s]',
  ],
  ['never across sentences', 'They met Wang. Said so.', '[]'],
  ['CJK text does not crash', '中国外交部发言人汪文斌说。他表示，……', '[]'],
];

for (const [name, input, expected] of cases) {
  test(`findFrames: ${name}`, () => assert.equal(show(input), expected));
}

test('findFrames: a transcript does not crash and frames stay outside quotes', () => {
  const text = [
    'Reuters: Do you have any comment on the "summit"?',
    'Zhao Lijian: State Councilor Wang Yi said that "China opposes this." According to reports, it is true.',
  ].join('\n\n');
  assert.equal(show(text), '[State Councilor Wang Yi said that:s|According to reports:o]');
});

test('REPORTING_VERBS: one list with the verbs the brief names', () => {
  for (const verb of [
    'said',
    'says',
    'added',
    'stressed',
    'noted',
    'pointed out',
    'told',
    'stated',
    'remarked',
    'emphasized',
    'emphasised',
    'claimed',
    'insisted',
    'argued',
    'explained',
    'warned',
    'urged',
    'asserted',
    'declared',
    'continued',
    'went on',
    'concluded',
    'commented',
    'maintained',
  ]) {
    assert.ok(REPORTING_VERBS.includes(verb), verb);
  }
});
