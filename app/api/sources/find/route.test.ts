// POST /api/sources/find on a throwaway store (CLAIMDIFF_DB=:memory:, the seed transcripts archived on first start):
// a story finds the transcript it reports, in the CLI's find contract; bad bodies are refused with a clear message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

process.env.CLAIMDIFF_DB = ':memory:';
const { POST: find } = await import('./route.ts');

const SEEDS = join(import.meta.dirname, '..', '..', '..', '..', 'seeds');
const post = (body: unknown, type = 'application/json') =>
  find(
    new Request('http://localhost/api/sources/find', {
      method: 'POST',
      headers: { 'content-type': type },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );

test('the Xinhua story finds the Wang Wenbin press conference first, with the passages that drew it', async () => {
  const story = readFileSync(join(SEEDS, 'xinhua-2021-12-09-wang-wenbin-summit-for-democracy.txt'), 'utf8');
  const response = await post({ text: story });
  assert.equal(response.status, 200);
  const body = await response.json();
  assert.equal(body.version, 1);
  const [best] = body.candidates;
  assert.match(best.title, /Wang Wenbin's regular press conference on December 9, 2021/);
  assert.deepEqual(Object.keys(best).sort(), ['date', 'id', 'passages', 'path', 'score', 'title']);
  assert.ok(best.score > 0.5 && best.score <= 1, `score ${best.score}`);
  const transcript = readFileSync(join(SEEDS, 'mfa-2021-12-09-wang-wenbin-press-conference.txt'), 'utf8');
  const drawn = best.passages.map((p: { start: number; end: number }) => transcript.slice(p.start, p.end)).join(' ');
  assert.match(drawn, /"Future Internet Alliance"/);
});

test('limit bounds how many candidates are ranked', async () => {
  const story = readFileSync(join(SEEDS, 'xinhua-2021-12-09-wang-wenbin-summit-for-democracy.txt'), 'utf8');
  const body = await (await post({ text: story, limit: 1 })).json();
  assert.equal(body.candidates.length, 1);
});

test('bad input is a 400 naming the field: no text, an empty text, a wrong type, an unknown field, a bad limit', async () => {
  for (const [body, problem] of [
    [{}, 'text'],
    [{ text: '   ' }, 'text: must not be empty'],
    [{ text: 42 }, 'text: must be a string'],
    [{ text: 'x', format: 'json' }, 'format'],
    [{ text: 'x', limit: 0 }, 'limit'],
  ] as const) {
    const response = await post(body);
    assert.equal(response.status, 400, JSON.stringify(body));
    const { error } = await response.json();
    assert.equal(error.message, 'The report to find the source of is not valid.');
    assert.ok(
      error.problems.some((p: string) => p.includes(problem)),
      `${JSON.stringify(body)}: ${error.problems}`,
    );
  }
});

test('a body that is not JSON is a 400, another content type a 415', async () => {
  assert.equal((await post('{"text": ')).status, 400);
  assert.equal((await post('text=story', 'application/x-www-form-urlencoded')).status, 415);
});
