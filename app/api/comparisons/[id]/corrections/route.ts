// GET /api/comparisons/:id/corrections (in the order they were made), POST (one correction, checked against the
// texts' lengths → 201 with the saved correction).
import { correctionInputSchema, findSpanProblem } from '../../../../../server/corrections/correction-schema.ts';
import { handle, jsonResponse, type RouteContext } from '../../../../../server/http/api-response.ts';
import { ApiError } from '../../../../../server/http/api-error.ts';
import { readJson } from '../../../../../server/http/read-json.ts';
import { findComparison } from '../../../../../server/http/find-comparison.ts';
import { getStore } from '../../../../../server/store/open-store.ts';

type Params = RouteContext<{ id: string }>;

export async function GET(_request: Request, { params }: Params): Promise<Response> {
  return handle(async () => jsonResponse({ corrections: (await findComparison((await params).id)).corrections }));
}

export async function POST(request: Request, { params }: Params): Promise<Response> {
  return handle(async () => {
    const saved = await findComparison((await params).id);
    const input = await readJson(request, correctionInputSchema);
    const problem = findSpanProblem(input, saved.report.text.length, saved.source.text.length);
    if (problem) throw new ApiError(400, 'The correction does not fit the texts.', [problem]);
    const correction = await (await getStore()).addCorrection(saved.id, input);
    if (!correction) throw new ApiError(404, 'There is no saved comparison with this id.');
    return jsonResponse(correction, 201);
  });
}
