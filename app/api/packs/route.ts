// GET /api/packs: the shipped packs, then the teacher's, newest first. POST /api/packs: a new pack from a saved
// comparison (its key built with the teacher's corrections applied) or from a pasted pair (aligned in a worker
// thread) → 201 with the pack; its share link is /learn/ID.
import { buildKey, defaultExercises } from '../../../lib/teach/build-key.ts';
import { toPackDocument } from '../../../lib/teach/pack-document.ts';
import { getAlignPool } from '../../../server/align-pool.ts';
import { documentLanguages } from '../../../server/document-languages.ts';
import { handle, jsonResponse } from '../../../server/http/api-response.ts';
import { findComparison } from '../../../server/http/find-comparison.ts';
import { readJson } from '../../../server/http/read-json.ts';
import { resolveDocument } from '../../../server/http/resolve-document.ts';
import { packFromComparison, type PackParts } from '../../../server/packs/pack-from-comparison.ts';
import { listShippedPacks, summarizePack } from '../../../server/packs/shipped-packs.ts';
import { getStore } from '../../../server/store/open-store.ts';
import { DEFAULT_BRIEF, createPackSchema } from './schema.ts';

export async function GET(): Promise<Response> {
  return handle(async () => {
    const shipped = (await listShippedPacks()).map((p) => summarizePack(p));
    return jsonResponse({ packs: [...shipped, ...(await (await getStore()).listPacks())] });
  });
}

export async function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const body = await readJson(request, createPackSchema);
    let parts: PackParts;
    let comparisonId: string | null = null;
    let title = body.title;
    if ('comparison' in body) {
      const saved = await findComparison(body.comparison);
      parts = packFromComparison(saved);
      comparisonId = saved.id;
      title ??= saved.title;
    } else {
      const [report, source] = await Promise.all([
        resolveDocument('report', body.report, 'report', request.signal),
        resolveDocument('source', body.source, 'transcript', request.signal),
      ]);
      const result = await getAlignPool().align(report.text, source.text, {
        signal: request.signal,
        ...documentLanguages(report, source),
      });
      const key = buildKey(result);
      parts = {
        report: toPackDocument(report, 'The report'),
        source: toPackDocument(source, 'The source'),
        key,
        exercises: defaultExercises(key, report.text),
      };
      title ??= report.title ?? undefined;
    }
    const pack = await (
      await getStore()
    ).createPack({
      title: title ?? 'Untitled lesson',
      brief: body.brief ?? DEFAULT_BRIEF,
      comparisonId,
      ...parts,
    });
    return jsonResponse(pack, 201, { location: `/learn/${pack.id}` });
  });
}
