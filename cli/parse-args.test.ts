import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs } from './parse-args.ts';

test('parseArgs reads align in every accepted spelling', () => {
  const table: [string[], object][] = [
    [
      ['align', 'r.txt', 's.txt'],
      { report: 'r.txt', source: 's.txt', format: 'text', minScore: undefined, model: undefined, skip: [] },
    ],
    [
      ['align', '--format', 'json', 'r.txt', 's.txt'],
      { report: 'r.txt', source: 's.txt', format: 'json', minScore: undefined, model: undefined, skip: [] },
    ],
    [
      ['align', 'r.txt', '--format=json', 's.txt', '--min-score', '0.5'],
      { report: 'r.txt', source: 's.txt', format: 'json', minScore: 0.5, model: undefined, skip: [] },
    ],
    [
      ['align', 'r.txt', 's.txt', '--min-score=0'],
      { report: 'r.txt', source: 's.txt', format: 'text', minScore: 0, model: undefined, skip: [] },
    ],
    [
      ['align', '--', '--odd-name.txt', '-'],
      { report: '--odd-name.txt', source: '-', format: 'text', minScore: undefined, model: undefined, skip: [] },
    ],
  ];
  for (const [argv, want] of table) assert.deepEqual(parseArgs(argv), { name: 'align', ...want }, argv.join(' '));
});

test('parseArgs: help and version', () => {
  assert.deepEqual(parseArgs(['--help']), { name: 'help', topic: 'main' });
  assert.deepEqual(parseArgs(['align', '-h']), { name: 'help', topic: 'align' });
  assert.deepEqual(parseArgs(['help', 'align']), { name: 'help', topic: 'align' });
  assert.deepEqual(parseArgs(['--version']), { name: 'version' });
  // After `--`, "--help" is a file name.
  assert.deepEqual(parseArgs(['align', 'r.txt', '--', '--help']), {
    name: 'align',
    report: 'r.txt',
    source: '--help',
    format: 'text',
    minScore: undefined,
    model: undefined,
    skip: [],
  });
});

test('parseArgs: an option value that is another option is a missing value', () => {
  assert.throws(() => parseArgs(['align', 'r', 's', '--format', '--min-score', '1']), /option --format needs a value/);
});

test('--report-lang and --source-lang take a language claimdiff knows and name the option otherwise', () => {
  const parsed = parseArgs(['align', 'a.txt', 'b.txt', '--source-lang', 'zh', '--report-lang=en']);
  assert.ok(parsed.name === 'align');
  assert.equal(parsed.sourceLanguage, 'zh');
  assert.equal(parsed.reportLanguage, 'en');
  assert.throws(
    () => parseArgs(['align', 'a.txt', 'b.txt', '--source-lang', 'klingon']),
    /--source-lang takes one of en, zh, uk, ru, de, fr, es, it, pt, nl, not "klingon"/,
  );
});
