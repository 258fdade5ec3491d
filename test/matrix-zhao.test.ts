// The issue's figures for the statement matrix (issue 6), on the library's multi-report example: Zhao Lijian's
// 20 July 2021 press conference with The Record's and ZDNet's reports of it. "The matrix covers the whole
// cyber-attack answer (10+ rows) and at least three rows are carried by both reports." Prints the matrix.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignMatrix } from '../lib/index.ts';
import { segmentSentences, segmentTurns, segmentParagraphs } from '../lib/segment/index.ts';

const root = join(import.meta.dirname, '..');
const source = readFileSync(join(root, 'seeds', 'mfa-2021-07-20-zhao-lijian-press-conference.txt'), 'utf8');
const names = ['zhao-20210720-therecord', 'zhao-20210720-zdnet'];
const reports = names.map((name) => readFileSync(join(root, 'seeds', 'cases', name, 'a.txt'), 'utf8'));
const SYMBOL = { 'quote-exact': 'Q ', 'quote-altered': 'Q!', paraphrase: 'P ', partial: 'p ' } as const;

test('Zhao 2021-07-20 with The Record and ZDNet: the matrix covers the whole cyber-attack answer, three+ rows carried by both', () => {
  const { matrix } = alignMatrix(source, reports);
  const text = (s: { start: number; end: number }) => source.slice(s.start, s.end).replace(/\s+/g, ' ');
  console.log(`  record zdnet  statement (${matrix.rows.length} rows)`);
  for (const row of matrix.rows)
    console.log(
      `  ${row.cells.map((c) => (c ? SYMBOL[c.carry] : '- ').padEnd(6)).join(' ')} ${text(row.source).slice(0, 90)}`,
    );
  matrix.summaries.forEach((s, i) =>
    console.log(
      `  ${names[i]}: carries ${s.carried}, ${s.quotes} quotes (${s.alteredQuotes} altered), ${s.paraphrases} paraphrases, ${s.partial} partial; ${s.uniqueAdded.length} of ${s.added} added passages in no other report`,
    ),
  );

  // The answer: the spokesperson's turn that says the US is "the world's largest source of cyber attacks".
  const paragraphs = segmentParagraphs(source);
  const answer = segmentTurns(source, paragraphs).find((t) =>
    source.slice(t.start, t.end).includes("the US is the world's largest source of cyber attacks"),
  )!;
  assert.equal(answer.role, 'answer');
  const answerSentences = segmentSentences(source, paragraphs).filter(
    (s) => s.start >= answer.start && s.end <= answer.end,
  );
  const rowsInAnswer = matrix.rows.filter((r) => r.source.start >= answer.start && r.source.end <= answer.end);
  assert.ok(rowsInAnswer.length >= 10, `${rowsInAnswer.length} rows in the answer`);
  const missing = answerSentences.filter((s) => !matrix.rows.some((r) => r.sentence === s.index));
  assert.deepEqual(missing.map(text), [], 'every sentence of the answer has a row');

  const both = matrix.rows.filter((r) => r.carriedBy === 2);
  console.log(`  carried by both (${both.length}):\n${both.map((r) => `    ${text(r.source)}`).join('\n')}`);
  assert.ok(both.length >= 3, `${both.length} rows carried by both reports`);
  assert.ok(
    both.some((r) => text(r.source) === "In fact, the US is the world's largest source of cyber attacks."),
    'both carry the "largest source of cyber attacks" line',
  );
});
