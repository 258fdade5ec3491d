import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ingestFile, detectFormat } from './ingest-file.ts';
import { extractText } from './extract-text.ts';
import { extractPdf } from './extract-pdf.ts';
import { extractDocx } from './extract-docx.ts';
import { declaredUnzippedSize } from './zip-sizes.ts';
import { checkText } from './check-text.ts';
import { IngestError } from './ingest-error.ts';
import { MAX_FILE_BYTES } from '../../lib/input/limits.ts';
import { MAX_PDF_PAGES } from '../limits.ts';

const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** `code: message` of the IngestError a promise or call rejects with. */
async function failure(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    assert.ok(error instanceof IngestError, `not an IngestError: ${String(error)}`);
    return `${error.code}: ${error.message}`;
  }
  return 'no error';
}

test('ingestFile reads each supported format', async () => {
  const docx = await ingestFile('Briefing transcript.docx', DOCX, fixture('transcript.docx'));
  assert.equal(
    docx.text,
    'Transcript of the press briefing\n\nSpokesperson: We have always opposed unilateral sanctions.\n\nQ: Will the talks resume next week?\n\nSpokesperson: The two sides are in close communication & will announce the date in due course.',
  );
  assert.equal(docx.meta.title, 'Briefing transcript');

  const pdf = await ingestFile('statement.pdf', 'application/pdf', fixture('statement.pdf'));
  assert.equal(
    pdf.text,
    'Statement by the Ministry\n\nThe ministry rejects the accusation (a smear).\nIt calls on the café owners to stay calm.\n\nPage two of the statement.',
  );

  const html = await ingestFile('saved-page.html', 'text/html', fixture('article.html'));
  assert.equal(html.meta.title, 'Ministry rejects hacking accusation');
  assert.equal(html.meta.outlet, 'Example Wire');
  assert.ok(!html.text.includes('Advertisement'));

  const md = await ingestFile('notes.md', '', Buffer.from('# Notes\n\nSome *text*.\n'));
  assert.equal(md.text, '# Notes\n\nSome *text*.\n', 'text files are kept exactly');
  // Extension first, MIME type as the fallback (browsers send octet-stream for many files).
  assert.equal(
    (await ingestFile('upload', 'text/plain; charset=utf-8', Buffer.from('typed by mime'))).text,
    'typed by mime',
  );
  assert.equal(
    (await ingestFile('REPORT.TXT', 'application/octet-stream', Buffer.from('upper case'))).text,
    'upper case',
  );
});

test('ingestFile refuses bad input with a specific message', async () => {
  const cases: Array<[string, string, Buffer | Uint8Array, string]> = [
    ['a.txt', 'text/plain', Buffer.alloc(0), 'empty: the file is empty'],
    ['a.txt', 'text/plain', Buffer.from(' \n\t \n'), 'empty: the text contains only whitespace'],
    [
      'a.txt',
      'text/plain',
      Buffer.from([0x68, 0x69, 0x00, 0x01]),
      'bad-encoding: the file looks binary (NUL byte at offset 2), not UTF-8 text',
    ],
    [
      'a.txt',
      'text/plain',
      Buffer.from([0x68, 0x69, 0xff, 0x68]),
      'bad-encoding: the file is not valid UTF-8 (bad byte at offset 2); save it as UTF-8 and try again',
    ],
    [
      'a.md',
      'text/markdown',
      Buffer.from([0x63, 0x61, 0x66, 0xe9]),
      'bad-encoding: the file is not valid UTF-8 (bad byte at offset 3); save it as UTF-8 and try again',
    ],
    [
      'scan.pdf',
      'application/pdf',
      fixture('scan.pdf'),
      'no-text: this PDF has no text layer (a scan?); only PDFs with selectable text can be read',
    ],
    [
      'fake.pdf',
      'application/pdf',
      Buffer.from('this is not a pdf'),
      'bad-file: the file is not a readable PDF (is it damaged?)',
    ],
    [
      'old.docx',
      DOCX,
      Buffer.from('\xd0\xcf\x11\xe0 an OLE .doc', 'latin1'),
      'bad-file: the file is not a Word .docx document (an old .doc? save it as .docx)',
    ],
    [
      'broken.docx',
      DOCX,
      Buffer.from('PK\x03\x04 truncated'),
      'bad-file: the Word document could not be read (is it damaged?)',
    ],
    [
      'photo.png',
      'image/png',
      Buffer.from([0x89, 0x50]),
      'unsupported-type: claimdiff cannot read this kind of file (.png); use .txt, .md, .html, .htm, .docx, .pdf',
    ],
    [
      'old.doc',
      'application/msword',
      Buffer.from('x'),
      'unsupported-type: claimdiff cannot read this kind of file (.doc); use .txt, .md, .html, .htm, .docx, .pdf',
    ],
    [
      'blob',
      'application/octet-stream',
      Buffer.from('x'),
      'unsupported-type: claimdiff cannot read this kind of file (application/octet-stream); use .txt, .md, .html, .htm, .docx, .pdf',
    ],
    [
      'empty.html',
      'text/html',
      Buffer.from('<html><body><script>x</script></body></html>'),
      'no-text: the page has no readable text',
    ],
  ];
  for (const [name, mime, bytes, expected] of cases)
    assert.equal(await failure(() => ingestFile(name, mime, bytes)), expected, name);
});

test('ingestFile refuses an upload over the byte limit without looking at it', async () => {
  // A view that claims the size: no 20 MB allocation needed to prove the check comes first.
  const huge = { length: MAX_FILE_BYTES + 1 } as Uint8Array;
  assert.equal(
    await failure(() => ingestFile('big.txt', 'text/plain', huge)),
    'too-large: the file is 20 MB, more than the 20 MB limit',
  );
});

test('extractText: BOMs, UTF-16 and exact text', () => {
  assert.equal(
    extractText(Buffer.from('\ufeffwith BOM\r\n', 'utf8')),
    'with BOM\r\n',
    'the BOM is dropped, the rest kept byte for byte',
  );
  assert.equal(extractText(Buffer.from('\ufeffUTF-16 text', 'utf16le')), 'UTF-16 text');
  const be = Buffer.from('\ufeffbig end', 'utf16le').swap16();
  assert.equal(extractText(be), 'big end');
  assert.equal(extractText(Buffer.from('emoji 😀 and 中文 and ﻿RTL עברית')), 'emoji 😀 and 中文 and ﻿RTL עברית');
});

test('extractPdf refuses a PDF over the page limit', async () => {
  assert.equal(
    await failure(() => extractPdf(fixture('many-pages.pdf'), 10)),
    'too-large: the PDF has 12 pages, more than the 10-page limit',
  );
  assert.match(await extractPdf(fixture('many-pages.pdf'), 12), /^Page 1\.\n\nPage 2\.[^]*Page 12\.$/);
});

test('extractDocx refuses a zip that declares more than the unzip limit (zip bomb)', async () => {
  const docx = Buffer.from(fixture('transcript.docx'));
  const declared = declaredUnzippedSize(docx);
  assert.ok(declared !== null && declared > 500 && declared < 2000, String(declared));
  // Rewrite the first central-directory entry's uncompressed size to 4 GB − 2.
  const central = docx.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  docx.writeUInt32LE(0xfffffffe, central + 24);
  assert.equal(await failure(() => extractDocx(docx)), 'too-large: the Word document unpacks to more than 20 MB');
  assert.equal(declaredUnzippedSize(Buffer.from('PK\x03\x04 no directory')), null);
});

test('checkText enforces the character limit and refuses blank text', () => {
  assert.equal(checkText('ok'), 'ok');
  assert.equal(checkText(' x ', 3), ' x ');
  assert.throws(() => checkText('abcd', 3), {
    code: 'too-large',
    message: 'the text is 4 characters, more than the 3-character limit',
  });
  assert.throws(() => checkText(''), { code: 'empty', message: 'the text is empty' });
  assert.throws(() => checkText('\n \u3000'), { code: 'empty', message: 'the text contains only whitespace' });
});

test('detectFormat prefers the extension', () => {
  assert.equal(detectFormat('x.pdf', 'text/plain'), 'pdf');
  assert.equal(detectFormat('x.HTM', ''), 'html');
  assert.equal(detectFormat('x', 'application/xhtml+xml'), 'html');
  assert.equal(detectFormat('x.exe', 'text/plain'), 'text'); // unknown extension: the MIME type decides
  assert.equal(detectFormat('x.exe', 'application/x-msdownload'), null);
});

test('the largest inputs read in bounded time: a 300-page PDF, a Word file of 2,000,000 characters', async () => {
  const { makeDocx, makePdf } = await import('../fixtures/make-fixtures.mjs');
  const pages = Array.from({ length: MAX_PDF_PAGES }, (_, p) =>
    Array.from({ length: 40 }, (_, l) => `Page ${p + 1}, line ${l + 1} of the statement.`),
  );
  let started = performance.now();
  const pdf = await extractPdf(makePdf(pages));
  const pdfMs = performance.now() - started;
  assert.ok(
    pdf.startsWith('Page 1, line 1 of the statement.\nPage 1, line 2') &&
      pdf.endsWith(`Page ${MAX_PDF_PAGES}, line 40 of the statement.`),
  );
  assert.equal(
    await failure(() => extractPdf(makePdf([...pages, ['one more']]))),
    `too-large: the PDF has ${MAX_PDF_PAGES + 1} pages, more than the ${MAX_PDF_PAGES}-page limit`,
  );

  const paragraphs = Array.from(
    { length: 30_000 },
    (_, i) => `Paragraph ${i + 1}: the spokesperson answered a question about the talks.`,
  );
  started = performance.now();
  const docx = await extractDocx(makeDocx(paragraphs));
  const docxMs = performance.now() - started;
  assert.equal(docx.split('\n\n').length, 30_000);
  console.log(
    `# ${MAX_PDF_PAGES}-page PDF read in ${Math.round(pdfMs)} ms; Word file of ${docx.length.toLocaleString('en')} characters in ${Math.round(docxMs)} ms`,
  );
  assert.ok(pdfMs < 10_000 && docxMs < 20_000);
});
