// The README's limits are the code's: each figure a person reads there is built here from the constant it names,
// so changing a limit without the README (or the README without the code) fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  MAX_ALIGN_BODY_BYTES,
  MAX_DOCUMENT_CHARS,
  MAX_FILE_BYTES,
  MAX_MATRIX_BODY_BYTES,
  MAX_MATRIX_TEXT_BYTES,
  MAX_META_CHARS,
  MAX_NOTE_CHARS,
  MAX_PASTED_REPORTS,
  MAX_REQUEST_BYTES,
  MAX_TEXT_BYTES,
  MAX_TITLE_CHARS,
} from '../lib/input/limits.ts';
import { formatLimit as mb } from '../lib/input/utf8.ts';
import { ALIGN_QUEUE_LENGTH, ALIGN_RETRY_AFTER_SECONDS, ALIGN_TIMEOUT_MS, MAX_PDF_PAGES } from '../server/limits.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const n = (value: number) => value.toLocaleString('en');

const expected = [
  `413** a body over its route's limit (${mb(MAX_ALIGN_BODY_BYTES)} for \`/api/align\`, ${mb(MAX_MATRIX_BODY_BYTES)} for \`/api/matrix\`, ${mb(MAX_REQUEST_BYTES)} for the others`,
  `| Text pasted or uploaded in the home form | **${mb(MAX_TEXT_BYTES)}** of UTF-8 per text`,
  `| \`POST /api/align\` request body | **${mb(MAX_ALIGN_BODY_BYTES)}** |`,
  `| \`POST /api/align\` texts | ${mb(MAX_TEXT_BYTES)} each;`,
  `\`sourceTitle\` (strings of at most **${MAX_TITLE_CHARS}** characters)`,
  `at most **${MAX_PASTED_REPORTS}** reports, **${mb(MAX_TEXT_BYTES)}** per text, **${mb(MAX_MATRIX_TEXT_BYTES)}** all texts together, **${mb(MAX_MATRIX_BODY_BYTES)}** per request`,
  `| Comparisons waiting for a worker | **${ALIGN_QUEUE_LENGTH}**, beyond those running | **503** with \`Retry-After: ${ALIGN_RETRY_AFTER_SECONDS}\``,
  `| Time one comparison may run | **${ALIGN_TIMEOUT_MS / 1000} s**`,
  `| CLI input file | **${mb(MAX_FILE_BYTES)}** per file`,
  `uploads ${mb(MAX_FILE_BYTES)}; **${n(MAX_DOCUMENT_CHARS)} characters** per document after extraction; request ${mb(MAX_REQUEST_BYTES)}; PDF ${MAX_PDF_PAGES} pages;`,
  `titles and other metadata ${n(MAX_META_CHARS)} characters; correction notes ${n(MAX_NOTE_CHARS)}`,
];

test('every limit the README states is the figure the code holds', () => {
  const missing = expected.filter((line) => !readme.includes(line));
  assert.deepEqual(missing, [], `README lines that no longer match the code:\n${missing.join('\n')}`);
});
