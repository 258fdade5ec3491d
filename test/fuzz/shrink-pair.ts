// Cuts a failing (report, source) pair down to a small one that still fails the same way, so a fuzz failure is
// reported as a reproduction a person can read. Delta debugging in its simplest form (Zeller's ddmin, one side
// at a time): drop chunks of halving size while the failure persists, within a budget of attempts.

/** True while the pair still shows the failure being shrunk. */
export type StillFails = (report: string, source: string) => boolean;

function shrinkText(text: string, fails: (text: string) => boolean, budget: { left: number }): string {
  let current = text;
  for (
    let chunk = Math.max(1, Math.floor(current.length / 2));
    chunk >= 1 && budget.left > 0;
    chunk = Math.floor(chunk / 2)
  ) {
    for (let at = 0; at < current.length && budget.left > 0;) {
      const candidate = current.slice(0, at) + current.slice(at + chunk);
      budget.left--;
      if (fails(candidate)) current = candidate;
      else at += chunk;
    }
    if (chunk === 1) break;
  }
  return current;
}

/** The smallest pair found within `attempts` calls of `fails`; both sides shrink in turn until neither moves. */
export function shrinkPair(
  report: string,
  source: string,
  fails: StillFails,
  attempts = 3000,
): { report: string; source: string } {
  const budget = { left: attempts };
  let r = report;
  let s = source;
  for (;;) {
    const before = r.length + s.length;
    s = shrinkText(s, (t) => fails(r, t), budget);
    r = shrinkText(r, (t) => fails(t, s), budget);
    if (r.length + s.length === before || budget.left <= 0) return { report: r, source: s };
  }
}
