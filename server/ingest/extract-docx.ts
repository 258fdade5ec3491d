// Word documents: mammoth reads the text of a .docx (paragraphs, tables, lists) without rendering anything.
// Its raw-text output ends each paragraph with a blank line, which is the paragraph form the matcher segments.
import mammoth from 'mammoth';
import { MAX_DOCX_UNZIPPED_BYTES } from '../limits.ts';
import { formatBytes, IngestError } from './ingest-error.ts';
import { declaredUnzippedSize } from './zip-sizes.ts';

/** The text of a .docx file, paragraphs separated by blank lines. Throws IngestError 'bad-file' for a damaged file. */
export async function extractDocx(bytes: Uint8Array): Promise<string> {
  // A .docx is a zip archive ("PK\x03\x04"); an old binary .doc or a renamed file is not, and mammoth's own error
  // for it ("Can't find end of central directory") means nothing to a reader.
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04))
    throw new IngestError('bad-file', 'the file is not a Word .docx document (an old .doc? save it as .docx)');
  const unzipped = declaredUnzippedSize(bytes);
  if (unzipped === null) throw new IngestError('bad-file', 'the Word document could not be read (is it damaged?)');
  if (unzipped > MAX_DOCX_UNZIPPED_BYTES)
    throw new IngestError(
      'too-large',
      `the Word document unpacks to more than ${formatBytes(MAX_DOCX_UNZIPPED_BYTES)}`,
    );
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({
      buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    }));
  } catch (error) {
    throw new IngestError('bad-file', 'the Word document could not be read (is it damaged?)', { cause: error });
  }
  return value
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.replace(/[ \t\u00a0]+$/gm, '').replace(/^\n+|\n+$/g, ''))
    .filter((paragraph) => paragraph.trim() !== '')
    .join('\n\n');
}
