// GET /api/comparisons/:id (the saved comparison, its stored result and corrections), PATCH (rename; edit either
// document's metadata), DELETE (→ 204; then 404).
import { handle, jsonResponse, type RouteContext } from '../../../../server/http/api-response.ts';
import { ApiError } from '../../../../server/http/api-error.ts';
import { readJson } from '../../../../server/http/read-json.ts';
import { findComparison } from '../../../../server/http/find-comparison.ts';
import { getStore } from '../../../../server/store/open-store.ts';
import type { DocumentMetaPatch } from '../../../../server/store/comparison-store.ts';
import { patchComparisonSchema } from '../schema.ts';

type Params = RouteContext<{ id: string }>;

export async function GET(_request: Request, { params }: Params): Promise<Response> {
  return handle(async () => jsonResponse(await findComparison((await params).id)));
}

export async function PATCH(request: Request, { params }: Params): Promise<Response> {
  return handle(async () => {
    const saved = await findComparison((await params).id);
    const body = await readJson(request, patchComparisonSchema);
    const store = await getStore();
    if (body.title !== undefined) await store.renameComparison(saved.id, body.title);
    for (const side of ['report', 'source'] as const) {
      const patch = body[side];
      if (!patch) continue;
      // Seed documents are shared by every comparison that uses them: edit a user's own documents only.
      if (saved[side].seedFile !== null)
        throw new ApiError(400, 'The request is not valid.', [
          `${side}: a library document's metadata cannot be edited`,
        ]);
      await store.updateDocumentMeta(saved[side].id, patch as DocumentMetaPatch);
    }
    return jsonResponse(await findComparison(saved.id));
  });
}

export async function DELETE(_request: Request, { params }: Params): Promise<Response> {
  return handle(async () => {
    const saved = await findComparison((await params).id);
    await (await getStore()).deleteComparison(saved.id);
    return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
  });
}
