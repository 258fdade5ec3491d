// The SSRF guard: decides whether a URL may be fetched on a user's behalf, after DNS resolution.
// It returns the addresses it checked so the fetch connects to exactly those (fetch-page.ts pins them), which
// closes the window in which a name could be re-resolved to an internal address (DNS rebinding).
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { classifyAddress } from './classify-address.ts';
import { IngestError } from './ingest-error.ts';

/** Resolves a host name to every address it has (IPv4 and IPv6). Injectable so tests can map names freely. */
export type Resolver = (hostname: string) => Promise<string[]>;

export interface CheckUrlOptions {
  /** Default: the system resolver (`dns.lookup` with `all: true`), as `http.request` itself would use. */
  resolve?: Resolver;
  /**
   * Hosts exempt from the address rules, as `host` or `host:port` (lower case; IPv6 in brackets).
   * For tests against a local fixture server only; default none (see readAllowHosts).
   */
  allowHosts?: readonly string[];
}

/** A URL that passed the guard, with the addresses to connect to. */
export interface CheckedUrl {
  url: URL;
  /** The host name without IPv6 brackets, as given to the resolver. */
  hostname: string;
  /** Every address the name resolved to (or the literal address); each passed the rules unless `allowListed`. */
  addresses: string[];
  /** True when the host matched the allow-list and the address rules were skipped. */
  allowListed: boolean;
}

/** The environment variable holding the allow-list: comma-separated `host` or `host:port` entries. Off when unset. */
export const ALLOW_HOSTS_ENV = 'CLAIMDIFF_URL_ALLOW_HOSTS';

/** Reads the allow-list from the environment (empty when unset or blank). */
export function readAllowHosts(env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  return (env[ALLOW_HOSTS_ENV] ?? '')
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry !== '');
}

/** The system resolver: every address of `hostname`, in the order getaddrinfo gives them. */
export const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

const defaultPort = (url: URL): string => url.port || (url.protocol === 'https:' ? '443' : '80');

function isAllowListed(url: URL, allowHosts: readonly string[]): boolean {
  const host = url.hostname.toLowerCase();
  return allowHosts.some((entry) => entry === host || entry === `${host}:${defaultPort(url)}`);
}

/** Shortens a URL for a message, so a megabyte of URL does not come back in an error. */
const shown = (text: string): string => (text.length > 200 ? `${text.slice(0, 200)}…` : text);

/**
 * Checks that `input` may be fetched: http(s) only, no credentials, and every address its host resolves to is an
 * ordinary public address. Throws an IngestError (`url-refused`, or `fetch-failed` when the name does not resolve)
 * whose message names the rule, e.g. `127.0.0.1 is a loopback address`.
 */
export async function checkUrl(input: string | URL, options: CheckUrlOptions = {}): Promise<CheckedUrl> {
  let url: URL;
  try {
    // The WHATWG parser canonicalises the host: 2130706433, 0x7f000001, 0177.0.0.1 and 127.1 all become 127.0.0.1.
    url = new URL(String(input));
  } catch {
    throw new IngestError('url-refused', `not a valid URL: ${shown(String(input))}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new IngestError('url-refused', `only http and https URLs can be fetched (got ${url.protocol})`);
  if (url.username || url.password)
    throw new IngestError('url-refused', 'URLs with a user name or password are not fetched');
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (hostname === '') throw new IngestError('url-refused', `the URL has no host: ${shown(url.href)}`);
  const allowListed = isAllowListed(url, options.allowHosts ?? []);

  const literal = isIP(hostname) !== 0;
  let addresses: string[];
  if (literal) addresses = [hostname];
  else {
    try {
      addresses = await (options.resolve ?? systemResolver)(hostname);
    } catch {
      throw new IngestError('fetch-failed', `the host ${shown(hostname)} could not be found`);
    }
    if (addresses.length === 0) throw new IngestError('fetch-failed', `the host ${shown(hostname)} could not be found`);
  }
  if (!allowListed) {
    for (const address of addresses) {
      if (isIP(address) === 0)
        throw new IngestError(
          'url-refused',
          `the host ${shown(hostname)} resolved to something that is not an address`,
        );
      const refusal = classifyAddress(address);
      if (!refusal) continue;
      throw new IngestError(
        'url-refused',
        literal
          ? `${address} is ${refusal.description}`
          : `${shown(hostname)} resolves to ${address}, ${refusal.description}`,
      );
    }
  }
  return { url, hostname, addresses, allowListed };
}
