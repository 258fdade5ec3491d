// `npm run test:stress`: the matcher never crashes (issue 5). 10,400 generated (report, source) pairs in 13
// families (generate-text.ts), small and medium, plus special inputs of megabytes; for each, alignTexts and
// segmentDocument must not throw and every invariant of lib/types.ts must hold (check-align-result.ts,
// check-segmentation.ts): spans inside their texts, segmentation lossless, diffs rebuilding both passages.
// Prints the inputs tried per family, the time, the slowest input and each special input's time and memory.
// Failures that a known lib bug explains (known-bugs.ts, whose reproductions run as `todo` tests in
// matcher-quick.test.ts) and special inputs marked `todo` do not fail the run; anything else does.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPairInChild, type ChildLimits } from './check-in-child.ts';
import { FAMILIES } from './generate-text.ts';
import { classifyFailures, explainFailure } from './known-bugs.ts';
import {
  createStats,
  formatStats,
  readSeedTexts,
  recordPair,
  runFuzz,
  shrinkFailures,
  SPECIAL,
  type FuzzFailure,
  type FuzzPlan,
} from './run-fuzz.ts';

const PLAN: FuzzPlan = { seed: 20211209, perFamily: 800, mediumShare: 0.3, small: [0, 300], medium: [1000, 15000] };

const stats = createStats();
const started = performance.now();
after(() =>
  console.log(
    `${formatStats('matcher stress', stats)}\n  total wall time ${((performance.now() - started) / 1000).toFixed(1)} s`,
  ),
);

/** Fails with every failure no known bug explains, each with its reproduction. */
function assertOnlyKnown(failures: readonly FuzzFailure[]): void {
  const unknown = failures.filter((f) => !f.known);
  if (unknown.length === 0) return;
  const shown = unknown
    .slice(0, 5)
    .map(
      (f) =>
        `${f.family} seed ${f.seed} input ${f.input}: ${f.message.slice(0, 500)}\n  report ${JSON.stringify(f.minimal.report).slice(0, 1000)}\n  source ${JSON.stringify(f.minimal.source).slice(0, 1000)}`,
    );
  assert.fail(`${unknown.length} failures no known bug explains:\n${shown.join('\n')}`);
}

test(`generated pairs: ${FAMILIES.length} families × ${PLAN.perFamily}`, () => {
  runFuzz(PLAN, readSeedTexts(), stats);
  classifyFailures(stats.failures);
  shrinkFailures(stats.failures, (pair) => explainFailure(pair)?.id);
  assert.ok(stats.tried >= 10_000, `${stats.tried} inputs`);
  assert.ok(stats.aligned > stats.tried / 10, `only ${stats.aligned} pairs aligned: the diffs were hardly exercised`);
  assertOnlyKnown(stats.failures);
});

// ---- special inputs, each in a child process with a capped heap (check-in-child.ts) ----

/** Lower-case words and spaces, no punctuation: one sentence however long. */
function wordLine(size: number, separator = ' '): string {
  const words = 'taxes fund parks and schools the mayor said council never roads budget rivers hospital'.split(' ');
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const word = words[(i * 7 + (i >> 3)) % words.length]!;
    parts.push(word);
    length += word.length + separator.length;
  }
  return parts.join(separator);
}

const QUOTES = '"“”‘’«»\'「」„';
const MB = 1_000_000;
const ROOMY: ChildLimits = { heapMb: 2048, timeoutMs: 90_000 };

interface Special {
  name: string;
  make: () => { report: string; source: string };
  limits: ChildLimits;
  /** Set while a lib bug makes it fail: the test reports it without failing the run. */
  todo?: string;
}

const SPECIALS: Special[] = [
  {
    name: '2 MB line without punctuation, as source',
    make: () => ({ report: 'The mayor said taxes fund parks and schools.', source: wordLine(2 * MB) }),
    limits: ROOMY,
  },
  {
    name: '2 MB line without punctuation, as report',
    make: () => ({ report: wordLine(2 * MB), source: 'The mayor said taxes fund parks and schools. The council met.' }),
    limits: ROOMY,
  },
  {
    name: '2 MB of quote marks, as source',
    make: () => ({ report: '“Taxes fund parks,” the mayor said.', source: QUOTES.repeat((2 * MB) / QUOTES.length) }),
    limits: ROOMY,
  },
  {
    name: '2 MB of quote marks, as report',
    make: () => ({ report: QUOTES.repeat((2 * MB) / QUOTES.length), source: '"Taxes fund parks." The mayor said so.' }),
    limits: ROOMY,
  },
  {
    name: '1 MB of digits',
    make: () => ({ report: 'The budget is 1234567890.', source: '1234567890'.repeat(MB / 10) }),
    limits: ROOMY,
  },
  {
    name: '1 MB of numbers and separators',
    make: () => ({
      report: 'The budget rose 1,234 to 5.678 at 10:30.',
      source: '1,234 5.678 10:30 90% -7 '.repeat(MB / 25),
    }),
    limits: ROOMY,
  },
  {
    name: '1 MB of one-word lines',
    make: () => ({ report: 'Taxes fund parks and schools.', source: wordLine(MB, '\n') }),
    limits: ROOMY,
  },
  {
    name: '32 KB of one repeated word as report and source, heap capped at 256 MB',
    make: () => ({ report: 'buffalo '.repeat(4000), source: 'buffalo '.repeat(4000) }),
    limits: { heapMb: 256, timeoutMs: 30_000 },
  },
];

for (const special of SPECIALS) {
  test(`special: ${special.name}`, special.todo ? { todo: special.todo } : {}, () => {
    const { report, source } = special.make();
    let maxRssMb: number | undefined;
    const { outcome, failure } = recordPair(
      stats,
      SPECIAL,
      report,
      source,
      { seed: 0, input: special.name },
      (r, s) => {
        const run = checkPairInChild(r, s, special.limits);
        maxRssMb = run.maxRssMb;
        return run;
      },
    );
    if (failure && special.todo) failure.known = special.name;
    stats.specials.push({
      name: special.name,
      reportLength: report.length,
      sourceLength: source.length,
      ms: outcome?.alignMs,
      maxRssMb,
      failure: failure?.message,
    });
    if (failure) assert.fail(failure.message);
  });
}
