import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords, segmentClauses } from './clauses.ts';
import { segmentSentences } from './sentences.ts';
import { showSpans } from './show-spans.ts';

const show = (text: string): string => showSpans(text, segmentClauses(text, segmentSentences(text)));

const cases: Array<[string, string, string]> = [
  ['empty string', '', '[]'],
  [
    'no cut',
    'The future of the Internet should not be controlled.',
    '[The future of the Internet should not be controlled.]',
  ],
  [
    'semicolon',
    'It serves the private interests of the US; it has nothing to do with democracy.',
    '[It serves the private interests of the US;|it has nothing to do with democracy.]',
  ],
  [
    'colon',
    'He added this point: the US must stop being paranoid.',
    '[He added this point:|the US must stop being paranoid.]',
  ],
  [
    'colon in a time is not a cut',
    'The meeting starts at 10:30 in the big hall.',
    '[The meeting starts at 10:30 in the big hall.]',
  ],
  [
    'spaced em dash',
    'The alliance is old wine — a new bottle for an old plan.',
    '[The alliance is old wine —|a new bottle for an old plan.]',
  ],
  [
    'spaced en dash and double hyphen',
    'BEIJING, Dec. 9 (Xinhua) -- A spokesperson has slammed the summit.',
    '[BEIJING, Dec. 9 (Xinhua) --|A spokesperson has slammed the summit.]',
  ],
  [
    'comma before but',
    'It has nothing to do with justice, but serves the interests of the US.',
    '[It has nothing to do with justice,|but serves the interests of the US.]',
  ],
  [
    'comma before which',
    'Developing countries carried the PRC into the UN, which illustrates their solidarity.',
    '[Developing countries carried the PRC into the UN,|which illustrates their solidarity.]',
  ],
  [
    'comma before resulting',
    'It implants bias in the supply chain, resulting in serious market distortions.',
    '[It implants bias in the supply chain,|resulting in serious market distortions.]',
  ],
  [
    'comma before in an attempt',
    'It distorts the market, in an attempt to gain unfair advantages.',
    '[It distorts the market,|in an attempt to gain unfair advantages.]',
  ],
  [
    'comma and a clause',
    'China opposes the politicization of cooperation, and the US must stop its attacks at once.',
    '[China opposes the politicization of cooperation,|and the US must stop its attacks at once.]',
  ],
  [
    'comma and the last list item is not a cut',
    'It unsealed charges for hacking companies, government agencies, and universities across the world on behalf of the MSS.',
    '[It unsealed charges for hacking companies, government agencies, and universities across the world on behalf of the MSS.]',
  ],
  [
    'comma before an ordinary word is not a cut',
    'It is politicizing, instrumentalizing and weaponizing democracy.',
    '[It is politicizing, instrumentalizing and weaponizing democracy.]',
  ],
  [
    'short list items merge back',
    'It plants bias in the supply chain, industrial chain, and information chain, resulting in serious market distortions.',
    '[It plants bias in the supply chain, industrial chain, and information chain,|resulting in serious market distortions.]',
  ],
  [
    'so-called is not so',
    'They oppose the plan, so-called democracy summit included.',
    '[They oppose the plan, so-called democracy summit included.]',
  ],
  [
    'attribution frame in the middle',
    'The pushing for the so-called "Alliance" is an attempt to plant bias, Wang said, adding that it will seriously distort the market.',
    '[The pushing for the so-called "Alliance" is an attempt to plant bias, Wang said,|adding that it will seriously distort the market.]',
  ],
  [
    'inverted attribution after a quote',
    '"This is another example of politicizing democracy," said the spokesperson.',
    '["This is another example of politicizing democracy,"|said the spokesperson.]',
  ],
  [
    'short attribution after a quote merges back',
    '"This act contradicts strategic autonomy claimed by Europe," Zhao said.',
    '["This act contradicts strategic autonomy claimed by Europe," Zhao said.]',
  ],
  [
    'attribution then a quote',
    'The spokesperson said, "The US must stop throwing mud at China."',
    '[The spokesperson said,|"The US must stop throwing mud at China."]',
  ],
  [
    'and + -ed verb with an object starts a clause',
    'A top China spokesman on Tuesday rejected accusations that Beijing was behind the recent hacking campaign and accused the US of being the world’s biggest offender in cyberspace.',
    '[A top China spokesman on Tuesday rejected accusations that Beijing was behind the recent hacking campaign|and accused the US of being the world’s biggest offender in cyberspace.]',
  ],
  [
    'and + irregular past verb with an object starts a clause',
    'The minister rejected calls for a boycott of the games and said the country would send its full team.',
    '[The minister rejected calls for a boycott of the games|and said the country would send its full team.]',
  ],
  [
    'and + auxiliary',
    'China firmly opposes all cyber attacks and will never encourage or condone any of them.',
    '[China firmly opposes all cyber attacks|and will never encourage or condone any of them.]',
  ],
  [
    'two verbs sharing an object are not cut',
    'China firmly opposes and combats all forms of cyber attacks.',
    '[China firmly opposes and combats all forms of cyber attacks.]',
  ],
  [
    'not only …, but also',
    'The US is wiretapping not only competitors, but also its allies in Europe.',
    '[The US is wiretapping not only competitors, but also its allies in Europe.]',
  ],
  ['and + short predicate is not a cut', 'He came and saw the city.', '[He came and saw the city.]'],
  [
    'and + adjective -ed is not a cut',
    'Gaps between developing and developed countries keep widening every year.',
    '[Gaps between developing and developed countries keep widening every year.]',
  ],
  [
    'and + plural noun is not a cut',
    'The United States and others say that it is time to act.',
    '[The United States and others say that it is time to act.]',
  ],
  [
    'quote marks do not cut',
    'He said "the US is the largest source of attacks" and left.',
    '[He said "the US is the largest source of attacks" and left.]',
  ],
  [
    'thousands separator is not a cut',
    'It was controlled from 52,000 command and control servers.',
    '[It was controlled from 52,000 command and control servers.]',
  ],
  [
    'CJK commas',
    '中国外交部发言人汪文斌在例行记者会上说，美国所谓的民主峰会与国际正义无关。',
    '[中国外交部发言人汪文斌在例行记者会上说，|美国所谓的民主峰会与国际正义无关。]',
  ],
  [
    'emoji',
    'We won the big game 🎉; the whole team celebrated 👍 all night.',
    '[We won the big game 🎉;|the whole team celebrated 👍 all night.]',
  ],
];

for (const [name, input, expected] of cases) {
  test(`segmentClauses: ${name}`, () => assert.equal(show(input), expected));
}

test('segmentClauses: clauses tile each sentence and name it', () => {
  const text = 'It rained; we stayed home, because it was cold. Then, when it stopped, we left — happily.';
  const sentences = segmentSentences(text);
  const clauses = segmentClauses(text, sentences);
  for (const sentence of sentences) {
    const own = clauses.filter((c) => c.sentence === sentence.index);
    assert.equal(own[0]?.start, sentence.start);
    assert.equal(own[own.length - 1]?.end, sentence.end);
    for (let k = 1; k < own.length; k++) assert.match(text.slice(own[k - 1]!.end, own[k]!.start), /^\s*$/u);
  }
  assert.deepEqual(
    clauses.map((c) => c.index),
    clauses.map((_, k) => k),
  );
});

test('countWords: words, hyphenated words, CJK pairs, emoji', () => {
  assert.equal(countWords('a so-called "test" 🎉', 0, 20), 3);
  assert.equal(countWords('汪文斌说', 0, 4), 2);
  assert.equal(countWords(' , — ', 0, 5), 0);
  assert.equal(countWords('one two three four five', 0, 23, 3), 3);
});
