// GET /api/packs/:id (the pack with its texts and answer key; shipped packs by slug), PATCH (a teacher pack's
// title, brief and exercises), DELETE (→ 204; then 404). Shipped packs are read-only.
import { ApiError } from '../../../../server/http/api-error.ts';
import { handle, jsonResponse, type RouteContext } from '../../../../server/http/api-response.ts';
import { findEditablePack, findPack } from '../../../../server/http/find-pack.ts';
import { readJson } from '../../../../server/http/read-json.ts';
import { getStore } from '../../../../server/store/open-store.ts';
import { patchPackSchema } from '../schema.ts';

type Params = RouteContext<{ id: string }>;

export async function GET(_request: Request, { params }: Params): Promise<Response> {
  return handle(async () => jsonResponse(await findPack((await params).id)));
}

export async function PATCH(request: Request, { params }: Params): Promise<Response> {
  return handle(async () => {
    const pack = await findEditablePack((await params).id);
    const body = await readJson(request, patchPackSchema);
    const ids = new Set(pack.key.map((k) => k.id));
    const unknown = body.exercises?.filter((id) => !ids.has(id)) ?? [];
    if (unknown.length || (body.exercises && new Set(body.exercises).size !== body.exercises.length))
      throw new ApiError(400, 'The request is not valid.', [
        unknown.length ? `exercises: ${unknown.join(', ')} not in the key` : 'exercises: an item is listed twice',
      ]);
    return jsonResponse(await (await getStore()).updatePack(pack.id, body));
  });
}

export async function DELETE(_request: Request, { params }: Params): Promise<Response> {
  return handle(async () => {
    const pack = await findEditablePack((await params).id);
    await (await getStore()).deletePack(pack.id);
    return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
  });
}
