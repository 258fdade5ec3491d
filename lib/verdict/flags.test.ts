import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignTexts } from '../align.ts';
import { findQuantities, sameAmount } from './quantities.ts';

const SOURCE = `Spokesperson Li: The future of the Internet should not be controlled by a few countries. It is completely contrary to the spirit of peace and cooperation. The city will spend 40 million dollars on 12 new parks. We firmly support open markets and fair trade. More than 500 families were moved from the river district. We think the new bridge may open in May. Sometimes the ferry is late.`;

/** The flags of the alignments of `report`, comma-joined per alignment, or `none` when nothing aligned. */
function flagsOf(report: string): string {
  const r = alignTexts(report, SOURCE);
  if (r.alignments.length === 0) return 'none';
  return r.alignments.map((a) => a.flags.join(',') || '-').join(' | ');
}

test('flags, table', () => {
  const cases: Array<[string, string, string]> = [
    ['a faithful quote', '"The future of the Internet should not be controlled by a few countries," Li said.', '-'],
    [
      'a synonym inside the quote is a changed content word',
      '"The future of the Internet should not be manipulated by a few countries," Li said.',
      'misquote',
    ],
    [
      'a changed function word inside the quote',
      '"The future of the Internet should not be controlled by the few countries," Li said.',
      'wording-differs',
    ],
    [
      'a dropped intensifier is not a flag, but inside quote marks it is a misquote',
      '"It is contrary to the spirit of peace and cooperation," Li said.',
      'misquote',
    ],
    [
      'a changed number inside the quote',
      '"The city will spend 60 million dollars on 12 new parks," Li said.',
      'misquote,number-changed',
    ],
    [
      'a dropped negation inside the quote',
      '"The future of the Internet should be controlled by a few countries," Li said.',
      'misquote,negation-changed',
    ],
    [
      'a trimmed quote is not a misquote, and a dropped intensifier is not softened',
      'Li said it was "contrary to the spirit of peace and cooperation."',
      '-',
    ],
    [
      'a paraphrase with a synonym',
      'Li said the future of the Internet should not be manipulated by a few countries.',
      '-',
    ],
    ['a qualifier dropped from a number', 'Li said 500 families were moved from the river district.', 'number-changed'],
    ['the same amount in words', 'Li said the city will spend forty million dollars on twelve new parks.', '-'],
    ['a hedge dropped', 'Li said the new bridge will open in May.', 'sharpened'],
    ['frequency raised', 'Li said the ferry is often late.', 'sharpened'],
    ['a filler intensifier added is no flag', 'Li said they really support open markets and fair trade.', '-'],
    [
      'a stance verb for what the source simply says',
      'Li slammed it as contrary to the spirit of peace and cooperation.',
      'sharpened',
    ],
  ];
  for (const [name, report, expected] of cases) assert.equal(flagsOf(report), expected, name);
});

test('negation as polarity: a moved negation is no change, a dropped one is', () => {
  const source = 'MR. SMITH: The issue did not come up in the talks. We will not send troops to the region.';
  const moved = alignTexts(
    'Smith said the issue was not raised in the talks, and no troops would be sent to the region.',
    source,
  );
  assert.ok(
    moved.alignments.every((a) => !a.flags.includes('negation-changed')),
    JSON.stringify(moved.alignments.map((a) => a.flags)),
  );
  const flipped = alignTexts('Smith said they will send troops to the region.', source);
  const a = flipped.alignments.find((x) => x.flags.includes('negation-changed'));
  assert.ok(a, 'a dropped "not" before what both say flips it');
  const d = a.flagDetails.find((x) => x.flag === 'negation-changed')!;
  assert.equal(source.slice(d.source!.start, d.source!.end), 'not');
  assert.match(d.message, /asserts what the source negates/);
});

test('a flag detail names its evidence on both sides', () => {
  const report = 'Li said 500 families were moved from the river district.';
  const a = alignTexts(report, SOURCE).alignments[0]!;
  const d = a.flagDetails.find((x) => x.flag === 'number-changed')!;
  assert.equal(report.slice(d.report!.start, d.report!.end), '500');
  assert.equal(SOURCE.slice(d.source!.start, d.source!.end), 'More than 500');
  assert.match(d.message, /"More than 500" → "500"/);
});

test('strength that changes both ways raises neither flag and says why', () => {
  const source = 'MR. SMITH: We think the new bridge may open in May. Sometimes the ferry is late.';
  const r = alignTexts('Smith said the new bridge will perhaps open in May, and the ferry is sometimes late.', source);
  for (const a of r.alignments) assert.ok(!(a.flags.includes('sharpened') && a.flags.includes('softened')));
  const both = alignTexts(
    'Smith slammed the bridge: it might never open in May, he said.',
    'MR. SMITH: The new bridge will open in May.',
  );
  for (const a of both.alignments)
    assert.ok(!(a.flags.includes('sharpened') && a.flags.includes('softened')), a.flags.join(','));
});

test('quantities as values, table', () => {
  const cases: Array<[string, string]> = [
    ['more than 500 people', '500 over count'],
    ['some 500', '500 about count'],
    ['at least two', '2 at-least count'],
    ['up to 20 per cent', '20 up-to percent'],
    ['a 30-country meeting', '30 exact count'],
    ['a dozen ministers', '12 exact count'],
    ['thirty-five percent', '35 exact percent'],
    ['about 5.31 million computer hosts', '5310000 about count'],
    ['3.3 billion dollars', '3300000000 exact money $'],
    ['$40 million', '40000000 exact money $'],
    ['12%', '12 exact percent'],
    ['dozens of officials', '24-100 exact count'],
    ['tens of thousands of servers', '10000-100000 exact count'],
    ['in 2021 at 10:30', ''],
    ['the one that came', ''],
  ];
  for (const [text, want] of cases) {
    const got = findQuantities(text, [{ start: 0, end: text.length }])
      .map((q) =>
        [q.low === q.high ? q.low : `${q.low}-${q.high}`, q.qualifier, q.kind, q.currency]
          .filter((x) => x !== undefined)
          .join(' '),
      )
      .join('; ');
    assert.equal(got, want, text);
  }
  const q = (t: string) => findQuantities(t, [{ start: 0, end: t.length }])[0]!;
  assert.ok(
    sameAmount(q('52,000 servers'), q('tens of thousands of servers')),
    'a vague magnitude agrees with a value inside it',
  );
  assert.ok(!sameAmount(q('dozens'), q('hundreds')));
  assert.ok(!sameAmount(q('$40 million'), q('40 million yuan')), 'another currency is another amount');
  assert.ok(sameAmount(q('thirty countries'), q('30 countries')));
});

test('negation with implicit negatives: "hinder" says what "not conducive to" says; "did not oppose" is no denial', () => {
  const source =
    'MR. LI: Such practices are not conducive to seeking common development in the region. China opposes the new trade plan for the region.';
  const same = alignTexts('Li said such practices hinder efforts at seeking common development in the region.', source);
  assert.ok(same.alignments.length > 0);
  assert.ok(
    same.alignments.every((a) => !a.flags.includes('negation-changed')),
    JSON.stringify(same.alignments.map((a) => a.flags)),
  );
  const flipped = alignTexts('Li said China did not oppose the new trade plan for the region.', source);
  assert.ok(
    flipped.alignments.some((a) => a.flags.includes('negation-changed')),
    JSON.stringify(flipped.alignments.map((a) => a.flags)),
  );
});

test('strength counts only on the claim both sides report, and a month is no modal', () => {
  const source =
    'MR. SMITH: Today we met industry leaders to discuss security, and ways new collaboration could rapidly drive improvements. The President may reaffirm the policy on trade. We will talk when there is a crisis.';
  const show = (report: string) =>
    alignTexts(report, source)
      .alignments.map((a) => a.flags.join(',') || '-')
      .join(' | ');
  // "could" bears on "drive improvements", which the report does not say.
  assert.equal(show('Smith said they met industry leaders to discuss security.'), '-');
  // "may" → "will" on "reaffirm", which both say (the hyphenated spelling too).
  assert.equal(show('Smith said the President will re-affirm the policy on trade.'), 'sharpened');
  // "if" for "when" restates the condition the source gives.
  assert.equal(show('Smith said they will talk if there is a crisis.'), '-');
  // "in May" is the month: "will" against a source without a modal stays the only strength word.
  assert.equal(show('Smith said the President may reaffirm the policy on trade before the summit in May.'), '-');
});

test('negation counts only when the denied word is one both sides say, table', () => {
  const source =
    "MR. SMITH: I will note just for folks' awareness, the last call between the two leaders was July 2022. The two leaders will meet again in the autumn.";
  const cases: Array<[string, string, boolean]> = [
    // The case wire-wh-bgcall-biden-xi-cna-20240402: the shared words are the subject, the denied verb is new.
    ['another predicate denied', "But the two leaders haven't spoken on the phone since July 2022.", false],
    ['the denied verb both say', 'Smith said the two leaders will not meet again in the autumn.', true],
  ];
  for (const [name, report, want] of cases) {
    const r = alignTexts(report, source);
    assert.ok(r.alignments.length > 0, `${name}: aligned`);
    const got = r.alignments.some((a) => a.flags.includes('negation-changed'));
    assert.equal(got, want, `${name}: ${JSON.stringify(r.alignments.map((a) => a.flags))}`);
  }
});
