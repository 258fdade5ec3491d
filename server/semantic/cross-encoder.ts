// Loads a cross-encoder or NLI model in ONNX for the semantic verifier (lib/verify/semantic.ts) through the
// optional package @huggingface/transformers, whose hub code reads a model from a local folder or, where the
// machine has internet, downloads one by its id once into a cache. Off unless asked for (`--model DIR` on the CLI,
// CLAIMDIFF_MODEL for the app); without the package a clear error says how to add it.
import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { PairScorer, PassagePair } from '../../lib/verify/semantic.ts';

export const TRANSFORMERS_PACKAGE = '@huggingface/transformers';
export const ENABLE_HINT = `ONNXRUNTIME_NODE_INSTALL=skip npm install ${TRANSFORMERS_PACKAGE}@4.3.2`;

export interface CrossEncoderOptions {
  /** Pairs per model call. */
  batchSize?: number;
  /** Tokens per pair at most (longer pairs are cut). */
  maxLength?: number;
  /** Where downloaded models are kept; default CLAIMDIFF_MODEL_CACHE or ~/.cache/claimdiff/models. */
  cacheDir?: string;
  /** How the package is loaded (tests stand in a missing one). */
  importer?: () => Promise<unknown>;
}

/** What this module uses of the package. */
interface Transformers {
  env: { allowRemoteModels: boolean; allowLocalModels: boolean; localModelPath: string; cacheDir: string | null };
  AutoTokenizer: { from_pretrained(id: string): Promise<Tokenizer> };
  AutoModelForSequenceClassification: { from_pretrained(id: string, options: object): Promise<Model> };
}
type Tokenizer = (text: string[], options: object) => Record<string, unknown>;
type Model = ((inputs: Record<string, unknown>) => Promise<{ logits: { dims: number[]; data: ArrayLike<number> } }>) & {
  config: { id2label?: Record<string, string> };
};

/** A model id on the hub: owner/name. */
const MODEL_ID = /^[\w.-]+\/[\w.-]+$/;

/**
 * The scorer of the model at `location`: a folder holding config.json, the tokenizer files and onnx/model.onnx
 * (an export such as the Xenova ones), or a hub id downloaded once into the cache.
 */
export async function loadCrossEncoder(location: string, options: CrossEncoderOptions = {}): Promise<PairScorer> {
  const local = existsSync(location);
  if (local) {
    if (!statSync(location).isDirectory()) throw new Error(`model ${location}: not a folder`);
    for (const file of ['config.json', 'tokenizer.json', join('onnx', 'model.onnx')])
      if (!existsSync(join(location, file)))
        throw new Error(
          `model ${location}: ${file} is missing (a model folder holds config.json, tokenizer.json and onnx/model.onnx)`,
        );
  } else if (!MODEL_ID.test(location)) {
    throw new Error(`model ${location}: no such folder, and not a model id such as Xenova/ms-marco-MiniLM-L-6-v2`);
  }
  const lib = await loadPackage(options.importer);
  lib.env.allowLocalModels = local;
  lib.env.allowRemoteModels = !local;
  lib.env.localModelPath = '/';
  lib.env.cacheDir =
    options.cacheDir ?? process.env.CLAIMDIFF_MODEL_CACHE ?? join(homedir(), '.cache', 'claimdiff', 'models');
  const id = local ? resolve(location) : location;
  let tokenizer: Tokenizer;
  let model: Model;
  try {
    tokenizer = await lib.AutoTokenizer.from_pretrained(id);
    model = await lib.AutoModelForSequenceClassification.from_pretrained(id, { dtype: 'fp32' });
  } catch (error) {
    const why = (error as Error).message;
    throw new Error(
      local
        ? `model ${location}: cannot load it: ${why}`
        : `model ${location}: cannot download it (is there internet?): ${why}`,
    );
  }
  const batchSize = options.batchSize ?? 16;
  const maxLength = options.maxLength ?? 256;
  const pick = answerOf(model.config.id2label);
  return {
    name: `model ${id}`,
    async score(pairs: readonly PassagePair[]) {
      const out: number[] = [];
      for (let k = 0; k < pairs.length; k += batchSize) {
        const batch = pairs.slice(k, k + batchSize);
        const inputs = tokenizer(
          batch.map((p) => p.report),
          { text_pair: batch.map((p) => p.source), padding: true, truncation: true, max_length: maxLength },
        );
        const { logits } = await model(inputs);
        const width = logits.dims[1] ?? 1;
        const data = Array.from(logits.data);
        for (let r = 0; r < batch.length; r++) out.push(pick(data.slice(r * width, (r + 1) * width)));
      }
      return out;
    },
  };
}

/**
 * How a row of logits becomes the probability of "same statement": one logit (a cross-encoder's relevance) by the
 * logistic function; several (an NLI model) by softmax, the entailment class's share (else the last class's).
 */
export function answerOf(id2label: Record<string, string> | undefined): (row: number[]) => number {
  const labels = Object.entries(id2label ?? {});
  const entail = labels.find(([, label]) => /entail/i.test(label));
  return (row) => {
    if (row.length === 1) return 1 / (1 + Math.exp(-row[0]!));
    const top = Math.max(...row);
    const exp = row.map((x) => Math.exp(x - top));
    const index = entail ? Number(entail[0]) : row.length - 1;
    return exp[index]! / exp.reduce((s, x) => s + x, 0);
  };
}

async function loadPackage(importer?: () => Promise<unknown>): Promise<Transformers> {
  try {
    const loaded = (await (importer ?? (() => import(TRANSFORMERS_PACKAGE)))()) as Transformers & {
      default?: Transformers;
    };
    return loaded.AutoTokenizer ? loaded : loaded.default!;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND')
      throw new Error(
        `the semantic verifier needs the optional package ${TRANSFORMERS_PACKAGE}; add it with: ${ENABLE_HINT}`,
      );
    throw error;
  }
}
