// The `align --format json` contract (../shared/eval/README.md): the part of an AlignResult that leaves the process.
// The CLI, the API route and the snapshots all print this shape, so it is made in one place.
import type { AlignResult, AlignmentKind, ContractResult, DiffPart, QuoteVerdict, Span } from './types.ts';

// Copies only start/end: the matcher may hang extra fields on spans (index, sentence, ...) that are not contract.
const copySpan = (s: Span): Span => ({ start: s.start, end: s.end });

function copyDiffPart(part: DiffPart): DiffPart {
  if (part.op === 'same') return { op: 'same', report: copySpan(part.report), source: copySpan(part.source) };
  if (part.op === 'added') return { op: 'added', report: copySpan(part.report) };
  return { op: 'omitted', source: copySpan(part.source) };
}

/** Rounds a score to 3 decimals, as the contract prints it. */
export const roundScore = (score: number): number => Math.round(score * 1000) / 1000;

/** Keeps exactly the contract's fields of a result, in the contract's key order. */
export function toContract(result: AlignResult): ContractResult {
  return {
    version: result.version,
    report: { length: result.report.length },
    source: { length: result.source.length },
    alignments: result.alignments.map((a) => ({
      report: a.report.map(copySpan),
      source: a.source.map(copySpan),
      kind: a.kind,
      score: roundScore(a.score),
      diff: a.diff.map(copyDiffPart),
      flags: [...a.flags],
    })),
    added: result.added.map(copySpan),
    omitted: result.omitted.map(copySpan),
    quotes: (result.quotes ?? []).map((q) => ({
      report: q.report.map(copySpan),
      verdict: q.verdict,
      source: q.source.map(copySpan),
      alignment: q.alignment,
    })),
  };
}

const KINDS: ReadonlySet<string> = new Set<AlignmentKind>(['quote', 'paraphrase', 'partial']);
const VERDICTS: ReadonlySet<string> = new Set<QuoteVerdict>(['exact', 'elided', 'altered', 'not-in-source']);

/**
 * Lists every way `value` breaks the contract for texts of the given lengths: bad spans (`start < end <= length`,
 * integers), unknown kinds, scores outside 0..1, diff parts with the wrong sides. Empty when it is valid.
 * The scorer rejects a whole prediction on one bad span, so tests run this over every result.
 */
export function checkContract(value: unknown, reportLength: number, sourceLength: number): string[] {
  const problems: string[] = [];
  const isObject = (x: unknown): x is Record<string, unknown> =>
    typeof x === 'object' && x !== null && !Array.isArray(x);
  const checkSpan = (s: unknown, length: number, where: string): void => {
    if (!isObject(s) || !Number.isInteger(s.start) || !Number.isInteger(s.end)) {
      problems.push(`${where}: not a {start, end} span of integers`);
      return;
    }
    const { start, end } = s as { start: number; end: number };
    if (start < 0 || start >= end || end > length)
      problems.push(`${where}: bad span ${start}..${end} (text length ${length})`);
    const extra = Object.keys(s).filter((k) => k !== 'start' && k !== 'end');
    if (extra.length) problems.push(`${where}: extra fields ${extra.join(', ')}`);
  };
  const checkSpans = (list: unknown, length: number, where: string, nonEmpty: boolean): void => {
    if (!Array.isArray(list)) {
      problems.push(`${where}: not a list`);
      return;
    }
    if (nonEmpty && list.length === 0) problems.push(`${where}: empty`);
    list.forEach((s, i) => checkSpan(s, length, `${where}[${i}]`));
  };

  if (!isObject(value)) return ['result: not an object'];
  if (value.version !== 1) problems.push('version: not 1');
  if (!isObject(value.report) || value.report.length !== reportLength)
    problems.push(`report.length: not ${reportLength}`);
  if (!isObject(value.source) || value.source.length !== sourceLength)
    problems.push(`source.length: not ${sourceLength}`);
  if (!Array.isArray(value.alignments)) problems.push('alignments: not a list');
  else
    value.alignments.forEach((a: unknown, i) => {
      const where = `alignments[${i}]`;
      if (!isObject(a)) {
        problems.push(`${where}: not an object`);
        return;
      }
      checkSpans(a.report, reportLength, `${where}.report`, true);
      checkSpans(a.source, sourceLength, `${where}.source`, true);
      if (typeof a.kind !== 'string' || !KINDS.has(a.kind)) problems.push(`${where}.kind: ${JSON.stringify(a.kind)}`);
      if (typeof a.score !== 'number' || !(a.score >= 0 && a.score <= 1))
        problems.push(`${where}.score: ${String(a.score)}`);
      if (!Array.isArray(a.flags) || a.flags.some((f) => typeof f !== 'string'))
        problems.push(`${where}.flags: not a list of strings`);
      if (!Array.isArray(a.diff)) problems.push(`${where}.diff: not a list`);
      else
        a.diff.forEach((p: unknown, j) => {
          const at = `${where}.diff[${j}]`;
          if (!isObject(p)) return void problems.push(`${at}: not an object`);
          if (p.op !== 'same' && p.op !== 'added' && p.op !== 'omitted')
            return void problems.push(`${at}.op: ${JSON.stringify(p.op)}`);
          if (p.op !== 'omitted') checkSpan(p.report, reportLength, `${at}.report`);
          else if ('report' in p) problems.push(`${at}: an omitted part has no report side`);
          if (p.op !== 'added') checkSpan(p.source, sourceLength, `${at}.source`);
          else if ('source' in p) problems.push(`${at}: an added part has no source side`);
        });
    });
  checkSpans(value.added, reportLength, 'added', false);
  checkSpans(value.omitted, sourceLength, 'omitted', false);
  if (!Array.isArray(value.quotes)) problems.push('quotes: not a list');
  else
    value.quotes.forEach((q: unknown, i) => {
      const where = `quotes[${i}]`;
      if (!isObject(q)) return void problems.push(`${where}: not an object`);
      checkSpans(q.report, reportLength, `${where}.report`, true);
      checkSpans(q.source, sourceLength, `${where}.source`, false);
      if (typeof q.verdict !== 'string' || !VERDICTS.has(q.verdict)) problems.push(`${where}.verdict: ${JSON.stringify(q.verdict)}`);
      const count = Array.isArray(value.alignments) ? value.alignments.length : 0;
      if (q.alignment !== null && !(Number.isInteger(q.alignment) && (q.alignment as number) >= 0 && (q.alignment as number) < count))
        problems.push(`${where}.alignment: ${JSON.stringify(q.alignment)} is neither null nor an index into alignments`);
    });
  return problems;
}
