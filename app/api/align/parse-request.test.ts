import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_TEXT_BYTES } from '../../../lib/input/limits.ts';
import { parseAlignRequest } from './parse-request.ts';

const problemsOf = (body: unknown) => {
  const r = parseAlignRequest(body);
  return r.ok ? 'ok' : `${r.status}: ${r.problems.join(' | ')}`;
};

test('parseAlignRequest accepts two texts and trims the optional titles', () => {
  const r = parseAlignRequest({
    report: 'A said B.',
    source: 'B.',
    reportTitle: '  Wire story ',
    sourceTitle: undefined,
  });
  assert.deepEqual(r, {
    ok: true,
    value: { report: 'A said B.', source: 'B.', reportTitle: 'Wire story', sourceTitle: '' },
  });
});

test('parseAlignRequest keeps the texts exactly as sent (spans index them)', () => {
  const report = ' \r\n Text with CRLF\r\n ';
  const r = parseAlignRequest({ report, source: 'x' });
  assert.ok(r.ok);
  assert.equal(r.value.report, report);
});

const cases: [string, unknown, string][] = [
  ['not an object', 'report', '400: The request must be a JSON object with "report" and "source" texts.'],
  ['an array', [], '400: The request must be a JSON object with "report" and "source" texts.'],
  ['null', null, '400: The request must be a JSON object with "report" and "source" texts.'],
  [
    'missing texts',
    {},
    '400: "report" must be a string (the report text). | "source" must be a string (the source text).',
  ],
  ['a number title', { report: 'a', source: 'b', sourceTitle: 3 }, '400: "sourceTitle" must be a string when given.'],
  [
    'a long title',
    { report: 'a', source: 'b', reportTitle: 'x'.repeat(301) },
    '400: "reportTitle" is longer than 300 characters.',
  ],
  [
    'an unknown field',
    { report: 'a', source: 'b', sourceTitel: 'x' },
    '400: Unknown field "sourceTitel": the request takes only "report", "source", "reportTitle", "sourceTitle".',
  ],
  [
    'unknown fields and a wrong type together',
    { report: 1, source: 'b', text: 'x', options: {} },
    '400: Unknown fields "text", "options": the request takes only "report", "source", "reportTitle", "sourceTitle". | "report" must be a string (the report text).',
  ],
  [
    'a boolean and a null text',
    { report: true, source: null },
    '400: "report" must be a string (the report text). | "source" must be a string (the source text).',
  ],
  ['an empty report', { report: '', source: 'b' }, '422: The report text is empty: paste or upload the report.'],
  [
    'a binary source (NUL)',
    { report: 'a', source: '%PDF-1.7\n\u0000\u0001' },
    '422: The source text looks binary (a NUL character at position 9): paste or upload plain text.',
  ],
  [
    'a whitespace-only source',
    { report: 'a', source: ' \n\t ' },
    '422: The source text is empty: paste or upload the source.',
  ],
  [
    'a source over 2 MB',
    { report: 'a', source: 'é'.repeat(MAX_TEXT_BYTES / 2 + 1) },
    '413: The source text is 2.01 MB; the limit is 2 MB per text.',
  ],
  [
    'a report over the limit and an empty source',
    { report: 'x'.repeat(MAX_TEXT_BYTES * 1.5), source: '' },
    '413: The report text is 3.00 MB; the limit is 2 MB per text. | The source text is empty: paste or upload the source.',
  ],
];
for (const [name, body, want] of cases)
  test(`parseAlignRequest rejects ${name}`, () => assert.equal(problemsOf(body), want));

test('a text of exactly 2 MB is accepted', () => {
  assert.equal(problemsOf({ report: 'x'.repeat(MAX_TEXT_BYTES), source: 'y' }), 'ok');
});
