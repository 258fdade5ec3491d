// PDF text from its text layer with pdfjs-dist (Firefox's PDF reader). No OCR: a scanned PDF has no text layer,
// and we say so rather than return nothing. The legacy build is the one that runs on Node 20.
// Lines come from pdfjs' end-of-line marks; a vertical gap larger than a line's spacing starts a new paragraph,
// as it does on the printed page. Pages are separated by a blank line.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { MAX_PDF_PAGES } from '../limits.ts';
import { IngestError } from './ingest-error.ts';

/** A line gap this many times the text height or more separates paragraphs (single spacing is about 1.2). */
const PARAGRAPH_GAP = 1.7;

/**
 * pdfjs' metrics for the 14 standard fonts (Helvetica, Times…), which text-only PDFs use without embedding.
 * Without them pdfjs retries the missing font on every page: a 300-page statement reads three times slower.
 */
function standardFontDataUrl(): string | undefined {
  try {
    return join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts/');
  } catch {
    return undefined; // only slower without them
  }
}

interface TextItemLike {
  str: string;
  hasEOL: boolean;
  transform: number[];
  height: number;
}

/** The text of one page: lines joined with `\n`, paragraphs with a blank line. */
function pageText(items: readonly TextItemLike[]): string {
  let text = '';
  let lastY: number | null = null;
  let lastHeight = 0;
  let lineBreak = false;
  for (const item of items) {
    const y = Number(item.transform[5]);
    if (lineBreak && item.str.trim() !== '') {
      const gap = lastY === null ? 0 : Math.abs(lastY - y);
      text += lastHeight > 0 && gap >= PARAGRAPH_GAP * lastHeight ? '\n\n' : '\n';
      lineBreak = false;
    }
    text += item.str;
    if (item.str.trim() !== '') {
      lastY = y;
      lastHeight = item.height;
    }
    if (item.hasEOL) lineBreak = true;
  }
  return text
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The text of a PDF's text layer. Throws IngestError: 'too-large' past `maxPages` (default MAX_PDF_PAGES),
 * 'no-text' for a PDF without a text layer, 'bad-file' for a damaged or password-protected file.
 */
export async function extractPdf(bytes: Uint8Array, maxPages = MAX_PDF_PAGES): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // a copy: pdfjs detaches the buffer it is given
    isEvalSupported: false, // never compile code from a document (CVE-2024-4367 was exactly that)
    disableFontFace: true,
    useSystemFonts: false,
    standardFontDataUrl: standardFontDataUrl(),
    verbosity: 0, // errors only
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (error) {
      const name = (error as { name?: string } | null)?.name;
      if (name === 'PasswordException')
        throw new IngestError('bad-file', 'the PDF is password-protected; remove the password and try again');
      throw new IngestError('bad-file', 'the file is not a readable PDF (is it damaged?)', { cause: error });
    }
    if (doc.numPages > maxPages)
      throw new IngestError('too-large', `the PDF has ${doc.numPages} pages, more than the ${maxPages}-page limit`);
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      // Marked-content entries (no `str`) carry structure, not text.
      pages.push(pageText(content.items.filter((item) => 'str' in item) as TextItemLike[]));
      page.cleanup();
    }
    const text = pages.filter((p) => p !== '').join('\n\n');
    if (text.trim() === '')
      throw new IngestError(
        'no-text',
        'this PDF has no text layer (a scan?); only PDFs with selectable text can be read',
      );
    return text;
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError('bad-file', 'the PDF could not be read (is it damaged?)', { cause: error });
  } finally {
    await task.destroy();
  }
}
