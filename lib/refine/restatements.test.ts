import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepareMatch } from '../align.ts';
import type { Claim } from '../match/assign.ts';
import { scorePlace } from '../match/places.ts';
import { findRestatements } from './restatements.ts';

const SOURCE = [
  'Reuters: Several governments accused the ministry of running a phishing operation against European banks. What is your response?',
  'Liu Mei: These accusations are baseless. The so-called phishing ring was run from servers abroad.',
].join('\n\n');

const HEADLINE = 'Beijing cries foul over Nightjar phishing ring';
const BODY = 'Liu said the Nightjar phishing ring, which targeted lenders across Europe, was run from servers abroad.';

/** The report's clauses and one claim on the body sentence, as assignment would make it. */
function setUp(paragraphs: string[], bodyScore: number) {
  const report = paragraphs.join('\n\n');
  const { ctx, clauseTokens } = prepareMatch(report, SOURCE);
  const body = ctx.report.seg.sentences.findIndex((s) => report.slice(s.start, s.end) === BODY);
  const first = ctx.report.sentenceClauseFirst[body]!;
  const last = ctx.report.sentenceClauseLast[body]!;
  const tokens = clauseTokens.slice(first, last).flat();
  const answer = ctx.source.seg.sentences.findIndex((s) => SOURCE.slice(s.start, s.end).startsWith('The so-called'));
  const claim: Claim = { sentence: body, clauseFirst: first, clauseLast: last, tokens, places: [scorePlace(ctx, tokens, answer, answer + 1)], score: bodyScore, asks: false };
  const headline = ctx.report.seg.clauses.findIndex((c) => report.slice(c.start, c.end) === HEADLINE);
  return { ctx, clauseTokens, claim, headline };
}

test('restatements: a headline that shares its rare words with a matched passage reports what it reports', () => {
  const { ctx, clauseTokens, claim, headline } = setUp([HEADLINE, BODY], 0.9);
  const found = findRestatements(ctx, [claim], clauseTokens, 0.35);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.clauseFirst, headline);
  assert.equal(found[0]!.places, claim.places);
  assert.ok(found[0]!.score >= 0.35 && found[0]!.score <= claim.score, 'never surer than the passage it restates');
});

test('restatements: none for a doubtful passage, a clause deep in the story, or a clause that has a match', () => {
  const doubtful = setUp([HEADLINE, BODY], 0.4);
  assert.deepEqual(findRestatements(doubtful.ctx, [doubtful.claim], doubtful.clauseTokens, 0.35), []);
  const deep = setUp(['Officials met on Monday.', 'The talks ran late.', HEADLINE, BODY], 0.9);
  assert.deepEqual(findRestatements(deep.ctx, [deep.claim], deep.clauseTokens, 0.35), []);
  const matched = setUp([HEADLINE, BODY], 0.9);
  const own: Claim = { ...matched.claim, sentence: 0, clauseFirst: matched.headline, clauseLast: matched.headline + 1 };
  assert.deepEqual(findRestatements(matched.ctx, [matched.claim, own], matched.clauseTokens, 0.35), []);
});
