// The task of server/align-pool.ts's piscina workers: runs the matcher on one pair and answers with the result as a
// JSON string. Built by scripts/build-cli.mjs into dist/align-worker.mjs (plain ESM outside Next's bundle, because
// Turbopack cannot resolve `new Worker(new URL(...))` in route handlers; ../shared/TOOLCHAIN.md).
// JSON rather than the object: the API route sends the string on as it is, so the request thread never walks the
// result, and a string crosses threads with one copy.
// With CLAIMDIFF_MODEL set (a model folder or id, server/semantic/cross-encoder.ts), each worker loads that semantic
// model once and the matcher blends its answers into the link decisions (lib/verify/semantic.ts). Dictionaries
// imported with `claimdiff dict import` (CLAIMDIFF_DICT_DIR, else ~/.cache/claimdiff/dicts) are used as the CLI
// uses them.
import { alignTexts, alignWithScorer, type AlignResult, type PairScorer } from '../lib/index.ts';
import { loadCrossEncoder } from './semantic/cross-encoder.ts';
import { dictFolder, dictionariesFor } from './dict/dict-folder.ts';
import type { Language } from '../lib/translate/language.ts';

/** A job from the pool. `minScore` is the one matcher option that can cross a thread (a measure has functions). */
export interface AlignJobMessage {
  report: string;
  source: string;
  minScore?: number;
  reportLanguage?: Language;
  sourceLanguage?: Language;
}

/**
 * The answer to one job: the AlignResult as JSON, or the message of what the matcher threw. A matcher error is an
 * answer rather than a throw, so the pool tells it apart from a worker that died without reading piscina's messages.
 */
export type AlignReplyMessage = { json: string } | { error: string };

let semantic: Promise<PairScorer> | null = null;

/** piscina calls the default export once per job. */
export default function alignJob(job: AlignJobMessage): AlignReplyMessage | Promise<AlignReplyMessage> {
  // A German, French… original is aligned as one with its imported dictionary (claimdiff dict import), which each
  // worker reads once (dict-folder.ts keeps it); without one nothing is read.
  const dictionaries = dictionariesFor(job.source, job.sourceLanguage, dictFolder(process.env));
  const options = {
    ...(job.minScore !== undefined && { minScore: job.minScore }),
    ...(job.reportLanguage && { reportLanguage: job.reportLanguage }),
    ...(job.sourceLanguage && { sourceLanguage: job.sourceLanguage }),
    ...(dictionaries.length > 0 && { dictionaries }),
  };
  const answer = (result: AlignResult) => ({ json: JSON.stringify(result) });
  const failed = (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) });
  const model = process.env.CLAIMDIFF_MODEL;
  if (!model)
    try {
      return answer(alignTexts(job.report, job.source, options));
    } catch (error) {
      return failed(error);
    }
  semantic ??= loadCrossEncoder(model);
  return semantic.then((scorer) => alignWithScorer(job.report, job.source, scorer, options)).then(answer, failed);
}
