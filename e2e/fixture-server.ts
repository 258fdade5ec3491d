// A loopback HTTP server with the pages the URL-ingest tests fetch. It listens on every interface (dual stack), and
// tests address it as `localhost`, the one host the e2e server's allow-list exempts from the guard; a redirect to
// 127.0.0.1 is therefore still refused, as any private address is.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface FixtureServer {
  /** `http://localhost:PORT` */
  origin: string;
  port: number;
  close(): Promise<void>;
}

const FIXTURES = join(process.cwd(), 'server', 'fixtures');

export async function startFixtureServer(): Promise<FixtureServer> {
  let port = 0;
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/article.html' || path === '/transcript.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(readFileSync(join(FIXTURES, path.slice(1))));
    } else if (path === '/to-private') {
      response.writeHead(302, { location: `http://127.0.0.1:${port}/article.html` });
      response.end();
    } else if (path === '/image.png') {
      response.writeHead(200, { 'content-type': 'image/png' });
      response.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  port = (server.address() as AddressInfo).port;
  return {
    origin: `http://localhost:${port}`,
    port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
