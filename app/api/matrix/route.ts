// POST /api/matrix: a source and several reports (each `{text}` or `{url}`) → the matrix contract, the same object
// `claimdiff matrix --format json` prints. Sides fetched from a URL carry their text, title and URL.
import { toMatrixContract } from '../../../lib/matrix/contract.ts';
import { handle, jsonResponse } from '../../../server/http/api-response.ts';
import { answerSide } from '../fetch-url-side.ts';
import { readMatrixRequest } from './read-matrix-request.ts';
import { runMatrix } from './run-matrix.ts';

export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const sides = await readMatrixRequest(request);
    const contract = toMatrixContract(await runMatrix(sides, request.signal));
    return jsonResponse({
      ...contract,
      source: answerSide(contract.source.length, sides.fetched.source),
      reports: contract.reports.map((r, i) => answerSide(r.length, sides.fetched.reports[i])),
    });
  });
}
