// Fetches one web page on a user's behalf, within the guard and the limits: every hop of a redirect chain is
// checked by checkUrl and the socket connects to the very addresses that were checked (the lookup is pinned),
// the whole fetch has one deadline, and the body is counted while it streams so a huge page costs at most the cap.
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { FETCH_TIMEOUT_MS, MAX_FETCH_BYTES, MAX_REDIRECTS } from '../limits.ts';
import { decodePage } from './decode-page.ts';
import { formatBytes, IngestError } from './ingest-error.ts';
import { checkUrl, readAllowHosts, type CheckedUrl, type Resolver } from './url-guard.ts';

/** The page types we read; anything else is refused before its body is read. */
export const PAGE_TYPES = ['text/html', 'application/xhtml+xml', 'text/plain'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export interface FetchPageOptions {
  /** Default: the system resolver. */
  resolve?: Resolver;
  /** Hosts exempt from the address rules; default from CLAIMDIFF_URL_ALLOW_HOSTS (none when unset). */
  allowHosts?: readonly string[];
  /** Deadline for the whole fetch, redirects included, in ms. Default FETCH_TIMEOUT_MS (10 s). */
  timeoutMs?: number;
  /** Most body bytes read (after decompression). Default MAX_FETCH_BYTES (5 MB). */
  maxBytes?: number;
  /** Most redirects followed. Default MAX_REDIRECTS (5). */
  maxRedirects?: number;
  /** Cancels the fetch (e.g. when the client that asked for it goes away). */
  signal?: AbortSignal;
}

export interface FetchedPage {
  /** The URL the page was finally read from, after redirects. */
  url: string;
  /** The URLs that redirected, in order (the first is the URL asked for). */
  redirects: string[];
  status: number;
  /** The media type, without parameters. */
  type: PageType;
  /** The encoding the body was decoded with (`utf-8`, `windows-1252`, …). */
  encoding: string;
  text: string;
  /** Body size in bytes, after decompression. */
  bytes: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const HEADERS = {
  'user-agent': 'claimdiff (fetches one page to compare a report with its source)',
  accept: 'text/html,application/xhtml+xml,text/plain;q=0.9',
  'accept-encoding': 'gzip, deflate, br',
};

/** A `lookup` that answers only with the addresses the guard checked, so no second DNS answer is ever used. */
function pinnedLookup(checked: CheckedUrl): LookupFunction {
  const entries = checked.addresses.map((address) => ({ address, family: isIP(address) }));
  return ((
    _hostname: string,
    options: { family?: number | string; all?: boolean },
    callback: (...args: unknown[]) => void,
  ) => {
    const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : Number(options.family ?? 0);
    const usable = family ? entries.filter((e) => e.family === family) : entries;
    if (usable.length === 0)
      return callback(Object.assign(new Error('no checked address of that family'), { code: 'ENOTFOUND' }));
    if (options.all) return callback(null, usable);
    return callback(null, usable[0]!.address, usable[0]!.family);
  }) as unknown as LookupFunction;
}

function requestOnce(checked: CheckedUrl, signal: AbortSignal): Promise<IncomingMessage> {
  const client = checked.url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    // agent: false — no pooled socket is reused for a later hop; each hop connects to its own checked address.
    const request = client.request(checked.url, {
      method: 'GET',
      headers: HEADERS,
      lookup: pinnedLookup(checked),
      agent: false,
      signal,
    });
    request.once('response', resolve);
    request.once('error', reject);
    request.end();
  });
}

/** `text/html; charset=utf-8` → `text/html`. */
const mediaType = (contentType: string): string => contentType.split(';')[0]!.trim().toLowerCase();

function decompressed(response: IncomingMessage): Readable {
  const encoding = String(response.headers['content-encoding'] ?? 'identity')
    .trim()
    .toLowerCase();
  if (encoding === 'identity' || encoding === '') return response;
  const inflater =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : null;
  if (!inflater)
    throw new IngestError('unsupported-type', `the page is compressed with "${encoding}", which cannot be read`);
  response.on('error', (error) => inflater.destroy(error));
  return response.pipe(inflater);
}

/** Reads a body up to `maxBytes`, stopping (and dropping the connection) the moment it is passed. */
async function readCapped(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw new IngestError(
      'too-large',
      `the page is ${formatBytes(declared)}, more than the ${formatBytes(maxBytes)} limit`,
    );
  }
  const stream = decompressed(response);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes)
        throw new IngestError('too-large', `the page is more than the ${formatBytes(maxBytes)} limit`);
      chunks.push(chunk);
    }
  } finally {
    if (total > maxBytes || !response.complete) response.destroy();
  }
  return Buffer.concat(chunks);
}

function networkError(error: unknown, url: URL): IngestError {
  if (error instanceof IngestError) return error;
  const code = (error as { code?: string } | null)?.code;
  const host = url.host;
  if (code && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|HOSTNAME_MISMATCH/.test(code))
    return new IngestError('fetch-failed', `the secure connection to ${host} failed (${code})`, { cause: error });
  if (code === 'ECONNREFUSED')
    return new IngestError('fetch-failed', `${host} refused the connection`, { cause: error });
  if (code === 'ECONNRESET' || code === 'EPIPE')
    return new IngestError('fetch-failed', `${host} closed the connection`, { cause: error });
  return new IngestError('fetch-failed', `could not fetch ${host}${code ? ` (${code})` : ''}`, { cause: error });
}

/**
 * Fetches `input` and returns its text. Throws an IngestError: `url-refused` (guard, or too many redirects),
 * `timeout`, `too-large`, `unsupported-type` (not HTML or plain text), `fetch-failed` (network or HTTP error
 * status), `bad-encoding` (binary body).
 */
export async function fetchPage(input: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_FETCH_BYTES;
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  const allowHosts = options.allowHosts ?? readAllowHosts();
  const controller = new AbortController();
  const timeout = new IngestError('timeout', `the page took longer than ${timeoutMs / 1000} s to load`);
  const timer = setTimeout(() => controller.abort(timeout), timeoutMs);
  const onCancel = (): void => controller.abort(new IngestError('fetch-failed', 'the fetch was cancelled'));
  options.signal?.addEventListener('abort', onCancel, { once: true });
  // Every await races the deadline, the resolver included (a resolver can hang longer than any timeout).
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
  });
  aborted.catch(() => {}); // handled where it is raced; this stops an unhandled rejection after success
  const race = <T>(promise: Promise<T>): Promise<T> => Promise.race([promise, aborted]);

  const redirects: string[] = [];
  let current = input;
  try {
    for (;;) {
      const checked = await race(checkUrl(current, { resolve: options.resolve, allowHosts }));
      let response: IncomingMessage;
      try {
        response = await race(requestOnce(checked, controller.signal));
      } catch (error) {
        throw controller.signal.aborted ? controller.signal.reason : networkError(error, checked.url);
      }
      const status = response.statusCode ?? 0;
      if (REDIRECTS.has(status)) {
        response.resume(); // drain and discard the redirect body
        const location = response.headers.location;
        if (!location)
          throw new IngestError('fetch-failed', `${checked.url.host} answered ${status} without saying where to`);
        redirects.push(checked.url.href);
        if (redirects.length > maxRedirects)
          throw new IngestError('url-refused', `the page redirects more than ${maxRedirects} times`);
        current = new URL(location, checked.url).href;
        continue;
      }
      if (status < 200 || status > 299) {
        response.resume();
        response.destroy();
        throw new IngestError(
          'fetch-failed',
          `${checked.url.host} answered ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`,
        );
      }
      const contentType = String(response.headers['content-type'] ?? '');
      const type = mediaType(contentType);
      if (!(PAGE_TYPES as readonly string[]).includes(type)) {
        response.destroy();
        throw new IngestError(
          'unsupported-type',
          type
            ? `only HTML and plain-text pages can be read (the page is ${type})`
            : 'only HTML and plain-text pages can be read (the page does not say what it is)',
        );
      }
      let body: Buffer;
      try {
        body = await race(readCapped(response, maxBytes));
      } catch (error) {
        response.destroy();
        throw controller.signal.aborted ? controller.signal.reason : networkError(error, checked.url);
      }
      const { text, encoding } = decodePage(body, contentType, type !== 'text/plain');
      return { url: checked.url.href, redirects, status, type: type as PageType, encoding, text, bytes: body.length };
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCancel);
    if (!controller.signal.aborted) controller.abort(); // closes any socket still open
  }
}
