// GET /api/matrices/:id (the saved matrix with its documents and stored run), PATCH {title} (rename),
// DELETE (→ 204; then 404).
import { handle, jsonResponse, type RouteContext } from '../../../../server/http/api-response.ts';
import { readJson } from '../../../../server/http/read-json.ts';
import { findMatrix } from '../../../../server/http/find-matrix.ts';
import { getStore } from '../../../../server/store/open-store.ts';
import { patchMatrixSchema } from '../schema.ts';

type Params = RouteContext<{ id: string }>;

export async function GET(_request: Request, { params }: Params): Promise<Response> {
  return handle(async () => jsonResponse(await findMatrix((await params).id)));
}

export async function PATCH(request: Request, { params }: Params): Promise<Response> {
  return handle(async () => {
    const saved = await findMatrix((await params).id);
    const body = await readJson(request, patchMatrixSchema);
    await (await getStore()).renameMatrix(saved.id, body.title);
    return jsonResponse(await findMatrix(saved.id));
  });
}

export async function DELETE(_request: Request, { params }: Params): Promise<Response> {
  return handle(async () => {
    const saved = await findMatrix((await params).id);
    await (await getStore()).deleteMatrix(saved.id);
    return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
  });
}
