import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignTexts } from './align.ts';
import type { AlignResult, Span } from './types.ts';

// A small transcript in the shape of a ministry briefing: a title, two exchanges.
const SOURCE = `Press conference on 3 March

Reuters reporter: The mayor announced a new budget for city parks yesterday. What is your comment?

Spokesperson Li: We welcome any effort to improve public spaces. The city will spend 40 million dollars on parks this year. Residents asked for more trees and safer playgrounds. The new plan does not raise local taxes. We will never accept cuts to school funding.

AFP reporter: Flooding hit the river district last week. How many families were moved?

Spokesperson Li: About 300 families were moved to temporary housing. Emergency teams worked through the night. Damage to roads is still being assessed.`;

const slice = (text: string, s: Span) => text.slice(s.start, s.end);

/** Each alignment as `kind: report => source`, in report order. */
function showAlignments(report: string, source: string, r: AlignResult): string[] {
  return r.alignments.map((a) => `${a.kind}: ${a.report.map((s) => slice(report, s)).join(' / ')} => ${a.source.map((s) => slice(source, s)).join(' / ')}`);
}

function sourceOf(r: AlignResult, report: string, source: string, reportStart: string): string | undefined {
  const at = report.indexOf(reportStart);
  const a = r.alignments.find((x) => x.report.some((s) => s.start <= at && at < s.end));
  return a?.source.map((s) => slice(source, s)).join(' / ');
}

test('alignTexts: a lead may report the last sentence of an answer', () => {
  const report = `The city will not raise local taxes for its parks plan, the spokesperson said.\n\nHe said the city would spend 40 million dollars on parks this year.`;
  const r = alignTexts(report, SOURCE);
  assert.equal(sourceOf(r, report, SOURCE, 'The city will not raise'), 'The new plan does not raise local taxes.');
  assert.equal(sourceOf(r, report, SOURCE, 'He said the city'), 'The city will spend 40 million dollars on parks this year.');
});

test('alignTexts: quote marks make a quote; reported speech is a paraphrase', () => {
  const report = `"The city will spend 40 million dollars on parks this year," Li said.\n\nLi said residents wanted more trees and safer playgrounds.`;
  const r = alignTexts(report, SOURCE);
  assert.deepEqual(showAlignments(report, SOURCE, r), [
    'quote: "The city will spend 40 million dollars on parks this year," Li said. => The city will spend 40 million dollars on parks this year.',
    'paraphrase: Li said residents wanted more trees and safer playgrounds. => Residents asked for more trees and safer playgrounds.',
  ]);
});

test('alignTexts: background with no source is added; the other exchange is not omitted', () => {
  // The report draws on two points of the answer, so what lies between them is covered and left out.
  const report = `"The city will spend 40 million dollars on parks this year," Li said. "We will never accept cuts to school funding," he added.\n\nThe mayor's office has faced months of criticism from opposition councillors.`;
  const r = alignTexts(report, SOURCE);
  assert.deepEqual(r.added.map((s) => slice(report, s)), ["The mayor's office has faced months of criticism from opposition councillors."]);
  const omitted = r.omitted.map((s) => slice(SOURCE, s));
  assert.ok(omitted.includes('The new plan does not raise local taxes.'), 'a statement of the covered answer is left out');
  assert.ok(!omitted.some((o) => o.includes('families')), 'the flooding exchange is not what the report covers');
  assert.ok(!omitted.some((o) => o.endsWith('?')), 'questions are not statements');
});

test('alignTexts: a changed word inside quote marks is a misquote', () => {
  const report = `"We will gladly accept cuts to school funding," Li said.`;
  const r = alignTexts(report, SOURCE);
  const a = r.alignments[0];
  assert.ok(a, 'the altered quote is still aligned with its source');
  assert.equal(slice(SOURCE, a.source[0]!), 'We will never accept cuts to school funding.');
  assert.ok(a.flags.includes('misquote'), `flags: ${a.flags.join(',')}`);
  assert.ok(a.flags.includes('negation-changed'), `flags: ${a.flags.join(',')}`);
  const omitted = a.diff.filter((d) => d.op === 'omitted').map((d) => slice(SOURCE, d.source));
  const added = a.diff.filter((d) => d.op === 'added').map((d) => slice(report, d.report));
  assert.ok(omitted.includes('never'), `omitted: ${omitted.join('|')}`);
  assert.ok(added.includes('gladly'), `added: ${added.join('|')}`);
});

test('alignTexts: a changed number is flagged', () => {
  const report = `The city will spend 60 million dollars on parks this year, Li said.`;
  const a = alignTexts(report, SOURCE).alignments[0];
  assert.ok(a?.flags.includes('number-changed'), `flags: ${a?.flags.join(',')}`);
});

test('alignTexts: one report sentence may stitch two places of one answer', () => {
  const report = `Li said the city "will spend 40 million dollars on parks this year" and that the plan "does not raise local taxes."`;
  const r = alignTexts(report, SOURCE);
  assert.equal(r.alignments.length, 1);
  assert.equal(r.alignments[0]!.kind, 'quote');
  assert.deepEqual(
    r.alignments[0]!.source.map((s) => slice(SOURCE, s)),
    ['The city will spend 40 million dollars on parks this year.', 'The new plan does not raise local taxes.'],
  );
});

test('alignTexts: one source sentence may feed two report sentences', () => {
  const report = `The city will spend 40 million dollars. The money goes on parks this year, Li said.`;
  // Assignment allows it; whether the weak second half is kept is the link model's call, not tested here.
  const r = alignTexts(report, SOURCE, { model: { version: 1 } });
  const sources = r.alignments.map((a) => a.source.map((s) => slice(SOURCE, s)).join(' / '));
  assert.equal(sources.length, 2);
  assert.ok(sources.every((s) => s === 'The city will spend 40 million dollars on parks this year.'), sources.join(' | '));
});

test('alignTexts: sharing the topic is not reporting the statement', () => {
  const report = `Parks matter to every city. Budgets for public spaces are often debated by residents, and trees are popular.`;
  const r = alignTexts(report, SOURCE);
  assert.deepEqual(showAlignments(report, SOURCE, r), []);
  assert.deepEqual(r.omitted, [], 'nothing is covered, so nothing is left out');
});

test('alignTexts: a reported question is matched to the question, and its asker counts as omitted', () => {
  const report = `Li was asked about the new budget the mayor announced for city parks.\n\nLi said the city would spend 40 million dollars on parks this year.`;
  const r = alignTexts(report, SOURCE);
  assert.equal(sourceOf(r, report, SOURCE, 'asked about'), 'The mayor announced a new budget for city parks yesterday.');
  assert.ok(r.omitted.some((s) => slice(SOURCE, s) === 'Reuters reporter:'), r.omitted.map((s) => slice(SOURCE, s)).join(' | '));
});

test('alignTexts: every span lies inside its text and diffs stay inside their alignment', () => {
  const report = `"The city will spend 40 million dollars on parks this year," Li said. Residents wanted more trees.`;
  const r = alignTexts(report, SOURCE);
  const within = (s: Span, len: number) => Number.isInteger(s.start) && s.start >= 0 && s.start < s.end && s.end <= len;
  for (const a of r.alignments) {
    assert.ok(a.report.every((s) => within(s, report.length)) && a.source.every((s) => within(s, SOURCE.length)));
    assert.ok(a.score >= 0 && a.score <= 1);
    for (const d of a.diff) {
      if (d.op !== 'omitted') assert.ok(a.report.some((s) => d.report.start >= s.start && d.report.end <= s.end), 'report part inside');
      if (d.op !== 'added') assert.ok(a.source.some((s) => d.source.start >= s.start && d.source.end <= s.end), 'source part inside');
    }
  }
  assert.ok(r.added.every((s) => within(s, report.length)) && r.omitted.every((s) => within(s, SOURCE.length)));
});

test('alignTexts: edge inputs give empty results, misuse throws', () => {
  assert.deepEqual(alignTexts('', '').alignments, []);
  assert.deepEqual(alignTexts('Hello.', '').alignments, []);
  assert.deepEqual(alignTexts('', SOURCE).omitted, []);
  assert.equal(alignTexts(SOURCE, SOURCE).alignments.length > 5, true, 'a text aligns with itself');
  // @ts-expect-error misuse: not a string
  assert.throws(() => alignTexts(null, 'x'), /report must be a string/);
  assert.throws(() => alignTexts('a', 'b', { minScore: 2 }), /minScore/);
});

test('alignTexts: long remarks that answer no question are covered only where the report draws on them', () => {
  const topic = (subject: string, facts: string[]) => facts.map((f) => `${subject} ${f}.`).join(' ');
  const remarks = [
    topic('The vaccination drive', ['reached its eighth week on Monday', 'added three clinics in northern valleys', 'will open weekend hours for shift workers', 'now offers booster shots to teachers', 'relies on volunteers from nursing schools', 'has a hotline that answers in nine languages', 'sends reminder letters to older residents', 'publishes its figures every Friday morning']),
    topic('The harbour bridge repair', ['closed two lanes for eleven weeks', 'replaces the corroded steel cables', 'is paid for by a federal infrastructure grant', 'keeps one lane open for buses and ambulances', 'employs four hundred welders and engineers', 'uses a floating crane brought from Rotterdam', 'runs night shifts to limit noise by day', 'should finish before the autumn festival']),
    topic('The trade mission to Chile', ['leaves on the fourteenth of next month', 'includes thirty farm cooperatives', 'hopes to double exports of dried fruit', 'will sign a customs agreement in Santiago', 'brings a delegation of university rectors', 'meets the copper mining federation', 'ends with a forum on water technology', 'was planned with the chamber of commerce']),
  ];
  const source = `Spokesperson Li: Good morning. ${remarks.join('\n\n')}\n\nAFP reporter: Any news on the stadium?\n\nSpokesperson Li: The stadium opens in May.`;
  const report = '"The harbour bridge repair replaces the corroded steel cables," Li said. The work uses a floating crane brought from Rotterdam, he added.';
  // The plain region rule (the fallback when a model has no region decision): long remarks go paragraph by paragraph.
  const r = alignTexts(report, source, { model: { version: 1 } });
  assert.equal(r.alignments.length, 2, showAlignments(report, source, r).join('\n'));
  const omitted = r.omitted.map((s) => slice(source, s));
  assert.ok(omitted.includes('The harbour bridge repair closed two lanes for eleven weeks.'), 'the paragraph the report draws on is covered');
  assert.ok(!omitted.some((o) => o.startsWith('The vaccination drive') || o.startsWith('The trade mission')), omitted.join('\n'));
});
