// Turns the bytes of a fetched page into text, choosing the encoding as a browser would (WHATWG Encoding and
// HTML "determining the character encoding", simplified): a byte order mark, then the Content-Type charset, then
// a <meta> charset near the start of an HTML page, then UTF-8.
import { IngestError } from './ingest-error.ts';

/** How far into an HTML page to look for a <meta> charset. The spec says 1024 bytes; pages with long heads exceed it. */
const META_SNIFF_BYTES = 4096;

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

// windows-1252 bytes 0x80–0x9F (WHATWG Encoding index); the five undefined ones map to the same code point.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Node 20's TextDecoder decodes windows-1252 (also what `iso-8859-1` and `latin1` mean on the web) as ISO-8859-1,
 * so curly quotes and dashes come out as C1 control characters. This puts the right characters back.
 */
function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/** The charset parameter of a Content-Type header value, or null. */
export function charsetOf(contentType: string): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType);
  return match ? match[1]!.toLowerCase() : null;
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** A TextDecoder for `label`, or null when the label names no encoding this runtime knows. */
function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/**
 * Decodes a page body. `contentType` is the response header; `html` says whether to look for a <meta> charset.
 * Malformed bytes become U+FFFD, as in a browser (a page with one bad byte is still worth reading). An unknown
 * declared encoding falls back to UTF-8. A body with NUL bytes is binary, not text: IngestError 'bad-encoding'.
 */
export function decodePage(bytes: Uint8Array, contentType: string, html: boolean): { text: string; encoding: string } {
  let decoder: TextDecoder | null = null;
  const bom = bomEncoding(bytes);
  if (bom) decoder = decoderFor(bom);
  const declared = charsetOf(contentType);
  if (!decoder && declared) decoder = decoderFor(declared);
  if (!decoder && html) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, META_SNIFF_BYTES));
    const label = META_CHARSET.exec(head)?.[1];
    // A <meta> that says UTF-16 is wrong by definition: the bytes that spelt it were ASCII-compatible.
    if (label) decoder = decoderFor(/^utf-?16/i.test(label) ? 'utf-8' : label);
  }
  decoder ??= new TextDecoder('utf-8');
  if (!decoder.encoding.startsWith('utf-16') && bytes.includes(0))
    throw new IngestError('bad-encoding', 'the page looks binary (it contains NUL bytes), not text');
  // The BOM is dropped (TextDecoder's default): a fetched page's offsets are into the text we return, not the bytes.
  const text = decoder.decode(bytes);
  return { text: decoder.encoding === 'windows-1252' ? fixWindows1252(text) : text, encoding: decoder.encoding };
}
