// The pieces a translation is aligned by, with their offsets: sentences, cut again at semicolons (a translator
// often renders each clause of a semicolon list as a sentence); in Chinese also at commas and colons, because one
// Chinese sentence often holds several clauses the English gives as sentences of their own. The aligner joins
// neighbouring pieces again where the translation does (align-in-order.ts), so cutting fine loses nothing.
import { segmentParagraphs } from '../segment/paragraphs.ts';
import { segmentSentences } from '../segment/sentences.ts';
import { isSpaceCode } from '../segment/chars.ts';
import type { Span } from '../types.ts';

export interface Unit extends Span {
  /** The paragraph that holds it. */
  paragraph: number;
}

/** Chinese clause ends: full stop, exclamation, question, semicolon, comma, colon, ellipsis (full width). */
const HAN_CUT = /[。！？；，：]|…+/g;
/** Closing marks that belong to the clause before them. */
const CLOSERS = new Set([...'”’」』）》"\''].map((c) => c.charCodeAt(0)));

export function translationUnits(text: string, han: boolean): Unit[] {
  const paragraphs = segmentParagraphs(text);
  const units: Unit[] = [];
  const push = (start: number, end: number, paragraph: number) => {
    while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) units.push({ start, end, paragraph });
    else if (end > start && units.length && units[units.length - 1]!.paragraph === paragraph)
      units[units.length - 1]!.end = end; // stray punctuation joins the piece before it
  };
  for (const sentence of segmentSentences(text, paragraphs)) {
    const piece = text.slice(sentence.start, sentence.end);
    const cut = han ? HAN_CUT : /;/g;
    cut.lastIndex = 0;
    let from = 0;
    for (let m = cut.exec(piece); m; m = cut.exec(piece)) {
      let to = m.index + m[0].length;
      while (to < piece.length && CLOSERS.has(piece.charCodeAt(to))) to++;
      push(sentence.start + from, sentence.start + to, sentence.paragraph);
      from = to;
    }
    push(sentence.start + from, sentence.end, sentence.paragraph);
  }
  return units;
}
