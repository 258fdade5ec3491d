// A file picked or dropped on the first screen, made text: a .txt is read here, strictly as UTF-8 (file.text()
// would quietly turn a Latin-1 or UTF-16 file into replacement characters); Word, PDF, HTML and Markdown go to the
// server (POST /api/ingest), which has their readers and also returns the title and metadata.
import { MAX_TEXT_BYTES } from '../../lib/input/limits.ts';
import { formatLimit, formatMegabytes } from '../../lib/input/utf8.ts';
import { ingestOnServer, type IngestedDocument } from './ingest-on-server.ts';

/** The file types the first screen takes. */
export const ACCEPTED_FILES = '.txt,.md,.html,.htm,.docx,.pdf,text/plain';

const isPlainText = (file: File) =>
  /\.txt$/i.test(file.name) || (file.type === 'text/plain' && !/\.\w+$/.test(file.name));

export async function readTextFile(
  file: File,
): Promise<{ ok: true; document: IngestedDocument } | { ok: false; message: string }> {
  if (!isPlainText(file)) return ingestOnServer({ file });
  if (file.size > MAX_TEXT_BYTES)
    return {
      ok: false,
      message: `${file.name} is ${formatMegabytes(file.size)}; the limit is ${formatLimit(MAX_TEXT_BYTES)} per text.`,
    };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return { ok: false, message: `${file.name} is not UTF-8 text: save it as UTF-8, or paste its text.` };
  }
  if (text.includes('\u0000'))
    return { ok: false, message: `${file.name} looks binary (it contains NUL bytes): upload a plain-text file.` };
  const title = file.name.replace(/\.txt$/i, '');
  return {
    ok: true,
    document: { text, meta: { title, outlet: null, date: null, url: null, language: null, byline: null } },
  };
}
