// GET /api/matrices: the saved matrices, newest first. POST /api/matrices: a source and 2..12 reports (texts or URLs
// the server fetches) → each report aligned with the source in the worker pool, the matrix built, all saved →
// 201 {id, ...saved}. A source whose kind is `report` is report vs report: every sentence of it is a row.
import { buildMatrix } from '../../../lib/index.ts';
import { getAlignPool } from '../../../server/align-pool.ts';
import { handle, jsonResponse } from '../../../server/http/api-response.ts';
import { readJson } from '../../../server/http/read-json.ts';
import { resolveDocument } from '../../../server/http/resolve-document.ts';
import { MATCHER_VERSION } from '../../../server/matcher-version.ts';
import { getStore } from '../../../server/store/open-store.ts';
import { createMatrixSchema } from './schema.ts';

export async function GET(): Promise<Response> {
  return handle(async () => jsonResponse({ matrices: await (await getStore()).listMatrices() }));
}

export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const body = await readJson(request, createMatrixSchema);
    const [source, ...reports] = await Promise.all([
      resolveDocument('source', body.source, 'transcript', request.signal),
      ...body.reports.map((r, i) => resolveDocument(`reports[${i}]`, r, 'report', request.signal)),
    ]);
    const texts = reports.map((r) => r!.text);
    const pairs = await Promise.all(
      texts.map((text) => getAlignPool().align(text, source!.text, { signal: request.signal })),
    );
    const matrix = buildMatrix(source!.text, texts, pairs, source!.kind === 'report' ? { scope: 'whole' } : {});
    const saved = await (
      await getStore()
    ).createMatrix({
      title: body.title ?? null,
      source: source!,
      reports: reports.map((r) => r!),
      result: { pairs, matrix },
      matcherVersion: MATCHER_VERSION,
    });
    return jsonResponse(saved, 201, { location: `/m/${saved.id}` });
  });
}
