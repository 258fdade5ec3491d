import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignTexts } from '../align.ts';
import { isHeadline } from '../segment/headline.ts';

// A made-up briefing in the White House format (`Q` lines, `MS. NAME:` labels, two spaces after a stop).
const SOURCE = [
  'MS. PARK:  Good afternoon.  The President will travel to Ohio on Friday to visit a battery plant.',
  'Q    On the fishing dispute: coastal groups say the administration let the trawler fleet off the hook.  Why not fine the fleet directly?',
  'MS. PARK:  We believe there are more effective ways to protect the fisheries.  Historically, the United States has not fined fleets of countries with which we have a fisheries treaty.  We will keep working with our partners.',
  'Q    And on the budget?',
  'MS. PARK:  The budget will be released next week.',
].join('\n\n');

const BODY = 'Park said the U.S. had historically not fined fleets of countries with which it has a fisheries treaty.';

const textOf = (text: string, spans: ReadonlyArray<{ start: number; end: number }>) => spans.map((s) => text.slice(s.start, s.end));

test('headline: a headline that matches the question is linked to the answer it got', () => {
  const headline = 'White House says President will not fine trawler fleet';
  const report = `${headline}\n\n${BODY}`;
  const result = alignTexts(report, SOURCE);
  const top = result.alignments.find((a) => a.report[0]!.start === 0);
  assert.ok(top, 'the headline is aligned');
  assert.deepEqual(textOf(SOURCE, top.source), ['Historically, the United States has not fined fleets of countries with which we have a fisheries treaty.']);
  assert.equal(top.kind, 'partial');
  assert.ok(top.score >= 0.35, 'never below the minimum score');
});

test('headline: the same words as a lead sentence keep the question they report', () => {
  const report = `Coastal groups say the administration let the trawler fleet off the hook.\n\n${BODY}`;
  const lead = alignTexts(report, SOURCE).alignments.find((a) => a.report[0]!.start === 0);
  assert.ok(lead);
  assert.deepEqual(textOf(SOURCE, lead.source), ['coastal groups say the administration let the trawler fleet off the hook.']);
});

test('isHeadline: one short unstopped first line followed by more text', () => {
  const paragraphs = (text: string) => {
    let at = 0;
    return text.split('\n\n').map((p, index) => {
      const start = text.indexOf(p, at);
      at = start + p.length;
      return { start, end: at, index };
    });
  };
  const text = 'China rejects claims\n\nThe ministry said on Monday that the claims were false.';
  assert.equal(isHeadline(text, paragraphs(text), [{ start: 0, end: 6 }]), true);
  assert.equal(isHeadline(text, paragraphs(text), [{ start: 22, end: 30 }]), false);
  const stopped = 'China rejects claims.\n\nThe ministry said so.';
  assert.equal(isHeadline(stopped, paragraphs(stopped), [{ start: 0, end: 6 }]), false);
  const alone = 'China rejects claims';
  assert.equal(isHeadline(alone, paragraphs(alone), [{ start: 0, end: 6 }]), false);
});
