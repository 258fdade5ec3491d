// GET /api/sources/:id (the archived source with its text), DELETE (→ 204; then 404).
import { ApiError } from '../../../../server/http/api-error.ts';
import { handle, jsonResponse, type RouteContext } from '../../../../server/http/api-response.ts';
import { isId } from '../../../../server/store/create-id.ts';
import { getStore } from '../../../../server/store/open-store.ts';

type Params = RouteContext<{ id: string }>;

const notFound = (id: string) =>
  new ApiError(404, 'There is no archived source with this id.', [`id: ${id.slice(0, 80)} not found`]);

export async function GET(_request: Request, { params }: Params): Promise<Response> {
  return handle(async () => {
    const { id } = await params;
    const source = isId(id) ? await (await getStore()).getSource(id) : null;
    if (!source) throw notFound(id);
    return jsonResponse(source);
  });
}

export async function DELETE(_request: Request, { params }: Params): Promise<Response> {
  return handle(async () => {
    const { id } = await params;
    if (!isId(id) || !(await (await getStore()).deleteSource(id))) throw notFound(id);
    return new Response(null, { status: 204 });
  });
}
