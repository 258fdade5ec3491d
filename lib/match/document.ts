// A document prepared for matching: its segmentation, its tokens, and the token ranges of each
// sentence and clause, so later stages work on integer indices instead of slicing strings.
import { segmentDocument } from '../segment/index.ts';
import { joinCompounds, tokenizeText, type TokenSeq, type Vocabulary } from '../normalize/tokens.ts';
import type { Segmentation, Span } from '../types.ts';
import { firstTokenAfter, tokenRange } from '../normalize/token-range.ts';

export { firstTokenAfter, tokenRange };

export interface PreparedDoc {
  text: string;
  seg: Segmentation;
  tokens: TokenSeq;
  /** First token of each sentence; `sentenceTokenStart[i+1]` (or `tokens.count`) ends it. */
  sentenceFirst: Int32Array;
  sentenceLast: Int32Array;
  /** First / one-past-last token of each clause. */
  clauseFirst: Int32Array;
  clauseLast: Int32Array;
  /** Clause indices of each sentence: clauses[sentenceClauseFirst[s] .. sentenceClauseLast[s]). */
  sentenceClauseFirst: Int32Array;
  sentenceClauseLast: Int32Array;
  /** Turn index of each sentence. */
  sentenceTurn: Int32Array;
  /** 1 where the token is matchable content: not a stop word, not inside a speaker label. */
  tokenContent: Uint8Array;
}

/** Assigns each span its token range with one forward sweep (spans must be sorted and disjoint). */
function rangesOf(tokens: TokenSeq, spans: readonly Span[]): [Int32Array, Int32Array] {
  const first = new Int32Array(spans.length);
  const last = new Int32Array(spans.length);
  let cursor = 0;
  spans.forEach((span, i) => {
    const [a, b] = tokenRange(tokens, span, cursor);
    first[i] = a;
    last[i] = b;
    cursor = a;
  });
  return [first, last];
}

/** Segments and tokenises `text` into the shared vocabulary. Compounds are joined later, once both texts are known. */
export function tokenizeDocument(text: string, vocab: Vocabulary): { seg: Segmentation; tokens: TokenSeq } {
  return { seg: segmentDocument(text), tokens: tokenizeText(text, vocab) };
}

/** Finishes preparing a document once the shared vocabulary holds both texts' words. */
export function prepareDocument(text: string, seg: Segmentation, rawTokens: TokenSeq, vocab: Vocabulary): PreparedDoc {
  const tokens = joinCompounds(text, rawTokens, vocab);
  const [sentenceFirst, sentenceLast] = rangesOf(tokens, seg.sentences);
  const [clauseFirst, clauseLast] = rangesOf(tokens, seg.clauses);

  const sentenceClauseFirst = new Int32Array(seg.sentences.length).fill(-1);
  const sentenceClauseLast = new Int32Array(seg.sentences.length).fill(-1);
  seg.clauses.forEach((clause, i) => {
    if (sentenceClauseFirst[clause.sentence] === -1) sentenceClauseFirst[clause.sentence] = i;
    sentenceClauseLast[clause.sentence] = i + 1;
  });
  for (let s = 0; s < seg.sentences.length; s++) {
    if (sentenceClauseFirst[s] === -1) sentenceClauseFirst[s] = sentenceClauseLast[s] = 0;
  }

  const sentenceTurn = new Int32Array(seg.sentences.length);
  let t = 0;
  seg.sentences.forEach((sentence, i) => {
    while (t + 1 < seg.turns.length && seg.turns[t + 1]!.start <= sentence.start) t++;
    sentenceTurn[i] = t;
  });

  const tokenContent = new Uint8Array(tokens.count);
  for (let i = 0; i < tokens.count; i++) tokenContent[i] = vocab.keyContent[tokens.key[i]!]!;
  // Speaker labels name who speaks; they are not statements.
  for (const turn of seg.turns) {
    if (!turn.label) continue;
    const [a, b] = tokenRange(tokens, turn.label);
    tokenContent.fill(0, a, b);
  }
  return {
    text,
    seg,
    tokens,
    sentenceFirst,
    sentenceLast,
    clauseFirst,
    clauseLast,
    sentenceClauseFirst,
    sentenceClauseLast,
    sentenceTurn,
    tokenContent,
  };
}

/** 1 for each token inside the quote marks of a quotation (its parts, without elisions). */
export function quotedTokenMask(doc: PreparedDoc): Uint8Array {
  const quoted = new Uint8Array(doc.tokens.count);
  for (const q of doc.seg.quotes)
    for (const part of q.parts) {
      const [a, b] = tokenRange(doc.tokens, part);
      quoted.fill(1, a, b);
    }
  return quoted;
}
