// The lesson packs that ship with the app: seeds/packs/*.json (built by scripts/build-packs.ts), each naming its two
// seed texts. Read once per process and checked against the schema; a pack's texts are read with it, so every span
// of its key indexes exactly the text the student sees.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LessonPack, MarkLabel } from '../../lib/teach/types.ts';
import type { PackSummary } from '../types.ts';
import { shippedPackSchema } from './pack-schema.ts';

const ROOT = process.cwd();
const PACKS_DIR = join(ROOT, 'seeds', 'packs');

let packs: Promise<LessonPack[]> | null = null;

/** Every shipped pack, in file-name order. */
export function listShippedPacks(): Promise<LessonPack[]> {
  packs ??= readPacks().catch((error: unknown) => {
    packs = null; // try again on the next request rather than caching a failure
    throw error;
  });
  return packs;
}

/** The shipped pack with this slug, or null. */
export async function findShippedPack(slug: string): Promise<LessonPack | null> {
  return (await listShippedPacks()).find((p) => p.id === slug) ?? null;
}

export const summarizePack = (pack: LessonPack, created: string | null = null): PackSummary => ({
  id: pack.id,
  title: pack.title,
  reportTitle: pack.report.title,
  sourceTitle: pack.source.title,
  exercises: pack.exercises.length,
  shipped: pack.shipped,
  created,
});

async function readPacks(): Promise<LessonPack[]> {
  const files = (await readdir(PACKS_DIR)).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (file) => {
      const parsed = shippedPackSchema.safeParse(JSON.parse(await readFile(join(PACKS_DIR, file), 'utf8')));
      if (!parsed.success)
        throw new Error(
          `seeds/packs/${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
      const p = parsed.data;
      const [report, source] = await Promise.all([
        readFile(join(ROOT, p.report.file), 'utf8'),
        readFile(join(ROOT, p.source.file), 'utf8'),
      ]);
      return {
        id: p.slug,
        title: p.title,
        brief: p.brief,
        report: { title: p.report.title, outlet: p.report.outlet, language: p.report.language, text: report },
        source: { title: p.source.title, outlet: p.source.outlet, language: p.source.language, text: source },
        key: p.key.map((k) => ({ ...k, label: k.label as MarkLabel })),
        exercises: p.exercises,
        shipped: true,
      };
    }),
  );
}
