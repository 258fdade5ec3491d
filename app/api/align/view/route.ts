// POST /api/align/view: the app's own route behind the comparison of pasted texts. It takes what /api/align takes
// and answers `{result}`, the full result the comparison view draws (regions, flag details, quote checks), which
// is not a stable contract: other callers use /api/align. The worker's JSON goes out as it is, so the request
// thread never parses or re-serialises the result.
import { getAlignPool } from '../../../../server/align-pool.ts';
import { documentLanguages } from '../../../../server/document-languages.ts';
import { handle } from '../../../../server/http/api-response.ts';
import { readAlignRequest } from '../read-align-request.ts';

export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const sides = await readAlignRequest(request);
    const json = await getAlignPool().alignJson(sides.report, sides.source, {
      signal: request.signal,
      ...documentLanguages({ language: sides.languages.report }, { language: sides.languages.source }),
    });
    return new Response(`{"result":${json}}`, {
      headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
    });
  });
}
