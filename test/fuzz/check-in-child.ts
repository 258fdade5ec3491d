// Checks one pair in a child process with a capped heap and a time limit, so that an input which exhausts memory
// or never finishes fails its own test instead of killing the test run (a V8 out-of-memory abort cannot be
// caught in-process). Run directly, this file is the child: it reads `{report, source}` as JSON on stdin, runs
// checkPair, and prints the outcome as JSON.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkPair, type PairOutcome } from './run-fuzz.ts';

/** What the child saw: the pair's outcome and its peak memory, or the error that stopped it. */
type ChildReport = ({ ok: true } & PairOutcome & { maxRssMb: number }) | { ok: false; message: string };

export interface ChildLimits {
  /** V8 old-space limit of the child, in MB. */
  heapMb: number;
  timeoutMs: number;
}

/** checkPair in a child process; throws the child's error, or why the child died. Returns the peak RSS too. */
export function checkPairInChild(
  report: string,
  source: string,
  limits: ChildLimits,
): PairOutcome & { maxRssMb: number } {
  const run = spawnSync(
    process.execPath,
    [`--max-old-space-size=${limits.heapMb}`, '--import', 'tsx', fileURLToPath(import.meta.url)],
    {
      input: JSON.stringify({ report, source }),
      encoding: 'utf8',
      timeout: limits.timeoutMs,
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const last = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status === 0 && last.startsWith('{')) {
    const outcome = JSON.parse(last) as ChildReport;
    if (outcome.ok) return outcome;
    throw new Error(outcome.message);
  }
  const why = run.error?.message.includes('ETIMEDOUT')
    ? `timed out after ${limits.timeoutMs} ms`
    : `exited with ${run.signal ?? `code ${run.status}`}`;
  if (/heap out of memory/.test(run.stderr))
    throw new Error(`child ${why}: out of memory (heap capped at ${limits.heapMb} MB)`);
  throw new Error(`child ${why}; stderr: ${run.stderr.trim().split('\n').slice(-3).join(' | ').slice(0, 300)}`);
}

function runChild(): void {
  const { report, source } = JSON.parse(readFileSync(0, 'utf8')) as { report: string; source: string };
  let out: ChildReport;
  try {
    out = { ok: true, ...checkPair(report, source), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) };
  } catch (error) {
    out = { ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) runChild();
