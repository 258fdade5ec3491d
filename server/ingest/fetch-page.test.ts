import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { fetchPage, type FetchPageOptions } from './fetch-page.ts';
import { IngestError } from './ingest-error.ts';

// A fixture server on loopback only. The guard refuses loopback, so the tests allow-list exactly this host:port,
// as CLAIMDIFF_URL_ALLOW_HOSTS does for the API tests.
let server: http.Server;
let base = '';
let allowHosts: string[] = [];
let requests: string[] = [];

const ROUTES: Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => void> = {
  '/article': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<html><head><title>T</title></head><body><p>Caf\u00e9 “quoted”</p></body></html>');
  },
  '/latin1': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(Buffer.from('<html><head><meta charset="iso-8859-1"></head><body>Caf\xe9</body></html>', 'latin1'));
  },
  '/plain': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('plain words');
  },
  '/gzip': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-encoding': 'gzip' });
    res.end(gzipSync('compressed words'));
  },
  '/bomb': (_req, res) => {
    // 64 KB on the wire, 20 MB once inflated: the cap must apply to what is decompressed.
    res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' });
    res.end(gzipSync(Buffer.alloc(20 * 1024 * 1024, 'a')));
  },
  '/pdf': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/pdf' });
    res.end('%PDF-1.4');
  },
  '/untyped': (_req, res) => {
    res.writeHead(200);
    res.end('who knows');
  },
  '/binary': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(Buffer.from([0x41, 0x00, 0x42]));
  },
  '/missing': (_req, res) => {
    res.writeHead(404, 'Not Found', { 'content-type': 'text/html' });
    res.end('gone');
  },
  '/huge-declared': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
    res.write('<p>'); // never sends the rest: the client must stop on the header alone
  },
  '/huge-streamed': (_req, res) => {
    // No Content-Length: 1 KB chunks until the client hangs up. Stops itself at 50 MB in any case.
    res.writeHead(200, { 'content-type': 'text/plain' });
    let sent = 0;
    const chunk = Buffer.alloc(1024, 'x');
    const pump = (): void => {
      while (sent < 50 * 1024 * 1024 && !res.destroyed) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    pump();
  },
  '/slow': () => {
    // Answers nothing: the client's deadline must end the wait.
  },
  '/slow-body': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.write('first words, then nothing');
  },
  '/to-metadata': (_req, res) => {
    res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' });
    res.end();
  },
  '/to-private-name': (_req, res) => {
    res.writeHead(301, { location: 'http://intranet.test/admin' });
    res.end();
  },
  '/to-other-port': (_req, res) => {
    // Same loopback host, another port: not on the allow-list, so refused as loopback.
    res.writeHead(307, { location: 'http://127.0.0.1:1/' });
    res.end();
  },
  '/to-ftp': (_req, res) => {
    res.writeHead(302, { location: 'ftp://example.com/file' });
    res.end();
  },
  '/no-location': (_req, res) => {
    res.writeHead(302);
    res.end();
  },
};

before(async () => {
  server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    // /hop/N redirects to /hop/N-1 (relative Location), /hop/0 is the article.
    const hop = /^\/hop\/(\d+)$/.exec(path);
    if (hop) {
      const n = Number(hop[1]);
      res.writeHead(n === 0 ? 200 : 302, n === 0 ? { 'content-type': 'text/plain' } : { location: `/hop/${n - 1}` });
      return void res.end(n === 0 ? 'arrived' : '');
    }
    const route = ROUTES[path];
    if (route) return route(req, res);
    res.writeHead(500);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  allowHosts = [`127.0.0.1:${port}`];
});

after(() => {
  server.closeAllConnections();
  server.close();
});

const options = (extra: FetchPageOptions = {}): FetchPageOptions => ({
  allowHosts,
  resolve: async (name) => (name === 'intranet.test' ? ['10.0.0.8'] : assert.fail(`unexpected lookup ${name}`)),
  ...extra,
});

/** `code: message` of the IngestError fetchPage throws for `path`. */
async function refusal(path: string, extra?: FetchPageOptions): Promise<string> {
  try {
    await fetchPage(`${base}${path}`, options(extra));
  } catch (error) {
    assert.ok(error instanceof IngestError, `not an IngestError: ${String(error)}`);
    return `${error.code}: ${error.message}`;
  }
  return 'fetched';
}

test('fetchPage reads an HTML page and decodes UTF-8', async () => {
  const page = await fetchPage(`${base}/article`, options());
  assert.equal(page.type, 'text/html');
  assert.equal(page.encoding, 'utf-8');
  assert.match(page.text, /<p>Caf\u00e9 “quoted”<\/p>/);
  assert.deepEqual(page.redirects, []);
});

test('fetchPage decodes the charset a <meta> declares, and gzip bodies', async () => {
  const latin = await fetchPage(`${base}/latin1`, options());
  assert.match(latin.text, /Caf\u00e9/);
  assert.equal(latin.encoding, 'windows-1252'); // what WHATWG maps iso-8859-1 to
  assert.equal((await fetchPage(`${base}/gzip`, options())).text, 'compressed words');
  assert.equal((await fetchPage(`${base}/plain`, options())).type, 'text/plain');
});

test('fetchPage follows 5 redirects and refuses the 6th', async () => {
  const page = await fetchPage(`${base}/hop/5`, options());
  assert.equal(page.text, 'arrived');
  assert.equal(page.redirects.length, 5);
  assert.equal(page.url, `${base}/hop/0`);
  requests = [];
  assert.equal(await refusal('/hop/6'), 'url-refused: the page redirects more than 5 times');
  assert.deepEqual(
    requests,
    ['/hop/6', '/hop/5', '/hop/4', '/hop/3', '/hop/2', '/hop/1'],
    'the 7th request is never made',
  );
});

test('fetchPage re-checks the guard on every redirect', async () => {
  const cases: Array<[string, string]> = [
    ['/to-metadata', 'url-refused: 169.254.169.254 is a link-local address (the cloud metadata service)'],
    ['/to-private-name', 'url-refused: intranet.test resolves to 10.0.0.8, a private address'],
    ['/to-other-port', 'url-refused: 127.0.0.1 is a loopback address'],
    ['/to-ftp', 'url-refused: only http and https URLs can be fetched (got ftp:)'],
    ['/no-location', `fetch-failed: ${base.slice(7)} answered 302 without saying where to`],
  ];
  for (const [path, expected] of cases) assert.equal(await refusal(path), expected, path);
});

test('fetchPage refuses the fixture server when it is not allow-listed (loopback)', async () => {
  assert.equal(await refusal('/article', { allowHosts: [] }), 'url-refused: 127.0.0.1 is a loopback address');
});

test('fetchPage refuses pages over the size cap, declared or streamed, and decompression bombs', async () => {
  assert.equal(await refusal('/huge-declared'), 'too-large: the page is 50 MB, more than the 5 MB limit');
  const started = Date.now();
  assert.equal(
    await refusal('/huge-streamed', { maxBytes: 64 * 1024 }),
    'too-large: the page is more than the 64 KB limit',
  );
  assert.ok(Date.now() - started < 5000, 'stops reading at the cap');
  assert.equal(await refusal('/bomb'), 'too-large: the page is more than the 5 MB limit');
});

test('fetchPage times out on a slow server (one deadline for the whole fetch)', async () => {
  const started = Date.now();
  assert.equal(await refusal('/slow', { timeoutMs: 300 }), 'timeout: the page took longer than 0.3 s to load');
  assert.equal(await refusal('/slow-body', { timeoutMs: 300 }), 'timeout: the page took longer than 0.3 s to load');
  const hangingResolver = (): Promise<string[]> => new Promise(() => {});
  try {
    await fetchPage('http://hangs.test/', { timeoutMs: 200, resolve: hangingResolver, allowHosts: [] });
    assert.fail('no timeout');
  } catch (error) {
    assert.equal((error as IngestError).code, 'timeout');
  }
  assert.ok(Date.now() - started < 3000);
});

test('fetchPage refuses other content types, binary bodies and error statuses', async () => {
  const cases: Array<[string, string]> = [
    ['/pdf', 'unsupported-type: only HTML and plain-text pages can be read (the page is application/pdf)'],
    ['/untyped', 'unsupported-type: only HTML and plain-text pages can be read (the page does not say what it is)'],
    ['/binary', 'bad-encoding: the page looks binary (it contains NUL bytes), not text'],
    ['/missing', `fetch-failed: ${base.slice(7)} answered 404 Not Found`],
  ];
  for (const [path, expected] of cases) assert.equal(await refusal(path), expected, path);
});

test('fetchPage reports a refused connection and honours a cancel signal', async () => {
  const closed = http.createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const { port } = closed.address() as AddressInfo;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  await assert.rejects(fetchPage(`http://127.0.0.1:${port}/`, { allowHosts: [`127.0.0.1:${port}`] }), {
    code: 'fetch-failed',
    message: `127.0.0.1:${port} refused the connection`,
  });
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 50);
  await assert.rejects(fetchPage(`${base}/slow`, options({ signal: controller.signal })), {
    code: 'fetch-failed',
    message: 'the fetch was cancelled',
  });
});

test('fetchPage connects to the address the guard checked, with no second DNS lookup (no rebinding window)', async () => {
  const port = new URL(base).port;
  let lookups = 0;
  // First answer: loopback (allow-listed by name); any later answer would be a different, unreachable address.
  // The system resolver does not know `fixture.test` either, so success proves the pinned address was used.
  const rebinding = async (name: string): Promise<string[]> => {
    assert.equal(name, 'fixture.test');
    return ++lookups === 1 ? ['127.0.0.1'] : ['10.255.255.1'];
  };
  const page = await fetchPage(`http://fixture.test:${port}/plain`, {
    allowHosts: [`fixture.test:${port}`],
    resolve: rebinding,
    timeoutMs: 2000,
  });
  assert.equal(page.text, 'plain words');
  assert.equal(lookups, 1);
});
