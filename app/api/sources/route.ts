// GET /api/sources?q=WORDS: the archived sources holding every word (best match first), or the newest without q.
// POST /api/sources: archive a source, given as text or as a URL the server fetches → 201 {source, added}
// (200 with added: false when the same text is archived already).
import { ApiError } from '../../../server/http/api-error.ts';
import { describeZodError, handle, jsonResponse } from '../../../server/http/api-response.ts';
import { readJson } from '../../../server/http/read-json.ts';
import { resolveDocument } from '../../../server/http/resolve-document.ts';
import { getStore } from '../../../server/store/open-store.ts';
import type { SourceKind } from '../../../server/types.ts';
import { createSourceSchema, listSourcesQuery } from './schema.ts';

export async function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const parsed = listSourcesQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) throw new ApiError(400, 'The query is not valid.', describeZodError(parsed.error));
    return jsonResponse({ sources: await (await getStore()).listSources(parsed.data) });
  });
}

export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const { kind, ...body } = await readJson(request, createSourceSchema);
    const doc = await resolveDocument('source', body, 'transcript', request.signal);
    const { source, added } = await (
      await getStore()
    ).addSource({
      text: doc.text,
      kind: (kind as SourceKind | undefined) ?? 'transcript',
      title: doc.title ?? null,
      outlet: doc.outlet ?? null,
      date: doc.date ?? null,
      url: doc.url ?? null,
    });
    return jsonResponse({ source, added }, added ? 201 : 200, { location: `/api/sources/${source.id}` });
  });
}
