import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stripInertHtml } from './strip-inert-html.ts';

test('stripInertHtml removes what can never be text and keeps the rest byte for byte', () => {
  const cases: Array<[string, string]> = [
    ['<p>a</p><script>var x = "<p>no</p>";</script><p>b</p>', '<p>a</p><p>b</p>'],
    ['<STYLE media=x>p { color: red }</Style ><p>b</p>', '<p>b</p>'],
    ['<p>a<!-- <p>hidden</p> -->b</p>', '<p>ab</p>'],
    ['<svg viewBox="0 0 1 1"><title>icon</title><path d="M0"/></svg>text', 'text'],
    ['<template><p>later</p></template><noscript><img src=x></noscript>kept', 'kept'],
    [
      '<script type="application/ld+json">{"datePublished":"2021-07-20","x":"<p>"}</script><p>a</p>',
      '<script type="application/ld+json">{"datePublished":"2021-07-20","x":"<p>"}</script><p>a</p>',
    ],
    ['<p>a</p><script>unclosed <p>b</p>', '<p>a</p>'],
    ['<p>a</p><!-- unclosed <p>b</p>', '<p>a</p>'],
    ['<p>a</p><svg><p>b</p>', '<p>a</p><svg><p>b</p>'], // an unclosed svg is left to the parser
    ['<scripts>not a script</scripts>', '<scripts>not a script</scripts>'],
    ['a < b and c<d', 'a < b and c<d'],
    ['', ''],
  ];
  for (const [html, expected] of cases) assert.equal(stripInertHtml(html), expected, html);
});

test('stripInertHtml stays linear on hostile markup', () => {
  const hostile = ['<script>', '<!--', '<svg>', '<script type="application/ld+json">', '<', '<style></style>'].map(
    (unit) => unit.repeat(Math.floor(5_000_000 / unit.length)),
  );
  hostile.push(`${'<svg>'.repeat(1_000_000)}</svg`); // a close tag without its '>'
  for (const html of hostile) {
    const unit = html.slice(0, 40);
    const started = performance.now();
    stripInertHtml(html);
    assert.ok(performance.now() - started < 2000, `${unit}: ${Math.round(performance.now() - started)} ms`);
  }
});
