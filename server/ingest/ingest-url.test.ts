import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { ingestUrl } from './ingest-url.ts';
import { decodePage } from './decode-page.ts';

let server: http.Server;
let base = '';
let allowHosts: string[] = [];

before(async () => {
  const article = readFileSync(new URL('../fixtures/article.html', import.meta.url));
  server = http.createServer((req, res) => {
    if (req.url === '/story') {
      res.writeHead(301, { location: '/2021/07/20/story.html' });
      return void res.end();
    }
    if (req.url === '/2021/07/20/story.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end(article);
    }
    if (req.url === '/transcript.txt') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      return void res.end('Q: A question?\n\nA: An answer.\n');
    }
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('   \n');
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

test('ingestUrl extracts the article and keeps the final URL', async () => {
  const { text, meta } = await ingestUrl(`${base}/story`, { allowHosts });
  assert.match(text, /^BEIJING, July 20/);
  assert.ok(!text.includes('Subscribe'));
  assert.deepEqual(meta, {
    title: 'Ministry rejects hacking accusation',
    outlet: 'Example Wire',
    date: '2021-07-20',
    url: `${base}/2021/07/20/story.html`,
    language: 'en',
    byline: 'Jane Doe',
  });
});

test('ingestUrl keeps a plain-text page as it is, and refuses a blank one', async () => {
  assert.equal((await ingestUrl(`${base}/transcript.txt`, { allowHosts })).text, 'Q: A question?\n\nA: An answer.\n');
  await assert.rejects(ingestUrl(`${base}/blank`, { allowHosts }), {
    code: 'empty',
    message: 'the text contains only whitespace',
  });
  await assert.rejects(ingestUrl(`${base}/story`, { allowHosts: [] }), {
    code: 'url-refused',
    message: '127.0.0.1 is a loopback address',
  });
});

test('decodePage: BOM, then header, then <meta>, then UTF-8', () => {
  const latin = Buffer.from('<meta charset="windows-1252"><p>caf\xe9 \x93q\x94</p>', 'latin1');
  const cases: Array<[Uint8Array, string, boolean, string, string]> = [
    [latin, 'text/html', true, 'windows-1252', '<p>café “q”</p>'],
    [latin, 'text/html; charset=iso-8859-1', true, 'windows-1252', '<p>café “q”</p>'],
    [Buffer.from('<meta charset="utf-16"><p>é</p>'), 'text/html', true, 'utf-8', '<p>é</p>'], // a meta that says UTF-16 means UTF-8
    [Buffer.from('\ufeff<p>bom wins</p>'), 'text/html; charset=windows-1252', true, 'utf-8', '<p>bom wins</p>'],
    [Buffer.from('<p>é</p>'), 'text/html; charset=x-unknown-thing', true, 'utf-8', '<p>é</p>'],
    [Buffer.from('<meta charset="windows-1252">é'), 'text/plain', false, 'utf-8', 'é'], // no meta sniffing in plain text
    [Buffer.from([0x61, 0xff, 0x62]), 'text/plain', false, 'utf-8', 'a\ufffdb'], // a bad byte is replaced, as a browser does
  ];
  for (const [bytes, type, html, encoding, tail] of cases) {
    const decoded = decodePage(bytes, type, html);
    assert.equal(decoded.encoding, encoding, type);
    assert.ok(decoded.text.endsWith(tail), `${type}: ${decoded.text}`);
  }
  assert.throws(() => decodePage(Buffer.from([0x3c, 0x00, 0x70]), 'text/html', true), { code: 'bad-encoding' });
});
