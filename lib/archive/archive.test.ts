// lib/archive: the words as the archive's index cuts them, the terms candidate search asks for, the verbatim check
// and the re-ranking of candidates (issue 17).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexWords, indexWord } from './index-words.ts';
import { buildSourceQuery, TERM_WEIGHTS } from './source-query.ts';
import { coverVerbatim, readReportWords } from './verbatim-cover.ts';
import { rankSources } from './rank-sources.ts';

test('indexWords cuts as FTS5 unicode61 does: apostrophes and dots split, case and accents go, spans kept', () => {
  const text = 'The world’s U.S. Café';
  const words = indexWords(text);
  assert.deepEqual(
    words.map((w) => w.word),
    ['the', 'world', 's', 'u', 's', 'cafe'],
  );
  assert.deepEqual(
    words.map((w) => text.slice(w.start, w.end)),
    ['The', 'world', 's', 'U', 'S', 'Café'],
  );
  assert.equal(indexWord('ÉLYSÉE'), 'elysee');
});

test('buildSourceQuery: quoted phrases weigh most, then words inside quotes, then other content words; no stop words', () => {
  const terms = buildSourceQuery(
    'Officials met on Tuesday. "Sanctions are unilateral bullying," the spokesperson said.',
  );
  const show = (words: string[]) => terms.find((t) => t.words.join(' ') === words.join(' '))?.weight;
  assert.equal(show(['sanctions', 'are', 'unilateral']), TERM_WEIGHTS.quotePhrase);
  assert.equal(show(['bullying']), TERM_WEIGHTS.quoteWord);
  assert.equal(show(['officials']), TERM_WEIGHTS.word);
  assert.equal(show(['the']), undefined);
  assert.equal(show(['are']), undefined);
});

test('buildSourceQuery refuses what is not a string', () => {
  assert.throws(() => buildSourceQuery(42 as unknown as string), /report must be a string/);
});

test('coverVerbatim: a word counts by the share of the three-word runs through it that stand in the text', () => {
  const report = readReportWords('alpha beta gamma delta');
  const same = coverVerbatim(report, 'x alpha beta gamma delta y');
  assert.deepEqual([...same.covered], [1, 1, 1, 1]);
  // One changed word breaks both runs: "alpha beta gamma" stands, "beta gamma delta" does not.
  const edited = coverVerbatim(report, 'alpha beta gamma epsilon');
  assert.deepEqual([...edited.covered], [1, 0.5, 0.5, 0]);
  const scattered = coverVerbatim(report, 'delta gamma beta alpha');
  assert.deepEqual([...scattered.covered], [0, 0, 0, 0]);
  assert.deepEqual([...scattered.holds], [1, 1, 1, 1]);
});

const SOURCE =
  'Spokesperson: Good afternoon. Q: What about the sanctions? A: The sanctions are unilateral bullying and ' +
  'violate international law. China will take firm countermeasures to defend its sovereignty and interests. ' +
  'Q: And the trade talks? A: The talks will continue next month in Geneva with 12 delegations.';
const REPORT =
  'China vowed countermeasures. "The sanctions are unilateral bullying and violate international law," the ' +
  'spokesperson said, adding that trade talks will continue next month in Geneva with 12 delegations.';

test('rankSources puts the true source ahead of an edited copy of it (a changed number, a dropped word)', () => {
  const copy = SOURCE.replace('12 delegations', '21 delegations').replace('unilateral ', '');
  const ranked = rankSources(REPORT, [
    { id: 'copy', text: copy },
    { id: 'true', text: SOURCE },
  ]);
  assert.deepEqual(
    ranked.map((r) => r.id),
    ['true', 'copy'],
  );
  assert.ok(ranked[0]!.verbatim > ranked[1]!.verbatim);
  assert.ok(ranked[1]!.adds < 0.01, 'the copy explains nothing the source does not');
  assert.ok(ranked[0]!.passages.some((p) => SOURCE.slice(p.start, p.end).includes('unilateral bullying')));
});

test('rankSources: a story drawing on two sources gets both ahead of an unrelated text', () => {
  const first = 'A: The sanctions are unilateral bullying and violate international law. We firmly oppose them.';
  const second = 'Minister: The trade talks will continue next month in Geneva with 12 delegations from the region.';
  const unrelated = 'The weather service expects heavy rain over the northern mountains during the weekend.';
  const ranked = rankSources(REPORT, [
    { id: 'unrelated', text: unrelated },
    { id: 'second', text: second },
    { id: 'first', text: first },
  ]);
  assert.deepEqual(new Set(ranked.slice(0, 2).map((r) => r.id)), new Set(['first', 'second']));
  assert.ok(ranked[1]!.adds > 0.05, 'the second source adds what the first leaves unexplained');
});

test('rankSources lists at most `limit` candidates and refuses misuse', () => {
  const candidates = [
    { id: 'a', text: SOURCE },
    { id: 'b', text: SOURCE + ' More.' },
  ];
  assert.equal(rankSources(REPORT, candidates, { limit: 1 }).length, 1);
  assert.throws(() => rankSources('', candidates), /report must be a non-empty string/);
  assert.throws(() => rankSources(REPORT, candidates, { limit: 0 }), /limit must be a positive integer/);
});
