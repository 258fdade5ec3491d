// The home form's call to POST /api/ingest: an uploaded file or a URL becomes text and metadata on the server
// (Word, PDF, HTML and web pages need readers the browser does not have), or a message naming what went wrong.
import type { ApiErrorBody } from '../../server/http/api-response.ts';
import type { ExtractedDocument } from '../../server/types.ts';

export type IngestedDocument = ExtractedDocument;

export async function ingestOnServer(
  input: { file: File } | { url: string },
): Promise<{ ok: true; document: IngestedDocument } | { ok: false; message: string }> {
  const form = new FormData();
  if ('file' in input) form.set('file', input.file);
  else form.set('url', input.url);
  try {
    const response = await fetch('/api/ingest', { method: 'POST', body: form });
    const body = (await response.json().catch(() => null)) as IngestedDocument | ApiErrorBody | null;
    if (response.ok && body && 'text' in body) return { ok: true, document: body };
    const problems = body && 'error' in body ? body.error.problems : [];
    const what = 'file' in input ? input.file.name : input.url;
    return {
      ok: false,
      message: `${what}: ${problems.map((p) => p.replace(/^(file|url): /, '')).join(' ') || `the server answered ${response.status}`}`,
    };
  } catch (error) {
    return { ok: false, message: `The server could not be reached (${(error as Error).message}).` };
  }
}
