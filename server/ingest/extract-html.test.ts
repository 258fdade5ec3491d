import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { completeDocument, extractHtml } from './extract-html.ts';
import { htmlToText } from './html-to-text.ts';
import { normalizeDate } from './normalize-date.ts';
import { parseHTML } from 'linkedom';
import { IngestError } from './ingest-error.ts';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

test('extractHtml keeps the article as paragraphs and drops navigation, ads, scripts, styles and comments', () => {
  const { text } = extractHtml(fixture('article.html'));
  const paragraphs = text.split('\n\n');
  assert.equal(paragraphs.length, 6);
  assert.match(
    paragraphs[0]!,
    /^BEIJING, July 20 \(Example Wire\) -- The foreign ministry .* calling them groundless and politically motivated\.$/,
  );
  assert.equal(paragraphs[2], 'A long dispute');
  assert.equal(
    paragraphs[3],
    'The spokesperson said the accusations were a smear, and that the country was itself a major victim of cyber attacks.\nOfficials gave no further detail.',
  );
  assert.match(paragraphs[5]!, /^Relations between the two countries/);
  for (const junk of [
    'Subscribe',
    'Advertisement',
    'cheap flights',
    'cookies',
    'TRACKER',
    'secret-tracking-id',
    'alert',
    'font-family',
    'Related stories',
    'Ten tips',
    'Leave a comment',
    'Privacy policy',
    'All rights reserved',
  ])
    assert.ok(!text.includes(junk), `kept "${junk}"`);
});

test('extractHtml reads title, outlet, date, language and byline', () => {
  assert.deepEqual(extractHtml(fixture('article.html'), 'https://wire.example/story').meta, {
    title: 'Ministry rejects hacking accusation',
    outlet: 'Example Wire',
    date: '2021-07-20', // the publisher's calendar date, not shifted to UTC (10:30Z is still the 20th; 23:30+08 would not be)
    url: 'https://wire.example/story',
    language: 'en',
    byline: 'Jane Doe',
  });
});

test('extractHtml finds the date in JSON-LD or a <time> element when there is no meta tag', () => {
  const jsonLd =
    '<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-04-29T23:30:00+08:00"}]}</script></head><body><p>Text.</p></body></html>';
  assert.equal(extractHtml(jsonLd).meta.date, '2024-04-29');
  const time = '<html><body><article><time datetime="2019-03-02">2 March</time><p>Text.</p></article></body></html>';
  assert.equal(extractHtml(time).meta.date, '2019-03-02');
  const brokenJson =
    '<html><head><script type="application/ld+json">{not json</script></head><body><p>Text.</p></body></html>';
  assert.equal(extractHtml(brokenJson).meta.date, null);
});

test('extractHtml reads a short page without article markup (a transcript), dropping its link-only menu', () => {
  const { text, meta } = extractHtml(fixture('transcript.html'));
  assert.equal(
    text,
    'Spokesperson: Good afternoon.\n\nQ: Do you have a comment on the report?\n\nSpokesperson: We have noted the report & we reject it.',
  );
  assert.equal(meta.title, 'Press conference transcript');
});

test('extractHtml accepts fragments and pages without <body>, and refuses a page with no text', () => {
  const cases: Array<[string, string]> = [
    ['<p>hi</p>', 'hi'],
    ['plain words', 'plain words'],
    ['<!doctype html><p>one</p><p>two</p>', 'one\n\ntwo'],
    ['<html><head><title>t</title></head>body text</html>', 'body text'],
    ['<html><p>inside html</p></html>', 'inside html'],
  ];
  for (const [html, expected] of cases) assert.equal(extractHtml(html).text, expected, html);
  for (const html of [
    '',
    '<html><body><script>x()</script><style>p{}</style></body></html>',
    '<nav><a href="/">Home</a></nav>',
  ])
    assert.throws(
      () => extractHtml(html),
      (e: unknown) => e instanceof IngestError && e.code === 'no-text' && e.message === 'the page has no readable text',
      html,
    );
});

test('completeDocument always yields a document with a body', () => {
  assert.equal(completeDocument('<p>x</p>'), '<!DOCTYPE html><html><body><p>x</p></body></html>');
  assert.equal(
    completeDocument('<html><head></head><p>x</p></html>'),
    '<!DOCTYPE html><html><head></head><body><p>x</p></body></html>',
  );
  assert.equal(completeDocument('<body>x</body>'), '<!DOCTYPE html><html><body>x</body></html>');
});

test('htmlToText: blocks, line breaks, pre, tables, entities', () => {
  const show = (html: string): string => htmlToText(parseHTML(completeDocument(html)).document.body as never);
  const cases: Array<[string, string]> = [
    ['<p>a  b\n c</p><p>d</p>', 'a b c\n\nd'],
    ['<div>x<div>y</div>z</div>', 'x\n\ny\n\nz'],
    ['<p>line one<br>line two<br><br>line three</p>', 'line one\nline two\nline three'],
    ['<pre>  keep\n  lines</pre>', 'keep\nlines'],
    ['<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>', 'a b\n\nc'],
    ['<p>&amp; &lt;tag&gt; &quot;q&quot; caf&eacute;&nbsp;au lait</p>', '& <tag> "q" café au lait'],
    ['<ul><li>one point</li><li>two <a href="#">points</a></li></ul>', 'one point\n\ntwo points'],
    ['<ul><li><a href="/">Home</a></li><li><a href="/x">News</a></li></ul><p>kept</p>', 'kept'],
    ['<p>a<script>bad()</script><noscript>no</noscript><button>Go</button>b</p>', 'ab'],
  ];
  for (const [html, expected] of cases) assert.equal(show(html), expected, html);
});

test('normalizeDate keeps the written calendar date', () => {
  const cases: Array<[string | null, string | null]> = [
    ['2021-07-20T23:30:00+08:00', '2021-07-20'],
    ['2021-07-20', '2021-07-20'],
    ['July 20, 2021', '2021-07-20'],
    ['20 July 2021', '2021-07-20'],
    ['2021-02-30', null],
    ['12345', null],
    ['yesterday', null],
    ['', null],
    [null, null],
  ];
  for (const [input, expected] of cases) assert.equal(normalizeDate(input), expected, String(input));
});

test('extractHtml reads deeply nested pages in bounded time, and refuses absurdly deep ones', () => {
  const cases: Array<[number, string]> = [
    [150, 'deep text'], // Readability still runs
    [2_000, 'deep text'], // read without Readability: it would take over a minute
    [9_000, 'deep text'],
  ];
  for (const [levels, expected] of cases) {
    const html = `<html><body>${'<div>'.repeat(levels)}<p>deep text</p>${'</div>'.repeat(levels)}</body></html>`;
    const started = performance.now();
    assert.equal(extractHtml(html).text, expected, `${levels} levels`);
    assert.ok(
      performance.now() - started < 5000,
      `${levels} levels took ${Math.round(performance.now() - started)} ms`,
    );
  }
  const started = performance.now();
  assert.throws(() => extractHtml(`<html><body>${'<div>'.repeat(500_000)}x</body></html>`), {
    code: 'too-large',
    message: "the page's HTML nests more than 10,000 levels deep",
  });
  assert.ok(performance.now() - started < 2000, 'refused before parsing');
});

test('extractHtml refuses pages with too many nodes before parsing, and reads big pages without Readability', () => {
  let started = performance.now();
  assert.throws(() => extractHtml(`<html><body>${'w<br>'.repeat(150_000)}</body></html>`), {
    code: 'too-large',
    message: 'the page has 150,002 HTML elements and character references, more than the 100,000 limit',
  });
  assert.ok(performance.now() - started < 1000, 'refused before parsing');
  // 40,000 character references: too many for Readability (linkedom overflows the stack under it), read whole.
  started = performance.now();
  assert.equal(extractHtml(`<html><body><p>${'&amp;'.repeat(40_000)}</p></body></html>`).text, '&'.repeat(40_000));
  // Scripts and styles do not count: they are cut before parsing.
  const heavy = `<html><head>${'<script>var x = "<div></div>";</script>'.repeat(50_000)}</head><body><article><p>The article text, long enough to be the article that Readability picks from this page.</p></article></body></html>`;
  assert.equal(
    extractHtml(heavy).text,
    'The article text, long enough to be the article that Readability picks from this page.',
  );
  assert.ok(performance.now() - started < 5000, `took ${Math.round(performance.now() - started)} ms`);
});
