import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareStrength, type StrengthChange } from './strength.ts';
import { STRENGTH_SCALES } from './lexicon.ts';

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);
/** One line a change: `scale direction: message`. */
const show = (changes: StrengthChange[]): string =>
  changes.map((c) => `${c.scale} ${c.direction}: ${c.message}`).join('\n');
const compare = (report: string, source: string): string => show(compareStrength(words(report), words(source)));

const cases: [name: string, report: string, source: string, expected: string][] = [
  // no change
  ['same words', 'he said the plan is harmful', 'he said the plan is harmful', ''],
  ['inflections of the same word', 'she slams the plan', 'she slammed the plan', ''],
  ['unrelated words', 'the summit opened in washington', 'talks continued on trade', ''],
  ['different words of equal strength', 'he stressed the point', 'he emphasized the point', ''],
  ['neutral verbs are the baseline', 'he told reporters', 'he said', ''],
  ['"not only" is no restriction', 'it is not only wrong', 'it is wrong', ''],
  ['a negated scale word does not count', 'he did not condemn the move', 'he said nothing about the move', ''],
  ['the month May is no hedge', 'on May 5 they met', 'they met', ''],
  ['"critics" is not "criticize"', 'critics said the law is new', 'the law is new', ''],
  ['"totally" is not "total"', 'a total of 12 attacks', 'twelve attacks', ''],
  // reporting verbs
  [
    'said → slammed',
    'china slammed the summit',
    'china said the summit',
    'criticism sharpened: "said" → "slammed" (stronger)',
  ],
  [
    'slammed added to a transcript',
    'the spokesperson slammed the summit',
    'the summit serves private interests',
    'criticism sharpened: added "slammed" (stronger)',
  ],
  [
    'lashed out is a phrase',
    'he lashed out at critics',
    'he criticized his opponents',
    'criticism sharpened: "criticized" → "lashed out" (stronger)',
  ],
  [
    'condemned → criticized',
    'the ministry criticized the move',
    'the ministry condemned the move',
    'criticism softened: "condemned" → "criticized" (weaker)',
  ],
  ['said → stressed', 'wang stressed that', 'wang said that', 'speech sharpened: "said" → "stressed" (stronger)'],
  [
    'said → claimed casts doubt',
    'he claimed the data was stolen',
    'he said the data was stolen',
    'credence softened: "said" → "claimed" (weaker)',
  ],
  [
    'said → pointed out presents as fact',
    'she pointed out that',
    'she said that',
    'credence sharpened: "said" → "pointed out" (stronger)',
  ],
  // effects
  [
    'harmful → will only undermine',
    'it will only undermine trust',
    'it is harmful to trust',
    'harm sharpened: "harmful" → "undermine" (stronger)\nrestriction sharpened: added "only" (stronger)',
  ],
  [
    'not conducive → hinder',
    'this will hinder cooperation',
    "this isn't conducive to cooperation",
    'harm sharpened: "isn\'t conducive" → "hinder" (stronger)',
  ],
  [
    'destroy → damage',
    'it damages the order',
    'it destroys the order',
    'harm softened: "destroys" → "damages" (weaker)',
  ],
  // degree, hedges, distancing, frequency
  [
    'completely dropped',
    'this is groundless',
    'this is completely groundless',
    'intensity softened: dropped "completely" (weaker)',
  ],
  [
    'very → extremely',
    'an extremely dangerous move',
    'a very dangerous move',
    'intensity sharpened: "very" → "extremely" (stronger)',
  ],
  [
    'hedge dropped',
    'the move will harm ties',
    'the move may harm ties',
    'certainty sharpened: "may" → "will" (stronger)',
  ],
  [
    'hedge added',
    'hackers possibly linked to the state',
    'hackers linked to the state',
    'certainty softened: added "possibly" (weaker)',
  ],
  ['probability goes with the forecast', 'the leaders will discuss it', 'he will likely raise it', ''],
  [
    'possibility → probability',
    'biden is likely to warn beijing',
    'biden may warn beijing',
    'certainty sharpened: "may" → "likely" (stronger)',
  ],
  ['a spoken booster is no certainty', 'we are concerned', 'we are obviously clearly concerned', ''],
  [
    'so-called dropped',
    'the summit for democracy',
    'the so-called summit for democracy',
    'distancing softened: dropped "so-called" (weaker)',
  ],
  [
    'repeatedly added',
    'they repeatedly attacked networks',
    'they attacked networks',
    'frequency sharpened: added "repeatedly" (stronger)',
  ],
];

for (const [name, report, source, expected] of cases) {
  test(`compareStrength: ${name}`, () => {
    assert.equal(compare(report, source), expected);
  });
}

test('ranges point at the words shown', () => {
  const report = words('China slammed the U.S. summit');
  const source = words('the spokesperson said the summit');
  const [change] = compareStrength(report, source);
  assert.ok(change);
  assert.deepEqual(change.reportRange, { start: 1, end: 2 });
  assert.deepEqual(change.sourceRange, { start: 2, end: 3 });
});

test('compareStrength is antisymmetric: swapping sides swaps the direction', () => {
  for (const [, report, source, expected] of cases) {
    const forward = compareStrength(words(report), words(source)).map((c) => `${c.scale} ${c.direction}`);
    const backward = compareStrength(words(source), words(report)).map(
      (c) => `${c.scale} ${c.direction === 'sharpened' ? 'softened' : 'sharpened'}`,
    );
    assert.deepEqual(backward, forward, expected || report);
  }
});

test('the lexicon has at least 60 ranked entries and no entry twice in a scale', () => {
  let total = 0;
  for (const scale of STRENGTH_SCALES) {
    const phrases = scale.entries.map(([phrase]) => phrase);
    assert.equal(new Set(phrases).size, phrases.length, scale.name);
    for (const [phrase, strength] of scale.entries) {
      assert.match(phrase, /^[a-z']+( [a-z']+)*$/, `${scale.name}: ${phrase}`);
      assert.ok(Number.isInteger(strength), `${scale.name}: ${phrase}`);
    }
    total += scale.entries.length;
  }
  assert.ok(total >= 60, `${total} entries`);
});

test('misuse throws an error naming the argument', () => {
  assert.throws(() => compareStrength('said' as unknown as string[], []), /reportWords/);
});
