// POST /api/align when the matcher pool cannot run a job: a full queue is a 503 with Retry-After, a job over the
// time limit a 504, a crash a 500, each with the pool's sentence. The process-wide pool (getAlignPool) is replaced
// by a stand-in for these tests, so no worker starts; a real pool answers through the same code in the e2e tests.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { AlignPoolError, type AlignJobOptions, type AlignPool } from '../../../server/align-pool.ts';
import { checkContract, toContract } from '../../../lib/contract.ts';
import { alignTexts } from '../../../lib/index.ts';
import { POST } from './route.ts';

const POOL_KEY = Symbol.for('claimdiff.alignPool');
const holder = globalThis as unknown as Record<symbol, AlignPool | undefined>;
after(() => {
  delete holder[POOL_KEY];
});

/** A pool whose every job ends with `outcome` (a JSON string, or an error to reject with); returns each job's options. */
function usePool(outcome: string | Error): (AlignJobOptions | undefined)[] {
  const seen: (AlignJobOptions | undefined)[] = [];
  const alignJson = async (_report: string, _source: string, options?: AlignJobOptions) => {
    seen.push(options);
    if (outcome instanceof Error) throw outcome;
    return outcome;
  };
  holder[POOL_KEY] = {
    alignJson,
    align: async (report, source, options) => JSON.parse(await alignJson(report, source, options)),
    stats: () => ({ size: 1, workers: 0, running: 0, queued: 0, replaced: 0 }),
    close: async () => {},
  };
  return seen;
}

const post = (body: unknown = { report: 'He said so.', source: 'So.' }) =>
  POST(
    new Request('http://127.0.0.1/api/align', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );

test('the answer is the align contract: toContract of the worker result, lengths of the texts sent', async () => {
  const result = alignTexts('He said so.', 'So.');
  usePool(JSON.stringify(result));
  const response = await post();
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  const answer = await response.json();
  assert.deepEqual(answer, JSON.parse(JSON.stringify(toContract(result))));
  assert.deepEqual(checkContract(answer, 'He said so.'.length, 'So.'.length), []);
  assert.ok(!('regions' in answer) && !('result' in answer), 'no internal fields');
});

const cases: [string, AlignPoolError, number, string | null, string][] = [
  [
    'a full queue',
    new AlignPoolError('queue-full', 'The server is busy: 1 comparisons are running and 32 are waiting.', 5),
    503,
    '5',
    'The server is busy.',
  ],
  [
    'a job over the time limit',
    new AlignPoolError('timeout', 'The comparison took longer than 60 s and was stopped; try shorter texts.'),
    504,
    null,
    'The comparison took too long.',
  ],
  [
    'a worker that died',
    new AlignPoolError('worker-failed', 'The matcher stopped unexpectedly (exit code 1). Try again.'),
    500,
    null,
    'These texts could not be compared.',
  ],
];
for (const [name, error, status, retryAfter, headline] of cases)
  test(`${name} is answered ${status} with the pool's sentence`, async () => {
    usePool(error);
    const response = await post();
    assert.equal(response.status, status);
    assert.equal(response.headers.get('retry-after'), retryAfter);
    assert.deepEqual(await response.json(), { error: { message: headline, problems: [error.message] } });
  });

test('a side given as an object with a language passes it to the matcher (a BCP 47 tag, by its primary subtag)', async () => {
  const seen = usePool(JSON.stringify(alignTexts('He said so.', '他这么说。')));
  assert.equal(
    (
      await post({
        report: { text: 'He said so.', language: 'en-GB' },
        source: { text: '他这么说。', language: 'zh-CN' },
      })
    ).status,
    200,
  );
  // A tag claimdiff does not tell apart leaves the script to decide; plain texts give none.
  assert.equal(
    (await post({ report: 'He said so.', source: { text: '彼はそう言った。', language: 'ja' } })).status,
    200,
  );
  assert.deepEqual(
    seen.map((o) => ({ reportLanguage: o?.reportLanguage, sourceLanguage: o?.sourceLanguage })),
    [
      { reportLanguage: 'en', sourceLanguage: 'zh' },
      { reportLanguage: undefined, sourceLanguage: undefined },
    ],
  );
});
