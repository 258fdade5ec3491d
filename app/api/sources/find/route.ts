// POST /api/sources/find {text, limit?}: the report's likely sources in the archive, best first, as
// `claimdiff find --format json` prints them: {version: 1, candidates: [{id, title, path, date, score, passages}]}.
import { handle, jsonResponse } from '../../../../server/http/api-response.ts';
import { readJson } from '../../../../server/http/read-json.ts';
import { findSources, toFindContract } from '../../../../server/archive/find-sources.ts';
import { getStore } from '../../../../server/store/open-store.ts';
import { findSourcesSchema } from '../schema.ts';

export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const { text, limit } = await readJson(request, findSourcesSchema, {
      invalid: 'The report to find the source of is not valid.',
    });
    const found = await findSources(await getStore(), text, limit === undefined ? {} : { rerank: limit });
    return jsonResponse(toFindContract(found));
  });
}
