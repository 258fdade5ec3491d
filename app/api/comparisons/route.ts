// GET /api/comparisons: the saved comparisons, newest first. POST /api/comparisons: align two documents (texts or
// URLs the server fetches) in a worker thread and save them with the result → 201 {id, ...saved}.
import { getAlignPool } from '../../../server/align-pool.ts';
import { documentLanguages } from '../../../server/document-languages.ts';
import { handle, jsonResponse } from '../../../server/http/api-response.ts';
import { readJson } from '../../../server/http/read-json.ts';
import { resolveDocument } from '../../../server/http/resolve-document.ts';
import { MATCHER_VERSION } from '../../../server/matcher-version.ts';
import { getStore } from '../../../server/store/open-store.ts';
import { createComparisonSchema } from './schema.ts';

export async function GET(): Promise<Response> {
  return handle(async () => jsonResponse({ comparisons: await (await getStore()).listComparisons() }));
}

export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const body = await readJson(request, createComparisonSchema);
    const [report, source] = await Promise.all([
      resolveDocument('report', body.report, 'report', request.signal),
      resolveDocument('source', body.source, 'transcript', request.signal),
    ]);
    const result = await getAlignPool().align(report.text, source.text, {
      signal: request.signal,
      ...documentLanguages(report, source),
    });
    const saved = await (
      await getStore()
    ).createComparison({
      title: body.title ?? null,
      report,
      source,
      result,
      matcherVersion: MATCHER_VERSION,
    });
    return jsonResponse(saved, 201, { location: `/c/${saved.id}` });
  });
}
