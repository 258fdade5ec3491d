// What the corpus snapshots hold for one labelled case: the contract as pretty JSON, the text report, and the
// scores against gold. Shared by scripts/regen.ts (writes them) and test/corpus.test.ts (compares with them).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { alignTexts } from '../lib/index.ts';
import { toContract } from '../lib/contract.ts';
import type { ContractResult } from '../lib/types.ts';
import { formatText } from '../cli/format-text.ts';
import { round, score } from '../scripts/score.mjs';

export const ROOT = join(import.meta.dirname, '..');
export const CASES_DIR = join(ROOT, 'seeds', 'cases');
export const SNAPSHOT_DIR = join(ROOT, 'test', 'snapshots');
export const SCORES_FILE = join(SNAPSHOT_DIR, 'scores.json');

/** Names of the case folders (those with a gold.json), sorted. */
export function listCases(): string[] {
  return readdirSync(CASES_DIR)
    .filter((name) => existsSync(join(CASES_DIR, name, 'gold.json')))
    .sort();
}

export interface CaseSnapshot {
  contract: ContractResult;
  /** The contract, pretty-printed with every span and diff part on one line, so a review diff is readable. */
  json: string;
  /** The CLI's `--format text` report, without colour. */
  text: string;
  /** Scores against gold, rounded to 3 decimals. */
  scores: { links: { precision: number; recall: number; f1: number }; omitted: number; added: number; kind: number };
}

/** Runs the matcher in-process on a case and renders everything the snapshots keep. */
export function snapshotCase(name: string): CaseSnapshot {
  const dir = join(CASES_DIR, name);
  // readFileSync(…, 'utf8') keeps a BOM and \r\n, as the CLI's reader does.
  const report = readFileSync(join(dir, 'a.txt'), 'utf8');
  const source = readFileSync(join(dir, 'b.txt'), 'utf8');
  const result = alignTexts(report, source);
  const contract = toContract(result);
  const s = score(dir, contract);
  return {
    contract,
    json: stringifyCompact(contract),
    text: formatText(result, report, source, { color: false }),
    scores: {
      links: { precision: round(s.links.precision), recall: round(s.links.recall), f1: round(s.links.f1) },
      omitted: round(s.omitted.f1),
      added: round(s.added.f1),
      kind: round(s.kinds.accuracy),
    },
  };
}

/** Pretty JSON in which every object that fits in 120 characters (spans, diff parts) stays on one line. */
export function stringifyCompact(value: unknown): string {
  return printJson(value, '') + '\n';
}

const MAX_INLINE = 120;

function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inlineJson(v)}`);
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  return JSON.stringify(value);
}

function printJson(value: unknown, indent: string): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + printJson(v, inner)).join(',\n')}\n${indent}]`;
  }
  const line = inlineJson(value);
  if (indent.length + line.length <= MAX_INLINE) return line;
  const entries = Object.entries(value).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${printJson(v, inner)}`);
  return `{\n${entries.join(',\n')}\n${indent}}`;
}
