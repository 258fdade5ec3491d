import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkUrl, readAllowHosts, type Resolver } from './url-guard.ts';
import { classifyAddress } from './classify-address.ts';
import { IngestError } from './ingest-error.ts';

/** A resolver from a fixed table; names not in it do not resolve. */
const fakeResolver =
  (table: Record<string, string[]>): Resolver =>
  async (hostname) => {
    const found = table[hostname];
    if (!found) throw new Error(`ENOTFOUND ${hostname}`);
    return found;
  };
const noDns: Resolver = async (hostname) => assert.fail(`the resolver must not be asked for ${hostname}`);

/** The message checkUrl refuses `url` with (code url-refused), or 'ok'. */
async function verdict(url: string, resolve: Resolver = noDns, allowHosts: string[] = []): Promise<string> {
  try {
    await checkUrl(url, { resolve, allowHosts });
    return 'ok';
  } catch (error) {
    assert.ok(error instanceof IngestError, `not an IngestError: ${String(error)}`);
    return `${error.code}: ${error.message}`;
  }
}

test('checkUrl refuses every address class, naming the rule', async () => {
  const cases: Array<[string, string]> = [
    ['http://127.0.0.1/', 'url-refused: 127.0.0.1 is a loopback address'],
    ['http://127.255.255.254:8080/x', 'url-refused: 127.255.255.254 is a loopback address'],
    ['http://[::1]/', 'url-refused: ::1 is a loopback address'],
    ['http://10.1.2.3/', 'url-refused: 10.1.2.3 is a private address'],
    ['http://172.16.0.1/', 'url-refused: 172.16.0.1 is a private address'],
    ['http://172.31.255.255/', 'url-refused: 172.31.255.255 is a private address'],
    ['http://192.168.1.1/', 'url-refused: 192.168.1.1 is a private address'],
    ['http://[fc00::1]/', 'url-refused: fc00::1 is a private address (IPv6 unique-local)'],
    ['http://[fd12:3456::1]/', 'url-refused: fd12:3456::1 is a private address (IPv6 unique-local)'],
    [
      'http://169.254.169.254/latest/meta-data/',
      'url-refused: 169.254.169.254 is a link-local address (the cloud metadata service)',
    ],
    ['http://169.254.1.1/', 'url-refused: 169.254.1.1 is a link-local address'],
    ['http://[fe80::1]/', 'url-refused: fe80::1 is a link-local address'],
    ['http://0.0.0.0/', 'url-refused: 0.0.0.0 is an unspecified address'],
    ['http://0.1.2.3/', 'url-refused: 0.1.2.3 is an unspecified address'],
    ['http://[::]/', 'url-refused: :: is an unspecified address'],
    ['http://100.64.0.1/', 'url-refused: 100.64.0.1 is a shared (carrier-grade NAT) address'],
    ['http://224.0.0.1/', 'url-refused: 224.0.0.1 is a multicast address'],
    ['http://[ff02::1]/', 'url-refused: ff02::1 is a multicast address'],
    ['http://240.0.0.1/', 'url-refused: 240.0.0.1 is a reserved address'],
    ['http://255.255.255.255/', 'url-refused: 255.255.255.255 is a broadcast address'],
    ['http://192.0.2.1/', 'url-refused: 192.0.2.1 is a reserved address'],
    ['http://[2001:db8::1]/', 'url-refused: 2001:db8::1 is a reserved address (documentation)'],
  ];
  for (const [url, expected] of cases) assert.equal(await verdict(url), expected, url);
});

test('checkUrl sees through other spellings of an address (the URL parser canonicalises them)', async () => {
  const cases: Array<[string, string]> = [
    ['http://2130706433/', 'url-refused: 127.0.0.1 is a loopback address'], // decimal
    ['http://0x7f000001/', 'url-refused: 127.0.0.1 is a loopback address'], // hex
    ['http://0177.0.0.1/', 'url-refused: 127.0.0.1 is a loopback address'], // octal
    ['http://0x7f.1/', 'url-refused: 127.0.0.1 is a loopback address'], // hex, short form
    ['http://127.1/', 'url-refused: 127.0.0.1 is a loopback address'], // short form
    ['http://017700000001/', 'url-refused: 127.0.0.1 is a loopback address'], // octal, one number
    ['http://3232235777/', 'url-refused: 192.168.1.1 is a private address'],
    ['http://0xA9FEA9FE/', 'url-refused: 169.254.169.254 is a link-local address (the cloud metadata service)'],
    ['http://[::ffff:127.0.0.1]/', 'url-refused: ::ffff:7f00:1 is a loopback address (IPv4-mapped 127.0.0.1)'],
    [
      'http://[::ffff:a9fe:a9fe]/',
      'url-refused: ::ffff:a9fe:a9fe is a link-local address (the cloud metadata service) (IPv4-mapped 169.254.169.254)',
    ],
    ['http://[0:0:0:0:0:0:0:1]/', 'url-refused: ::1 is a loopback address'],
    ['http://[::127.0.0.1]/', 'url-refused: ::7f00:1 is a reserved address'], // deprecated IPv4-compatible
    ['http://[64:ff9b::10.0.0.1]/', 'url-refused: 64:ff9b::a00:1 is a private address (NAT64 10.0.0.1)'],
    ['http://[2002:7f00:1::]/', 'url-refused: 2002:7f00:1:: is a loopback address (6to4 127.0.0.1)'],
  ];
  for (const [url, expected] of cases) assert.equal(await verdict(url), expected, url);
});

test('checkUrl allows public addresses, literal or resolved', async () => {
  assert.equal(await verdict('https://93.184.216.34/page'), 'ok');
  assert.equal(await verdict('http://[2606:4700::1111]/'), 'ok');
  assert.equal(await verdict('http://[::ffff:8.8.8.8]/'), 'ok');
  const checked = await checkUrl('https://news.example/story?id=1', {
    resolve: fakeResolver({ 'news.example': ['93.184.216.34', '2606:4700::1'] }),
  });
  assert.deepEqual(checked.addresses, ['93.184.216.34', '2606:4700::1']);
  assert.equal(checked.hostname, 'news.example');
  assert.equal(checked.allowListed, false);
});

test('checkUrl refuses other schemes, credentials and malformed URLs', async () => {
  const cases: Array<[string, string]> = [
    ['ftp://example.com/file', 'url-refused: only http and https URLs can be fetched (got ftp:)'],
    ['file:///etc/passwd', 'url-refused: only http and https URLs can be fetched (got file:)'],
    ['javascript:alert(1)', 'url-refused: only http and https URLs can be fetched (got javascript:)'],
    ['gopher://127.0.0.1:25/', 'url-refused: only http and https URLs can be fetched (got gopher:)'],
    ['http://user:secret@example.com/', 'url-refused: URLs with a user name or password are not fetched'],
    ['not a url', 'url-refused: not a valid URL: not a url'],
    ['http://', 'url-refused: not a valid URL: http://'],
  ];
  for (const [url, expected] of cases) assert.equal(await verdict(url), expected, url);
});

test('checkUrl checks every address a name resolves to (injected resolver)', async () => {
  const resolve = fakeResolver({
    'rebind.example': ['127.0.0.1'],
    'mixed.example': ['93.184.216.34', '10.0.0.5'],
    'six.example': ['::1'],
    'mapped.example': ['::ffff:169.254.169.254'],
    'empty.example': [],
  });
  assert.equal(
    await verdict('http://rebind.example/', resolve),
    'url-refused: rebind.example resolves to 127.0.0.1, a loopback address',
  );
  assert.equal(
    await verdict('http://mixed.example/', resolve),
    'url-refused: mixed.example resolves to 10.0.0.5, a private address',
  );
  assert.equal(
    await verdict('http://six.example/', resolve),
    'url-refused: six.example resolves to ::1, a loopback address',
  );
  assert.equal(
    await verdict('http://mapped.example/', resolve),
    'url-refused: mapped.example resolves to ::ffff:169.254.169.254, a link-local address (the cloud metadata service) (IPv4-mapped 169.254.169.254)',
  );
  assert.equal(
    await verdict('http://empty.example/', resolve),
    'fetch-failed: the host empty.example could not be found',
  );
  assert.equal(
    await verdict('http://nowhere.example/', resolve),
    'fetch-failed: the host nowhere.example could not be found',
  );
});

test('checkUrl refuses localhost with the real resolver', async () => {
  const message = await (async () => {
    try {
      await checkUrl('http://localhost:3000/');
      return 'ok';
    } catch (error) {
      return (error as Error).message;
    }
  })();
  assert.match(message, /^localhost resolves to (127\.0\.0\.1|::1), a loopback address$/);
});

test('the allow-list exempts exactly the listed host (and port), and is off by default', async () => {
  assert.equal(await verdict('http://127.0.0.1:4000/x', noDns, ['127.0.0.1:4000']), 'ok');
  assert.equal(
    await verdict('http://127.0.0.1:4001/x', noDns, ['127.0.0.1:4000']),
    'url-refused: 127.0.0.1 is a loopback address',
  );
  assert.equal(await verdict('http://127.0.0.1/x', noDns, ['127.0.0.1']), 'ok');
  assert.equal(
    await verdict('http://127.0.0.2/x', noDns, ['127.0.0.1']),
    'url-refused: 127.0.0.2 is a loopback address',
  );
  assert.equal(await verdict('http://[::1]:5000/', noDns, ['[::1]:5000']), 'ok');
  // The allow-list does not lift the scheme rule.
  assert.equal(
    await verdict('ftp://127.0.0.1/', noDns, ['127.0.0.1']),
    'url-refused: only http and https URLs can be fetched (got ftp:)',
  );
  const checked = await checkUrl('http://fixture.test:8080/', {
    resolve: fakeResolver({ 'fixture.test': ['127.0.0.1'] }),
    allowHosts: ['fixture.test:8080'],
  });
  assert.deepEqual([checked.allowListed, checked.addresses], [true, ['127.0.0.1']]);

  assert.deepEqual(readAllowHosts({}), []);
  assert.deepEqual(readAllowHosts({ CLAIMDIFF_URL_ALLOW_HOSTS: '' }), []);
  assert.deepEqual(readAllowHosts({ CLAIMDIFF_URL_ALLOW_HOSTS: ' 127.0.0.1:4000, Fixture.Test ,' }), [
    '127.0.0.1:4000',
    'fixture.test',
  ]);
});

test('classifyAddress: range edges', () => {
  const cases: Array<[string, string | null]> = [
    ['9.255.255.255', null],
    ['10.0.0.0', 'private'],
    ['11.0.0.0', null],
    ['100.63.255.255', null],
    ['100.64.0.0', 'shared'],
    ['100.127.255.255', 'shared'],
    ['100.128.0.0', null],
    ['172.15.255.255', null],
    ['172.32.0.0', null],
    ['192.167.255.255', null],
    ['198.18.0.0', 'reserved'],
    ['198.20.0.0', null],
    ['223.255.255.255', null],
    ['2000::1', null],
    ['3fff:ffff::1', null],
    ['4000::1', 'reserved'],
    ['fe80::1%eth0', 'link-local'],
    ['febf::1', 'link-local'],
    ['fec0::1', 'private'],
    ['2001::1', 'reserved'], // Teredo
  ];
  for (const [address, rule] of cases) assert.equal(classifyAddress(address)?.rule ?? null, rule, address);
  assert.throws(() => classifyAddress('example.com'), /not an IP address/);
});

test('classifyAddress: the deprecated IPv4-compatible ::a.b.c.d is reserved, not read as IPv4-mapped', () => {
  // ipaddr.js parses `::8.8.8.8` as `::ffff:8.8.8.8`; a resolver may write ::808:808 either way.
  const cases: Array<[string, string | null]> = [
    ['::8.8.8.8', 'reserved'],
    ['::808:808', 'reserved'],
    ['::127.0.0.1%eth0', 'reserved'],
    ['::ffff:8.8.8.8', null],
    ['0:0:0:0:0:ffff:127.0.0.1', 'loopback'],
  ];
  for (const [address, rule] of cases) assert.equal(classifyAddress(address)?.rule ?? null, rule, address);
});

test('classifyAddress: the IPv6 documentation prefixes 2001:db8::/32 and 3fff::/20 (RFC 9637) are refused', () => {
  assert.equal(classifyAddress('3fff::1')?.description, 'a reserved address (documentation)');
  assert.equal(classifyAddress('3fff:fff:ffff::1')?.description, 'a reserved address (documentation)');
  assert.equal(classifyAddress('3fff:1000::1'), null);
  assert.equal(classifyAddress('2001:db8:ffff::1')?.description, 'a reserved address (documentation)');
});
