import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMatrixRequest } from './parse-matrix-request.ts';
import { MAX_MATRIX_TEXT_BYTES, MAX_PASTED_REPORTS, MAX_TEXT_BYTES } from '../../../lib/input/limits.ts';

const problemsOf = (body: unknown) => {
  const r = parseMatrixRequest(body);
  return r.ok ? 'ok' : `${r.status}: ${r.problems.join(' | ')}`;
};

test('parseMatrixRequest accepts a source and reports, keeps the texts exactly and trims the titles', () => {
  const source = ' Q: x?\r\n A: y. ';
  const r = parseMatrixRequest({
    source,
    sourceTitle: ' Transcript ',
    reports: [{ text: 'y, he said.\r\n', title: ' Wire ' }, { text: 'Y.' }],
  });
  assert.deepEqual(r, {
    ok: true,
    value: {
      source,
      sourceTitle: 'Transcript',
      reports: [
        { text: 'y, he said.\r\n', title: 'Wire' },
        { text: 'Y.', title: '' },
      ],
    },
  });
});

test('parseMatrixRequest says what is wrong, with the right status', () => {
  const big = 'a'.repeat(MAX_TEXT_BYTES + 1);
  const quarter = 'b'.repeat(Math.floor(MAX_MATRIX_TEXT_BYTES / 5));
  const table: [string, unknown, string][] = [
    ['not an object', 'hi', '400: The request must be a JSON object with "source" and "reports".'],
    [
      'no reports',
      { source: 'x' },
      '400: "reports" must be a list of reports ({"text"} or {"url"}, with optional "title").',
    ],
    ['empty list', { source: 'x', reports: [] }, '400: "reports" needs at least one report.'],
    [
      'too many',
      { source: 'x', reports: Array.from({ length: MAX_PASTED_REPORTS + 1 }, () => ({ text: 'y' })) },
      `400: "reports" holds at most ${MAX_PASTED_REPORTS} reports.`,
    ],
    [
      'a report without text',
      { source: 'x', reports: [{ title: 't' }] },
      '400: "reports.0.text" must be a string (the report text).',
    ],
    [
      'a long title',
      { source: 'x', sourceTitle: 't'.repeat(301), reports: [{ text: 'y' }] },
      '400: "sourceTitle" at most 300 characters.',
    ],
    [
      'empty texts',
      { source: ' ', reports: [{ text: 'y' }, { text: '\n' }] },
      '422: The source text is empty: paste or upload the source. | The report 2 text is empty: paste or upload report 2.',
    ],
    [
      'one text too large',
      { source: big, reports: [{ text: 'y' }] },
      '413: The source text is 2.01 MB; the limit is 2 MB per text.',
    ],
    [
      'too much together',
      { source: quarter, reports: [1, 2, 3, 4, 5].map(() => ({ text: quarter })) },
      '413: The texts come to 9.60 MB together; the limit is 8 MB for one matrix.',
    ],
  ];
  for (const [name, body, want] of table) assert.equal(problemsOf(body), want, name);
});

test('the source may be a document object like the reports, its title winning over sourceTitle', () => {
  const r = parseMatrixRequest({
    source: { text: 'Q: x?', title: ' Briefing ' },
    reports: [{ text: 'x.', outlet: 'Wire' }],
  });
  assert.deepEqual(r, {
    ok: true,
    value: { source: 'Q: x?', sourceTitle: 'Briefing', reports: [{ text: 'x.', title: '' }] },
  });
  assert.equal(
    problemsOf({ source: 'x', reports: [{ text: 'y', colour: 'red' }] }),
    '400: "reports.0" has Unrecognized key: "colour".',
  );
});
