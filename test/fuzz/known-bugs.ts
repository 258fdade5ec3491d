// Bugs in lib/ that the fuzz tests found and the lead has not fixed yet. Each has a minimal reproduction, run as
// a `todo` test so the suite reports it without failing, and, where the generator can hit it, a way to recognise
// it among generated failures: a rewrite of the texts that cannot trigger it. A generated failure that goes
// away under the rewrite is this bug and is reported as known; any other failure fails the run.
// When lib/ is fixed, the todo test passes (node prints it as a passing TODO): delete the entry.
import { failureOf, type FuzzFailure } from './run-fuzz.ts';

export interface KnownBug {
  id: string;
  /** The `todo` text of the reproduction test: what breaks and where. */
  todo: string;
  /** The smallest pair found that shows it. */
  report: string;
  source: string;
  /** Rewrites a text so that this bug cannot trigger. */
  avoid(text: string): string;
}

// Fixed so far: metadata patterns cutting inside a number (lib/match/metadata.ts snaps to word edges), the stack
// overflow on a sentence of 120,000+ words (places.ts), and n·m pairs in repetitive text (score-passage.ts).
export const KNOWN_BUGS: readonly KnownBug[] = [];

/** The known bug that explains a failing pair, if one does. */
export function explainFailure(failure: { report: string; source: string }): KnownBug | undefined {
  return KNOWN_BUGS.find((bug) => {
    const report = bug.avoid(failure.report);
    const source = bug.avoid(failure.source);
    return (report !== failure.report || source !== failure.source) && failureOf(report, source) === undefined;
  });
}

/** Marks each failure that a known bug explains with the bug's id. */
export function classifyFailures(failures: readonly FuzzFailure[]): void {
  for (const failure of failures) failure.known ??= explainFailure(failure)?.id;
}
