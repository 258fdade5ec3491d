// The student selects passages in a read-only <textarea> (keyboard users move and extend the selection with the
// arrow keys, with no caret browsing needed). A textarea's value has its line breaks normalised (`\r\n` and `\r`
// become `\n`, HTML's "normalize newlines"), so a `\r\n` text's selection offsets are shifted from the original's;
// these two functions translate between them so that marks stay spans of the original text.

/** The textarea's value for `text`. */
export const toTextareaValue = (text: string): string => text.replace(/\r\n?/g, '\n');

/** The offset in `text` of offset `offset` in its textarea value. */
export function fromTextareaOffset(text: string, offset: number): number {
  if (!text.includes('\r\n')) return offset;
  let value = 0;
  let i = 0;
  while (i < text.length && value < offset) {
    i += text.startsWith('\r\n', i) ? 2 : 1;
    value++;
  }
  return i;
}

/** The offset in the textarea value of offset `offset` in `text`. */
export function toTextareaOffset(text: string, offset: number): number {
  let value = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (!text.startsWith('\r\n', i)) value++;
  return value;
}
