// POST /api/ingest: one uploaded file (multipart field `file`) or a URL (field `url`) → {text, meta}, for the home
// form to fill a text area. 413 from Content-Length before reading; 415 for a file type we do not read.
import { handle, jsonResponse } from '../../../server/http/api-response.ts';
import { ApiError } from '../../../server/http/api-error.ts';
import { readBodyCapped } from '../../../server/http/read-body.ts';
import { ingestFile } from '../../../server/ingest/ingest-file.ts';
import { ingestUrl } from '../../../server/ingest/ingest-url.ts';
import { isIngestError } from '../../../server/ingest/ingest-error.ts';

export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const type = request.headers.get('content-type') ?? '';
    if (!/^multipart\/form-data\b/i.test(type))
      throw new ApiError(415, 'Send the file as multipart/form-data.', ['Content-Type must be multipart/form-data']);
    const bytes = await readBodyCapped(request);
    let form: FormData;
    try {
      form = await new Response(bytes as BodyInit, { headers: { 'content-type': type } }).formData();
    } catch {
      throw new ApiError(400, 'The upload is not valid.', ['body: not valid multipart/form-data']);
    }
    const file = form.get('file');
    const url = form.get('url');
    try {
      if (file instanceof File)
        return jsonResponse(await ingestFile(file.name, file.type, new Uint8Array(await file.arrayBuffer())));
      if (typeof url === 'string' && url.trim() !== '')
        return jsonResponse(await ingestUrl(url.trim(), { signal: request.signal }));
    } catch (error) {
      if (!isIngestError(error)) throw error;
      const field = file instanceof File ? 'file' : 'url';
      throw new ApiError(error.status, 'The input cannot be used.', [`${field}: ${error.message}`]);
    }
    throw new ApiError(400, 'The upload is not valid.', ['file: send one file (or a url)']);
  });
}
