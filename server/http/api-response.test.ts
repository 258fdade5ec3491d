import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createComparisonSchema } from '../../app/api/comparisons/schema.ts';
import { IngestError } from '../ingest/ingest-error.ts';
import { answerError, describeZodError } from './api-response.ts';

const problemsFor = (body: unknown): string[] => {
  const parsed = createComparisonSchema.safeParse(body);
  assert.equal(parsed.success, false);
  return describeZodError(parsed.error!);
};

const cases: [string, unknown, RegExp][] = [
  ['empty text', { report: { text: ' \n' }, source: { text: 'x' } }, /^report\.text: must not be empty$/],
  ['text of the wrong type', { report: { text: 5 }, source: { text: 'x' } }, /^report/],
  ['missing source', { report: { text: 'x' } }, /^source: /],
  ['unknown kind', { report: { text: 'x', kind: 'poem' }, source: { text: 'x' } }, /^report/],
  ['unknown top-level field', { report: { text: 'x' }, source: { text: 'x' }, minScore: 1 }, /minScore/],
];
for (const [name, body, expected] of cases)
  test(`a comparison body with ${name} is refused naming the field`, () => {
    assert.match(problemsFor(body).join('\n'), expected);
  });

test('a text side and a url side both parse', () => {
  assert.equal(
    createComparisonSchema.safeParse({ report: { url: 'https://a.example/' }, source: { text: 'x' } }).success,
    true,
  );
});

test('answerError keeps an IngestError message and status, and hides anything unexpected', async () => {
  const refused = answerError(new IngestError('url-refused', '127.0.0.1 is a loopback address'));
  assert.equal(refused.status, 400);
  assert.deepEqual(((await refused.json()) as { error: { problems: string[] } }).error.problems, [
    '127.0.0.1 is a loopback address',
  ]);
  const originalError = console.error;
  console.error = () => {};
  try {
    const crash = answerError(new Error('secret at /work/main/server/x.ts:1'));
    assert.equal(crash.status, 500);
    assert.doesNotMatch(await crash.text(), /secret|\.ts/);
  } finally {
    console.error = originalError;
  }
});
