// DELETE /api/comparisons/:id/corrections/:cid: undoes one correction (→ 204; 404 when there is no such one).
import { handle, type RouteContext } from '../../../../../../server/http/api-response.ts';
import { ApiError } from '../../../../../../server/http/api-error.ts';
import { findComparison } from '../../../../../../server/http/find-comparison.ts';
import { getStore } from '../../../../../../server/store/open-store.ts';

export async function DELETE(
  _request: Request,
  { params }: RouteContext<{ id: string; cid: string }>,
): Promise<Response> {
  return handle(async () => {
    const { id, cid } = await params;
    const saved = await findComparison(id);
    if (!(await (await getStore()).deleteCorrection(saved.id, cid)))
      throw new ApiError(404, 'There is no such correction.', [`cid: ${cid.slice(0, 80)} not found`]);
    return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
  });
}
