// The checks every ComparisonStore makes on what it is asked to save: misuse throws an Error naming the argument,
// before anything is written.
import type { LessonPack } from '../../lib/teach/types.ts';
import type { AlignResult, MatrixRun, Span } from '../../lib/types.ts';
import type { CreateComparisonInput, CreateMatrixInput, CreatePackInput } from './comparison-store.ts';
import { DOCUMENT_KINDS, SOURCE_KINDS, type DocumentKind, type NewDocument, type NewSource } from '../types.ts';

/** Throws unless `kind` is one of DOCUMENT_KINDS; `where` names the argument (`report`, `patch`). */
export function checkKind(kind: DocumentKind, where: string): void {
  if (!DOCUMENT_KINDS.includes(kind))
    throw new TypeError(`${where}.kind must be one of ${DOCUMENT_KINDS.join(', ')}, got ${JSON.stringify(kind)}`);
}

export function checkDocument(doc: NewDocument, where: string): void {
  if (typeof doc?.text !== 'string' || doc.text.trim() === '')
    throw new TypeError(`${where}.text must be a non-empty string`);
  checkKind(doc.kind, where);
}

/** Throws unless `result` is an AlignResult computed on exactly these texts (their lengths match). */
export function checkResult(result: AlignResult, report: string, source: string): void {
  if (result?.version !== 1 || !Array.isArray(result.alignments))
    throw new TypeError('result must be an AlignResult (version 1)');
  if (result.report.length !== report.length)
    throw new RangeError(
      `result.report.length is ${result.report.length}, but the report text has ${report.length} characters`,
    );
  if (result.source.length !== source.length)
    throw new RangeError(
      `result.source.length is ${result.source.length}, but the source text has ${source.length} characters`,
    );
}

/** Throws unless `run` has one pair and one matrix column per report, each computed on exactly these texts. */
export function checkMatrixRun(run: MatrixRun, source: string, reports: readonly string[]): void {
  if (!Array.isArray(run?.pairs) || run.matrix?.version !== 1) throw new TypeError('result must be a MatrixRun');
  if (run.pairs.length !== reports.length || run.matrix.reports.length !== reports.length)
    throw new RangeError(
      `result has ${run.pairs.length} pairs and ${run.matrix.reports.length} matrix columns, but there are ${reports.length} reports`,
    );
  run.pairs.forEach((pair, i) => checkResult(pair, reports[i]!, source));
  if (run.matrix.source.length !== source.length)
    throw new RangeError('result.matrix.source.length differs from the source');
}

export function checkMatcherVersion(matcherVersion: string): void {
  if (typeof matcherVersion !== 'string' || matcherVersion === '')
    throw new TypeError('matcherVersion must be a non-empty string');
}

export function checkTitle(title: string): void {
  if (typeof title !== 'string' || title.trim() === '') throw new TypeError('title must be a non-empty string');
}

/** Throws unless `source` has a non-empty text and, when given, one of SOURCE_KINDS. */
export function checkSource(source: NewSource, where: string): void {
  if (typeof source?.text !== 'string' || source.text.trim() === '')
    throw new TypeError(`${where}.text must be a non-empty string`);
  if (source.kind !== undefined && !SOURCE_KINDS.includes(source.kind))
    throw new TypeError(`${where}.kind must be one of ${SOURCE_KINDS.join(', ')}, got ${JSON.stringify(source.kind)}`);
}

/** Throws unless every exercise names an item of `key`, once. */
export function checkExercises(exercises: readonly string[], key: LessonPack['key']): void {
  const ids = new Set(key.map((k) => k.id));
  const unknown = exercises.find((id) => !ids.has(id));
  if (unknown !== undefined) throw new RangeError(`exercises: ${JSON.stringify(unknown)} is not an item of the key`);
  if (new Set(exercises).size !== exercises.length) throw new RangeError('exercises: an item is listed twice');
}

/** Throws unless every span of the key lies inside the text of its side. */
export function checkKey(input: CreatePackInput): void {
  const fits = (spans: readonly Span[], text: string) =>
    spans.every((s) => 0 <= s.start && s.start < s.end && s.end <= text.length);
  for (const item of input.key) {
    const ok =
      fits(item.spans, (item.side === 'report' ? input.report : input.source).text) &&
      fits(item.evidence.report, input.report.text) &&
      fits(item.evidence.source, input.source.text);
    if (!ok) throw new RangeError(`key item ${item.id}: a span lies outside its text`);
  }
}

/** Throws unless both documents, the result for exactly their texts and the matcher version are well formed. */
export function checkComparisonInput(input: CreateComparisonInput): void {
  checkDocument(input.report, 'report');
  checkDocument(input.source, 'source');
  checkResult(input.result, input.report.text, input.source.text);
  checkMatcherVersion(input.matcherVersion);
}

/** Throws unless the source, at least one report, the run for exactly their texts and the version are well formed. */
export function checkMatrixInput(input: CreateMatrixInput): void {
  checkDocument(input.source, 'source');
  if (!Array.isArray(input.reports) || input.reports.length === 0)
    throw new TypeError('reports must be a non-empty array');
  input.reports.forEach((r, i) => checkDocument(r, `reports[${i}]`));
  checkMatrixRun(
    input.result,
    input.source.text,
    input.reports.map((r) => r.text),
  );
  checkMatcherVersion(input.matcherVersion);
}
