// An uploaded file to text and metadata, dispatched by its extension (the name a person chose is the best hint;
// browsers send `application/octet-stream` for half of these), then by its MIME type.
import { MAX_FILE_BYTES } from '../../lib/input/limits.ts';
import type { DocumentMeta, ExtractedDocument } from '../types.ts';
import { checkText } from './check-text.ts';
import { decodePage } from './decode-page.ts';
import { extractDocx } from './extract-docx.ts';
import { extractHtml } from './extract-html.ts';
import { extractPdf } from './extract-pdf.ts';
import { extractText } from './extract-text.ts';
import { formatBytes, IngestError } from './ingest-error.ts';

/** The file formats we read. */
export type FileFormat = 'text' | 'html' | 'docx' | 'pdf';

const BY_EXTENSION: Readonly<Record<string, FileFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'text',
  markdown: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
  pdf: 'pdf',
};

const BY_MIME: Readonly<Record<string, FileFormat>> = {
  'text/plain': 'text',
  'text/markdown': 'text',
  'text/x-markdown': 'text',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/pdf': 'pdf',
};

/** The extensions we accept, for messages and the file picker's `accept` attribute. */
export const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.docx', '.pdf'] as const;

const extensionOf = (name: string): string => /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** Which reader a file goes to, or null when we read no such file. */
export function detectFormat(name: string, mime: string): FileFormat | null {
  return BY_EXTENSION[extensionOf(name)] ?? BY_MIME[mime.split(';')[0]!.trim().toLowerCase()] ?? null;
}

const emptyMeta = (): DocumentMeta => ({
  title: null,
  outlet: null,
  date: null,
  url: null,
  language: null,
  byline: null,
});

/** `Transcript 2021-07-20.docx` → `Transcript 2021-07-20`: a title for files that carry none. */
const titleFromName = (name: string): string | null =>
  name
    .replace(/^.*[\\/]/, '')
    .replace(/\.[A-Za-z0-9]+$/, '')
    .trim() || null;

/**
 * Reads an uploaded file. `name` and `mime` are as the client sent them. Throws IngestError: 'too-large',
 * 'empty', 'unsupported-type' (415), 'bad-encoding', 'bad-file', 'no-text'.
 */
export async function ingestFile(name: string, mime: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  if (bytes.length > MAX_FILE_BYTES)
    throw new IngestError(
      'too-large',
      `the file is ${formatBytes(bytes.length)}, more than the ${formatBytes(MAX_FILE_BYTES)} limit`,
    );
  const format = detectFormat(name, mime);
  if (!format)
    throw new IngestError(
      'unsupported-type',
      `claimdiff cannot read this kind of file (${extensionOf(name) ? `.${extensionOf(name)}` : mime || 'unknown type'}); use ${ACCEPTED_EXTENSIONS.join(', ')}`,
    );
  if (bytes.length === 0) throw new IngestError('empty', 'the file is empty');

  let document: ExtractedDocument;
  if (format === 'text') document = { text: extractText(bytes), meta: emptyMeta() };
  else if (format === 'docx') document = { text: await extractDocx(bytes), meta: emptyMeta() };
  else if (format === 'pdf') document = { text: await extractPdf(bytes), meta: emptyMeta() };
  // A saved web page is decoded like a fetched one: its <meta charset> says what it is.
  else document = extractHtml(decodePage(bytes, mime, true).text);

  checkText(document.text);
  return { text: document.text, meta: { ...document.meta, title: document.meta.title ?? titleFromName(name) } };
}
