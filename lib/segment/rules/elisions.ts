// The pieces of a quotation that are the speaker's words: a report marks what it left out with `…`, `...`, `[…]` or
// `[...]` and what it put in with brackets (`might spur [a] cyber arms race`, cases/zhao-20210720-therecord/a.txt).
// A matcher should compare each piece on its own, without the insertions.
import type { Span } from '../../types.ts';
import { hasWordChar, skipSpaceBackward, skipSpaceForward } from '../chars.ts';

const CUT = /[[(](?:…|\.{3,})[\])]|…|\.{3,}|\[[^[\]\r\n]{1,40}\]/gu;

/** `[start, end)` cut at elisions and bracketed insertions, pieces trimmed; pieces without a letter or digit dropped. */
export function splitQuoteParts(text: string, start: number, end: number): Span[] {
  const parts: Span[] = [];
  const push = (from: number, to: number): void => {
    const s = skipSpaceForward(text, from, to);
    const e = skipSpaceBackward(text, s, to);
    if (s < e && hasWordChar(text, s, e)) parts.push({ start: s, end: e });
  };
  // The inner text only: a regex on the whole text would scan past `end` for every quote.
  const inner = text.slice(start, end);
  let at = start;
  for (const m of inner.matchAll(CUT)) {
    push(at, start + m.index);
    at = start + m.index + m[0].length;
  }
  push(at, end);
  return parts;
}
