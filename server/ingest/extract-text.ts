// Plain text and Markdown uploads: bytes to a string, strictly. A text file with a bad byte is more likely a
// file in another encoding than a text with one typo, and guessing would put wrong characters in quotes.
import { findInvalidUtf8 } from '../../lib/input/utf8.ts';
import { IngestError } from './ingest-error.ts';

/**
 * Decodes an uploaded text file: UTF-8 (a leading BOM is dropped), or UTF-16 when the file starts with a UTF-16
 * BOM (what Windows Notepad saves as "Unicode"). Throws IngestError 'bad-encoding' for binary data (a NUL byte)
 * or invalid UTF-8, naming the byte offset.
 */
export function extractText(bytes: Uint8Array): string {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    try {
      return new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      throw new IngestError('bad-encoding', `the file starts like UTF-16 text but is not valid ${utf16.toUpperCase()}`);
    }
  }
  // UTF-16 without a BOM, images and other binary files are full of NULs; UTF-8 text never has one.
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    throw new IngestError('bad-encoding', `the file looks binary (NUL byte at offset ${nul}), not UTF-8 text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError(
      'bad-encoding',
      `the file is not valid UTF-8 (bad byte at offset ${findInvalidUtf8(bytes)}); save it as UTF-8 and try again`,
    );
  }
}
