// A tiny cross-encoder of the shape a real one has (a BERT sequence classifier in ONNX with a WordPiece tokenizer:
// config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx), for the semantic verifier's tests and
// benchmark: no weights can be downloaded here, and the real loading and scoring code must still run end to end.
// Its network: each token has one learned weight (plus one per segment); the logit is the masked mean of the
// weights of the pair's tokens, scaled. So its answers can be recomputed exactly (`tinyLogit`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeModel, FLOAT, INT64, type OnnxGraph } from './onnx-writer.ts';

const SPECIAL = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];
const SCALE = 4;
const BIAS = -0.5;
const SEGMENT = [0, 0.25];

export interface TinyModel {
  dir: string;
  vocab: string[];
  /** The weight of each vocabulary entry, by index. */
  weights: Float32Array;
}

/** The logit the tiny model gives token ids `ids` with segment ids `types` (what the ONNX graph computes). */
export function tinyLogit(model: TinyModel, ids: readonly number[], types: readonly number[]): number {
  let sum = 0;
  ids.forEach((id, k) => (sum += model.weights[id]! + SEGMENT[types[k]!]!));
  return (sum / ids.length) * SCALE + BIAS;
}

/**
 * Writes the model into `dir`. Its vocabulary is `words` (lower case) with the letters and digits, whole and as
 * word pieces, so any text tokenizes; `weightOf` gives each entry its weight (by default a fixed pseudo-random one).
 */
export function writeTinyModel(dir: string, words: readonly string[], weightOf?: (token: string) => number): TinyModel {
  const letters = [...'abcdefghijklmnopqrstuvwxyz0123456789'];
  const punctuation = [...'.,;:!?\'"()-–—’“”%$'];
  const vocab = [
    ...new Set([
      ...SPECIAL,
      ...punctuation,
      ...letters,
      ...letters.map((l) => `##${l}`),
      ...words.map((w) => w.toLowerCase()),
    ]),
  ];
  const weights = new Float32Array(vocab.length);
  vocab.forEach((token, k) => (weights[k] = SPECIAL.includes(token) ? 0 : (weightOf?.(token) ?? pseudoRandom(token))));
  mkdirSync(join(dir, 'onnx'), { recursive: true });
  writeFileSync(join(dir, 'onnx', 'model.onnx'), encodeModel(graph(weights)));
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({
      model_type: 'bert',
      architectures: ['BertForSequenceClassification'],
      id2label: { 0: 'LABEL_0' },
      label2id: { LABEL_0: 0 },
      vocab_size: vocab.length,
      max_position_embeddings: 512,
    }),
  );
  writeFileSync(join(dir, 'tokenizer.json'), JSON.stringify(tokenizer(vocab)));
  writeFileSync(
    join(dir, 'tokenizer_config.json'),
    JSON.stringify({
      tokenizer_class: 'BertTokenizer',
      do_lower_case: true,
      model_max_length: 512,
      cls_token: '[CLS]',
      sep_token: '[SEP]',
      pad_token: '[PAD]',
      unk_token: '[UNK]',
      mask_token: '[MASK]',
    }),
  );
  return { dir, vocab, weights };
}

/** A weight in [-1, 1] from the token's characters (FNV-1a), the same on every run. */
function pseudoRandom(token: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < token.length; k++) h = Math.imul(h ^ token.charCodeAt(k), 0x01000193) >>> 0;
  return (h / 0xffffffff) * 2 - 1;
}

function graph(weights: Float32Array): OnnxGraph {
  const dims = ['batch', 'sequence'];
  return {
    name: 'tiny-cross-encoder',
    opset: 11,
    inputs: [
      { name: 'input_ids', type: INT64, shape: dims },
      { name: 'attention_mask', type: INT64, shape: dims },
      { name: 'token_type_ids', type: INT64, shape: dims },
    ],
    outputs: [{ name: 'logits', type: FLOAT, shape: ['batch', 1] }],
    initializers: [
      { name: 'token_weight', dims: [weights.length, 1], values: weights },
      { name: 'segment_weight', dims: [2, 1], values: Float32Array.from(SEGMENT) },
      { name: 'scale', dims: [1], values: Float32Array.of(SCALE) },
      { name: 'bias', dims: [1], values: Float32Array.of(BIAS) },
    ],
    nodes: [
      { op: 'Gather', inputs: ['token_weight', 'input_ids'], outputs: ['token'] },
      { op: 'Gather', inputs: ['segment_weight', 'token_type_ids'], outputs: ['segment'] },
      { op: 'Add', inputs: ['token', 'segment'], outputs: ['weight'] },
      { op: 'Cast', inputs: ['attention_mask'], outputs: ['mask'], attributes: { to: FLOAT } },
      { op: 'Unsqueeze', inputs: ['mask'], outputs: ['mask3'], attributes: { axes: [2] } },
      { op: 'Mul', inputs: ['weight', 'mask3'], outputs: ['masked'] },
      { op: 'ReduceSum', inputs: ['masked'], outputs: ['total'], attributes: { axes: [1], keepdims: 0 } },
      { op: 'ReduceSum', inputs: ['mask3'], outputs: ['count'], attributes: { axes: [1], keepdims: 0 } },
      { op: 'Div', inputs: ['total', 'count'], outputs: ['mean'] },
      { op: 'Mul', inputs: ['mean', 'scale'], outputs: ['scaled'] },
      { op: 'Add', inputs: ['scaled', 'bias'], outputs: ['logits'] },
    ],
  };
}

/** A BERT WordPiece tokenizer.json (the Hugging Face tokenizers format) over `vocab`. */
function tokenizer(vocab: readonly string[]) {
  const id = (t: string) => vocab.indexOf(t);
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL.map((content) => ({
      id: id(content),
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: {
      type: 'BertNormalizer',
      clean_text: true,
      handle_chinese_chars: true,
      strip_accents: null,
      lowercase: true,
    },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
      ],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: {
        '[CLS]': { id: '[CLS]', ids: [id('[CLS]')], tokens: ['[CLS]'] },
        '[SEP]': { id: '[SEP]', ids: [id('[SEP]')], tokens: ['[SEP]'] },
      },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(vocab.map((t, k) => [t, k])),
    },
  };
}
