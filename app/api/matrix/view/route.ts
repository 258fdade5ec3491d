// POST /api/matrix/view: the app's own route behind the matrix of pasted texts. It takes what /api/matrix takes and
// answers `{result}`, the pairwise results and the matrix the view draws; not a stable contract (use /api/matrix).
import { handle, jsonResponse } from '../../../../server/http/api-response.ts';
import { readMatrixRequest } from '../read-matrix-request.ts';
import { runMatrix } from '../run-matrix.ts';

export async function POST(request: Request): Promise<Response> {
  return handle(async () =>
    jsonResponse({ result: await runMatrix(await readMatrixRequest(request), request.signal) }),
  );
}
