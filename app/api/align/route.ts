// POST /api/align: two texts (or `{text}` / `{url}` sides) → the align contract of ../shared/eval/README.md, the
// same object `claimdiff align --format json` prints. A side fetched from a URL carries its text, title and URL in
// its object, so every offset can be resolved. The matcher runs in a worker thread (server/align-pool.ts). This
// route is outside proxy.ts's matcher, so Next does not buffer the body first (../shared/TOOLCHAIN.md).
import { toContract } from '../../../lib/contract.ts';
import { getAlignPool } from '../../../server/align-pool.ts';
import { documentLanguages } from '../../../server/document-languages.ts';
import { handle, jsonResponse } from '../../../server/http/api-response.ts';
import { answerSide } from '../fetch-url-side.ts';
import { readAlignRequest } from './read-align-request.ts';

export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const sides = await readAlignRequest(request);
    const result = await getAlignPool().align(sides.report, sides.source, {
      signal: request.signal,
      ...documentLanguages({ language: sides.languages.report }, { language: sides.languages.source }),
    });
    const contract = toContract(result);
    return jsonResponse({
      ...contract,
      report: answerSide(contract.report.length, sides.fetched.report),
      source: answerSide(contract.source.length, sides.fetched.source),
    });
  });
}
