// Bad input gets a clear, specific error (issue 5), as a table: each row is an input and the status and words
// expected. POST /api/align is sent raw bytes (node:http and node:net, so a body can be invalid UTF-8, claim 1 GB
// or never end); the home form is driven in the browser and must refuse without sending anything.
// The CLI's rows are in test/bad-input.test.ts. Prints the number of cases tried.
import http from 'node:http';
import net from 'node:net';
import { test as base, expect as baseExpect } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { CompareForm } from './pages/compare-form.ts';

interface Answer {
  status: number;
  text: string;
}

/** One request with exactly these bytes; `contentType: null` sends none. */
function send(baseURL: string, method: string, body: Buffer | string, contentType: string | null): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const bytes = Buffer.from(body);
    const headers: Record<string, string | number> = { 'content-length': bytes.byteLength };
    if (contentType !== null) headers['content-type'] = contentType;
    const req = http.request(new URL('/api/align', baseURL), { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(method === 'GET' ? undefined : bytes);
  });
}

const json = (value: unknown) => JSON.stringify(value);
const utf8 = (text: string) => Buffer.from(text, 'utf8');

// [case, body, content type, expected status, fragment of the answer]
const API_CASES: [string, Buffer | string, string | null, number, string][] = [
  ['an empty body', '', 'application/json', 400, 'The request body is empty'],
  ['a whitespace-only body', ' \n\t ', 'application/json', 400, 'The request body is not valid JSON'],
  ['malformed JSON (cut off)', '{"report":', 'application/json', 400, 'The request body is not valid JSON'],
  ['malformed JSON (trailing comma)', '{"report":"a","source":"b",}', 'application/json', 400, 'not valid JSON'],
  ['a JSON array', '[]', 'application/json', 400, 'must be a JSON object with \\"report\\" and \\"source\\"'],
  ['a JSON string', '"a text"', 'application/json', 400, 'must be a JSON object'],
  ['JSON null', 'null', 'application/json', 400, 'must be a JSON object'],
  ['no texts', '{}', 'application/json', 400, '\\"report\\" must be a string (the report text).'],
  [
    'a number as the report',
    json({ report: 42, source: 'b' }),
    'application/json',
    400,
    '\\"report\\" must be a string',
  ],
  [
    'a boolean as the source',
    json({ report: 'a', source: true }),
    'application/json',
    400,
    '\\"source\\" must be a string (the source text).',
  ],
  [
    'a number as a title',
    json({ report: 'a', source: 'b', reportTitle: 7 }),
    'application/json',
    400,
    '\\"reportTitle\\" must be a string when given.',
  ],
  [
    'an unknown field',
    json({ report: 'a', source: 'b', minScore: 0.5 }),
    'application/json',
    400,
    'Unknown field \\"minScore\\": the request takes only',
  ],
  [
    'a title over 300 characters',
    json({ report: 'a', source: 'b', sourceTitle: 't'.repeat(301) }),
    'application/json',
    400,
    '\\"sourceTitle\\" is longer than 300 characters.',
  ],
  ['an empty report', json({ report: '', source: 'b' }), 'application/json', 422, 'The report text is empty'],
  [
    'a whitespace-only source',
    json({ report: 'a', source: ' \n\t\u00a0\r\n' }),
    'application/json',
    422,
    'The source text is empty: paste or upload the source.',
  ],
  [
    'a NUL character in a text (binary)',
    json({ report: 'PK\u0003\u0004\u0000\u0000', source: 'b' }),
    'application/json',
    422,
    'The report text looks binary (a NUL character at position 4)',
  ],
  [
    'a binary body (PNG bytes)',
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    'application/json',
    400,
    'The request body is not valid UTF-8 (bad byte at offset 0).',
  ],
  [
    'invalid UTF-8 inside a JSON string (Latin-1 é)',
    Buffer.concat([utf8('{"report":"caf'), Buffer.from([0xe9]), utf8('","source":"b"}')]),
    'application/json',
    400,
    'not valid UTF-8 (bad byte at offset 14)',
  ],
  [
    'a UTF-16 body with its BOM',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json({ report: 'a', source: 'b' }), 'utf16le')]),
    'application/json',
    400,
    'not valid UTF-8 (bad byte at offset 0)',
  ],
  [
    'a surrogate encoded as UTF-8 (CESU-8)',
    Buffer.concat([utf8('{"report":"'), Buffer.from([0xed, 0xa0, 0x80]), utf8('","source":"b"}')]),
    'application/json',
    400,
    'not valid UTF-8 (bad byte at offset 11)',
  ],
  ['a text/plain body', 'report', 'text/plain', 415, 'Send JSON (Content-Type: application/json).'],
  ['no Content-Type', json({ report: 'a', source: 'b' }), null, 415, 'Send JSON'],
  [
    'a text over 2 MB',
    json({ report: 'a', source: 'word '.repeat(430_000) }),
    'application/json',
    413,
    'The source text is 2.06 MB; the limit is 2 MB per text.',
  ],
];

base('POST /api/align: each bad body gets its status and a specific message', async ({ baseURL }) => {
  let tried = 0;
  for (const [name, body, contentType, status, fragment] of API_CASES) {
    const answer = await send(baseURL!, 'POST', body, contentType);
    baseExpect(answer.status, `${name}: status (${answer.text})`).toBe(status);
    baseExpect(answer.text, name).toContain(fragment);
    baseExpect(JSON.parse(answer.text).error.message, `${name}: a headline`).toMatch(/^(These|The) texts/);
    tried++;
  }
  const get = await send(baseURL!, 'GET', '', null);
  baseExpect(get.status, 'GET is not a method of /api/align').toBe(405);
  tried++;
  console.log(`bad input (POST /api/align): ${tried} cases tried, each answered with its status and message`);
});

/** Writes raw bytes on a socket and resolves with the answer's status line and body once the server answers. */
function rawExchange(
  baseURL: string,
  head: string,
  feed: (socket: net.Socket) => void,
): Promise<{ status: number; text: string; ms: number; sent: () => number }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(head);
      feed(socket);
    });
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      // Every error answer is one small JSON object, {"error":{…}}: the answer is complete once that closes.
      const body = /\r\n\r\n[\s\S]*?(\{"error":[\s\S]*\}\})/.exec(received)?.[1];
      if (body) {
        const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1]);
        const ms = performance.now() - started;
        const sent = socket.bytesWritten;
        socket.destroy();
        resolve({ status, text: body, ms, sent: () => sent });
      }
    });
    socket.on('error', (error) => {
      // The server may close while we are still writing; an answer already read is what counts.
      if (!received) reject(error);
    });
    socket.setTimeout(30_000, () => {
      socket.destroy();
      reject(new Error(`no answer within 30 s; got ${JSON.stringify(received.slice(0, 200))}`));
    });
  });
}

base(
  'a 1 GB upload claim is refused from its Content-Length at once, without reading the body',
  async ({ baseURL }) => {
    const answer = await rawExchange(
      baseURL!,
      'POST /api/align HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n',
      (socket) => socket.write('{"report":"only these few bytes ever arrive'),
    );
    baseExpect(answer.status).toBe(413);
    baseExpect(answer.text).toContain('The request body is 1 GB, more than the 12 MB limit.');
    baseExpect(answer.ms, 'answered without waiting for the body').toBeLessThan(5000);
    console.log(`bad input: a 1 GB Content-Length claim answered 413 in ${answer.ms.toFixed(0)} ms`);
  },
);

base('a chunked upload with no Content-Length is cut off once it passes the limit', async ({ baseURL }) => {
  const chunk = Buffer.alloc(256 * 1024, 'a');
  const frame = Buffer.concat([Buffer.from(`${chunk.byteLength.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]);
  let stop = false;
  const answer = await rawExchange(
    baseURL!,
    'POST /api/align HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n',
    (socket) => {
      // A body that would never end: 256 KB chunks, as fast as the server takes them, up to a 200 MB safety cap.
      let written = 0;
      const pump = () => {
        while (!stop && !socket.destroyed && written < 200 * 1024 * 1024) {
          written += frame.byteLength;
          if (!socket.write(frame)) return void socket.once('drain', pump);
        }
      };
      pump();
    },
  );
  stop = true;
  baseExpect(answer.status).toBe(413);
  baseExpect(answer.text).toContain('The request body is more than the 12 MB limit.');
  const sentMb = answer.sent() / (1024 * 1024);
  // The server stopped reading at 12 MB; what was sent beyond sat in socket buffers.
  baseExpect(sentMb, 'the upload was cut off near the limit').toBeLessThan(64);
  console.log(`bad input: an endless chunked upload answered 413 after ${sentMb.toFixed(1)} MB were sent`);
});

// The home form checks texts and files before anything is sent. [case, what to do, message expected]
type FormStep = (form: ReturnType<typeof formOf>) => Promise<void>;
const formOf = (page: import('@playwright/test').Page) => {
  const form = new CompareForm(page);
  const sideOf = (name: 'Report' | 'Source') => (name === 'Report' ? 'report' : 'source');
  return {
    form: form.form,
    text: (name: 'Report' | 'Source', value: string) => form.fill(sideOf(name), value),
    upload: (name: 'Report' | 'Source', file: string, buffer: Buffer) =>
      form.upload(sideOf(name), file, 'text/plain', buffer),
    submit: () => form.compare(),
  };
};
const FORM_CASES: [string, FormStep, string[]][] = [
  ['both texts empty', async (f) => f.submit(), ['The report text is empty', 'The source text is empty']],
  [
    'a whitespace-only report',
    async (f) => {
      await f.text('Report', ' \n\t  \n');
      await f.text('Source', 'The minister spoke.');
      await f.submit();
    },
    ['The report text is empty: paste or upload the report.'],
  ],
  [
    'a NUL character pasted into the source',
    async (f) => {
      await f.text('Report', 'The minister spoke.');
      await f.text('Source', 'The minister\u0000 spoke.');
      await f.submit();
    },
    ['The source text looks binary (a NUL character at position 12): paste or upload plain text.'],
  ],
  [
    'an empty .txt file',
    async (f) => {
      await f.upload('Report', 'empty.txt', Buffer.alloc(0));
      await f.text('Source', 'The minister spoke.');
      await f.submit();
    },
    ['The report text is empty'],
  ],
  [
    'a binary file (NUL bytes)',
    async (f) => f.upload('Source', 'archive.txt', Buffer.from('PK\u0003\u0004\u0000\u0000 data')),
    ['archive.txt looks binary (it contains NUL bytes): upload a plain-text file.'],
  ],
  [
    'a PDF named .txt (not UTF-8)',
    async (f) => f.upload('Report', 'scan.txt', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')),
    ['scan.txt is not UTF-8 text: save it as UTF-8, or paste its text.'],
  ],
  [
    'a Latin-1 file',
    async (f) => f.upload('Report', 'latin1.txt', Buffer.from('Caf\xe9 au lait', 'latin1')),
    ['latin1.txt is not UTF-8 text'],
  ],
  [
    'a UTF-16 file',
    async (f) => f.upload('Source', 'utf16.txt', Buffer.from('\ufeffhello', 'utf16le')),
    ['utf16.txt is not UTF-8 text'],
  ],
  [
    'a file over 2 MB',
    async (f) => f.upload('Source', 'big.txt', Buffer.alloc(2 * 1024 * 1024 + 10_000, 'a')),
    ['big.txt is 2.01 MB; the limit is 2 MB per text.'],
  ],
];

test('the home form refuses each bad text or file with its message and sends nothing', async ({ page }) => {
  let posted = 0;
  page.on('request', (r) => {
    if (r.url().endsWith('/api/align/view')) posted++;
  });
  let tried = 0;
  for (const [name, step, messages] of FORM_CASES) {
    await page.goto('/');
    await step(formOf(page));
    for (const message of messages) await expect(page.getByText(message, { exact: false }), name).toBeVisible();
    await expect(page, `${name}: stays on the form`).toHaveURL(/\/$/);
    tried++;
  }
  expect(posted, 'nothing was sent to the server').toBe(0);
  console.log(`bad input (home form): ${tried} cases tried, each refused in the browser with its message`);
});
