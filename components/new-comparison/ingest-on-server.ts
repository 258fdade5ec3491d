// The home form's call to POST /api/ingest: an uploaded file or a URL becomes text and metadata on the server
// (Word, PDF, HTML and web pages need readers the browser does not have), or a message naming what went wrong.
import { ApiCallError, callApi } from '../api/call-api.ts';
import type { ExtractedDocument } from '../../server/types.ts';

export type IngestedDocument = ExtractedDocument;

export async function ingestOnServer(
  input: { file: File } | { url: string },
): Promise<{ ok: true; document: IngestedDocument } | { ok: false; message: string }> {
  const form = new FormData();
  if ('file' in input) form.set('file', input.file);
  else form.set('url', input.url);
  const what = 'file' in input ? input.file.name : input.url;
  try {
    return { ok: true, document: await callApi<IngestedDocument>('/api/ingest', { form }) };
  } catch (error) {
    if (!(error instanceof ApiCallError)) throw error;
    if (error.status === 0) return { ok: false, message: `${error.message} (${error.problems.join(' ')})` };
    // The problems name the field (`url: …`), which the person did not type: the file or address is named instead.
    const reasons = error.problems.map((p) => p.replace(/^(file|url): /, '')).join(' ');
    return { ok: false, message: `${what}: ${reasons || error.message}` };
  }
}
