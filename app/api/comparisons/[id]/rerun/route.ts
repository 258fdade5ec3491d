// POST /api/comparisons/:id/rerun: runs the matcher again on the stored texts (only when the user asks; a saved
// comparison is otherwise never recomputed) and stores the new result. Corrections are kept.
import { getAlignPool } from '../../../../../server/align-pool.ts';
import { documentLanguages } from '../../../../../server/document-languages.ts';
import { handle, jsonResponse, type RouteContext } from '../../../../../server/http/api-response.ts';
import { findComparison } from '../../../../../server/http/find-comparison.ts';
import { MATCHER_VERSION } from '../../../../../server/matcher-version.ts';
import { getStore } from '../../../../../server/store/open-store.ts';

export async function POST(request: Request, { params }: RouteContext<{ id: string }>): Promise<Response> {
  return handle(async () => {
    const saved = await findComparison((await params).id);
    const result = await getAlignPool().align(saved.report.text, saved.source.text, {
      signal: request.signal,
      ...documentLanguages(saved.report, saved.source),
    });
    await (await getStore()).updateResult(saved.id, result, MATCHER_VERSION);
    return jsonResponse(await findComparison(saved.id));
  });
}
