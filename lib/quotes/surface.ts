// Quoted words are compared at the surface: the words as written, ignoring only case, punctuation, quote and
// apostrophe style, whitespace and word breaks. Stems, synonyms and stop-word lists would hide exactly the
// differences quote marks promise are not there, so nothing here touches lib/normalize.
import type { Span } from '../types.ts';

/** The words of a stretch of text, as lower-case forms with their offsets. */
export interface SurfaceWords {
  forms: string[];
  starts: number[];
  ends: number[];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’‘`]*/gu;

/** A word's surface form: lower case, one apostrophe style, no trailing apostrophe (`US'` is `us`). */
export function surfaceForm(word: string): string {
  return word.toLowerCase().replace(/[’‘`]/g, "'").replace(/'+$/, '');
}

/** The surface words of `text` between `start` and `end`. */
export function surfaceWords(text: string, start = 0, end = text.length): SurfaceWords {
  const out: SurfaceWords = { forms: [], starts: [], ends: [] };
  WORD.lastIndex = 0;
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(WORD)) {
    out.forms.push(surfaceForm(m[0]));
    out.starts.push(start + m.index);
    out.ends.push(start + m.index + m[0].length);
  }
  return out;
}

/**
 * A source text's words, indexed for the quote check: `joined` is every form run together, so a quote's words
 * are found whatever the word breaks (`cyber security` / `cybersecurity`), and `byForm` lists where each form stands.
 */
export interface SourceSurface {
  text: string;
  words: SurfaceWords;
  joined: string;
  /** For each offset of `joined`: the word that starts there, or -1. */
  wordStartingAt: Int32Array;
  /** For each offset of `joined` (and its length): the word that ends just before it, or -1. */
  wordEndingAt: Int32Array;
  byForm: Map<string, number[]>;
}

export function indexSource(text: string): SourceSurface {
  const words = surfaceWords(text);
  const joined = words.forms.join('');
  const wordStartingAt = new Int32Array(joined.length + 1).fill(-1);
  const wordEndingAt = new Int32Array(joined.length + 1).fill(-1);
  const byForm = new Map<string, number[]>();
  let at = 0;
  words.forms.forEach((form, w) => {
    wordStartingAt[at] = w;
    at += form.length;
    wordEndingAt[at] = w;
    const list = byForm.get(form);
    if (list) list.push(w);
    else byForm.set(form, [w]);
  });
  return { text, words, joined, wordStartingAt, wordEndingAt, byForm };
}

/** The span from the start of word `first` to the end of word `last` (inclusive). */
export function wordSpan(words: SurfaceWords, first: number, last: number): Span {
  return { start: words.starts[first]!, end: words.ends[last]! };
}
