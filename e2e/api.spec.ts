// The HTTP API against the running server (playwright.config.ts webServer, with its own database and `localhost`
// allow-listed for the fixture server): validation names the field, the URL guard names the rule, and a saved
// comparison round-trips through get, corrections, export and delete.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { test, expect, type APIRequestContext } from '@playwright/test';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';
import { checkContract, toContract } from '../lib/contract.ts';
import { alignTexts, buildMatrix } from '../lib/index.ts';
import { toMatrixContract } from '../lib/matrix/contract.ts';

const REPORT = 'The minister said the plan would cut costs by 10 percent. Critics were not convinced.';
const SOURCE = 'Minister: This plan will cut costs by ten percent. It is a good plan. Thank you.';

let fixtures: FixtureServer;
test.beforeAll(async () => {
  fixtures = await startFixtureServer();
});
test.afterAll(async () => {
  await fixtures.close();
});

async function problemsOf(response: Awaited<ReturnType<APIRequestContext['post']>>): Promise<string[]> {
  const body = (await response.json()) as { error: { problems: string[] } };
  expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(ts|js):\d+/); // no stack trace
  return body.error.problems;
}

test.describe('validation', () => {
  const cases: { name: string; data: unknown; problem: RegExp }[] = [
    {
      name: 'empty report text',
      data: { report: { text: '  ' }, source: { text: SOURCE } },
      problem: /^report\.text: must not be empty/,
    },
    { name: 'wrong type', data: { report: { text: 5 }, source: { text: SOURCE } }, problem: /^report/ },
    { name: 'missing source', data: { report: { text: REPORT } }, problem: /^source/ },
    {
      name: 'unknown kind',
      data: { report: { text: REPORT, kind: 'poem' }, source: { text: SOURCE } },
      problem: /^report/,
    },
  ];
  for (const { name, data, problem } of cases)
    test(`POST /api/comparisons refuses ${name} with 400 naming the field`, async ({ request }) => {
      const response = await request.post('/api/comparisons', { data });
      expect(response.status()).toBe(400);
      expect((await problemsOf(response)).join('\n')).toMatch(problem);
    });

  test('malformed JSON is a 400', async ({ request }) => {
    const response = await request.post('/api/comparisons', {
      headers: { 'content-type': 'application/json' },
      data: Buffer.from('{"report": '),
    });
    expect(response.status()).toBe(400);
    expect((await problemsOf(response))[0]).toMatch(/^The request body is not valid JSON \(/);
  });

  test('a body declared over the limit is refused with 413 before it is read', async ({ baseURL }) => {
    // Raw HTTP: the body is never sent, so only a decision from Content-Length can answer.
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(`${baseURL}/api/comparisons`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(26 * 1024 * 1024) },
      });
      request.on('response', (response) => {
        resolve(response.statusCode ?? 0);
        request.destroy();
      });
      request.on('error', reject);
      request.flushHeaders();
    });
    expect(status).toBe(413);
  });

  test('an unsupported upload is 415', async ({ request }) => {
    const response = await request.post('/api/ingest', {
      multipart: { file: { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50]) } },
    });
    expect(response.status()).toBe(415);
    expect((await problemsOf(response))[0]).toMatch(/^file: /);
  });

  test('a PDF with a text layer is read; a scan without one is 422', async ({ request }) => {
    const read = (name: string) =>
      request.post('/api/ingest', {
        multipart: {
          file: { name, mimeType: 'application/pdf', buffer: readFileSync(join('server', 'fixtures', name)) },
        },
      });
    const statement = await read('statement.pdf');
    expect(statement.status()).toBe(200);
    expect(((await statement.json()) as { text: string }).text.trim()).not.toBe('');
    expect((await read('scan.pdf')).status()).toBe(422);
  });

  test('an unknown id is 404', async ({ request }) => {
    for (const path of ['/api/comparisons/AAAAAAAAAAAAAAAAAAAA', '/api/comparisons/nope/export?format=csv'])
      expect((await request.get(path)).status()).toBe(404);
  });
});

test.describe('URL guard', () => {
  const refused: [string, RegExp][] = [
    ['http://127.0.0.1/', /^report\.url: 127\.0\.0\.1 is a loopback address/],
    ['http://[::1]/', /^report\.url: ::1 is a loopback/],
    ['http://10.1.2.3/', /^report\.url: 10\.1\.2\.3 is a private/],
    ['http://192.168.0.1/', /^report\.url: 192\.168\.0\.1 is a private/],
    ['http://169.254.169.254/latest/meta-data/', /^report\.url: 169\.254\.169\.254 is .*metadata/],
    ['http://0x7f000001/', /^report\.url: 127\.0\.0\.1 is a loopback/],
    ['file:///etc/passwd', /^report\.url: only http and https/],
  ];
  for (const [url, problem] of refused)
    test(`refuses ${url} with 400 naming the rule`, async ({ request }) => {
      const response = await request.post('/api/comparisons', { data: { report: { url }, source: { text: SOURCE } } });
      expect(response.status()).toBe(400);
      expect((await problemsOf(response))[0]).toMatch(problem);
    });

  test('refuses a redirect to a private address', async ({ request }) => {
    const response = await request.post('/api/align', {
      data: { report: { url: `${fixtures.origin}/to-private` }, source: { text: SOURCE } },
    });
    expect(response.status()).toBe(400);
    expect((await problemsOf(response))[0]).toMatch(/^report\.url: .*127\.0\.0\.1 is a loopback address/);
  });

  test('refuses a page that is not HTML or text with 415', async ({ request }) => {
    const response = await request.post('/api/ingest', { multipart: { url: `${fixtures.origin}/image.png` } });
    expect(response.status()).toBe(415);
  });

  test('POST /api/align answers the align contract; URL sides carry the text every span indexes into', async ({
    request,
  }) => {
    const response = await request.post('/api/align', {
      data: {
        report: { url: `${fixtures.origin}/article.html` },
        source: { url: `${fixtures.origin}/transcript.html` },
      },
    });
    expect(response.status()).toBe(200);
    const body = (await response.json()) as ContractAnswer;
    expect(body.report.url).toBe(`${fixtures.origin}/article.html`);
    expect(typeof body.report.title).toBe('string');
    expect(body.report.text!.length).toBe(body.report.length);
    expect(body.source.text!.length).toBe(body.source.length);
    expect(checkContract(body, body.report.length, body.source.length)).toEqual([]);
    // The offsets resolve: every report span the answer gives holds words of the fetched text.
    const spans = [...body.alignments.flatMap((a) => a.report), ...body.added];
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) expect(body.report.text!.slice(s.start, s.end)).toMatch(/\w/);
  });
});

interface ContractAnswer {
  version: number;
  report: { length: number; text?: string; title?: string | null; url?: string | null };
  source: { length: number; text?: string; title?: string | null; url?: string | null };
  alignments: { report: { start: number; end: number }[] }[];
  added: { start: number; end: number }[];
}

test('POST /api/align with text sides answers exactly the contract claimdiff align prints', async ({ request }) => {
  const response = await request.post('/api/align', { data: { report: { text: REPORT }, source: SOURCE } });
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toEqual(toContract(alignTexts(REPORT, SOURCE)));
  expect(checkContract(body, REPORT.length, SOURCE.length)).toEqual([]);
});

test('POST /api/matrix takes documents in the shape of every endpoint and answers the matrix contract', async ({
  request,
}) => {
  const second = 'Costs will fall by a tenth, the minister said.';
  const response = await request.post('/api/matrix', {
    data: {
      source: { url: `${fixtures.origin}/transcript.html` },
      reports: [{ text: REPORT, title: 'Wire' }, { url: `${fixtures.origin}/article.html` }, { text: second }],
    },
  });
  expect(response.status()).toBe(200);
  const body = (await response.json()) as {
    version: number;
    source: { length: number; text: string; url: string };
    reports: { length: number; text?: string; url?: string }[];
    rows: { source: { start: number; end: number }[] }[];
    pairs: unknown[];
  };
  expect(body.version).toBe(1);
  expect(body.source.url).toBe(`${fixtures.origin}/transcript.html`);
  expect(body.source.text.length).toBe(body.source.length);
  expect(body.reports.map((r) => r.length)).toEqual([REPORT.length, body.reports[1]!.text!.length, second.length]);
  expect(body.reports[0]).toEqual({ length: REPORT.length });
  expect(body.reports[1]!.url).toBe(`${fixtures.origin}/article.html`);
  body.pairs.forEach((pair, i) =>
    expect(checkContract(pair, body.reports[i]!.length, body.source.length), `pair ${i}`).toEqual([]),
  );
  for (const row of body.rows) for (const s of row.source) expect(s.end).toBeLessThanOrEqual(body.source.length);

  const bare = await request.post('/api/matrix', { data: { source: SOURCE, reports: [{ text: REPORT }] } });
  expect(bare.status()).toBe(200);
  expect(await bare.json()).toEqual(toMatrixContract(runPairs(SOURCE, [REPORT])));
});

function runPairs(source: string, reports: string[]) {
  const pairs = reports.map((r) => alignTexts(r, source));
  return { pairs, matrix: buildMatrix(source, reports, pairs) };
}

test('save → get → correct → export each format → delete → 404', async ({ request }) => {
  const created = await request.post('/api/comparisons', {
    data: {
      title: 'API round trip',
      report: { text: REPORT, title: 'Wire story', outlet: 'Example Wire', date: '2024-05-01' },
      source: { text: SOURCE, kind: 'transcript' },
    },
  });
  expect(created.status()).toBe(201);
  const saved = (await created.json()) as {
    id: string;
    title: string;
    report: { outlet: string; text: string };
    source: { title: string; text: string };
    result: { alignments: { report: { start: number; end: number }[]; source: { start: number; end: number }[] }[] };
  };
  expect(saved.id).toMatch(/^[A-Za-z0-9_-]{16,}$/);
  expect(saved.report.outlet).toBe('Example Wire');
  expect(saved.result.alignments.length).toBeGreaterThan(0);
  const first = saved.result.alignments[0]!;

  const got = await request.get(`/api/comparisons/${saved.id}`);
  expect(got.status()).toBe(200);
  expect(((await got.json()) as { result: unknown }).result).toEqual(saved.result);

  const renamed = await request.patch(`/api/comparisons/${saved.id}`, {
    data: { title: 'Renamed', report: { outlet: 'Wire' } },
  });
  expect(renamed.status()).toBe(200);
  expect(await renamed.json()).toMatchObject({ title: 'Renamed', report: { outlet: 'Wire' } });

  const note = await request.post(`/api/comparisons/${saved.id}/corrections`, {
    data: {
      type: 'note',
      text: 'Checked against the video.',
      alignment: { index: 0, report: first.report, source: first.source },
    },
  });
  expect(note.status()).toBe(201);
  const badSpan = await request.post(`/api/comparisons/${saved.id}/corrections`, {
    data: { type: 'mark-added', report: { start: 0, end: 100000 } },
  });
  expect(badSpan.status()).toBe(400);

  const expected: Record<string, RegExp> = {
    json: /application\/json/,
    csv: /text\/csv/,
    md: /text\/markdown/,
    html: /text\/html/,
  };
  for (const [format, type] of Object.entries(expected)) {
    const file = await request.get(`/api/comparisons/${saved.id}/export?format=${format}`);
    expect(file.status(), format).toBe(200);
    expect(file.headers()['content-type']).toMatch(type);
    expect(file.headers()['content-disposition']).toMatch(
      new RegExp(`^attachment; filename="claimdiff-renamed-.*\\.${format}"$`),
    );
    expect(await file.text(), format).toContain('Checked against the video.');
  }
  expect((await request.get(`/api/comparisons/${saved.id}/export?format=pdf`)).status()).toBe(400);

  const { corrections } = (await (await request.get(`/api/comparisons/${saved.id}/corrections`)).json()) as {
    corrections: { id: string }[];
  };
  expect(corrections).toHaveLength(1);
  expect((await request.delete(`/api/comparisons/${saved.id}/corrections/${corrections[0]!.id}`)).status()).toBe(204);

  expect((await request.post(`/api/comparisons/${saved.id}/rerun`)).status()).toBe(200);
  expect((await request.delete(`/api/comparisons/${saved.id}`)).status()).toBe(204);
  expect((await request.get(`/api/comparisons/${saved.id}`)).status()).toBe(404);
});

test("POST /api/comparisons fetches a URL and keeps the page's metadata", async ({ request }) => {
  const created = await request.post('/api/comparisons', {
    data: { report: { url: `${fixtures.origin}/article.html` }, source: { url: `${fixtures.origin}/transcript.html` } },
  });
  expect(created.status()).toBe(201);
  const saved = (await created.json()) as {
    id: string;
    report: { outlet: string; url: string };
    source: { title: string; text: string };
  };
  expect(saved.report).toMatchObject({ outlet: 'Example Wire', url: `${fixtures.origin}/article.html` });
  expect(saved.source.title).toBe('Press conference transcript');
  expect(saved.source.text).not.toContain('menu script');
  expect((await request.delete(`/api/comparisons/${saved.id}`)).status()).toBe(204);
});
