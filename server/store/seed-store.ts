// Loads the seed documents (seeds/manifest.json) into a store, so a fresh install has something to compare.
// Idempotent: a seed already stored (by file name) is left alone, including the user's edits to its metadata.
// The seed transcripts and statements also go into the source archive (issue 17), once: a seed archived before
// and deleted since stays deleted. Seed reports do not: the archive holds what reports report on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DOCUMENT_KINDS, type DocumentKind } from '../types.ts';
import type { ComparisonStore } from './comparison-store.ts';

const manifestSchema = z.object({
  documents: z.array(
    z.object({
      file: z.string().regex(/^[\w.-]+$/, 'a file name inside the seeds folder'),
      kind: z.enum(DOCUMENT_KINDS as [DocumentKind, ...DocumentKind[]]),
      title: z.string().nullish(),
      outlet: z.string().nullish(),
      date: z.string().nullish(),
      language: z.string().nullish(),
      url: z.string().nullish(),
    }),
  ),
});

/** Adds every seed document of `seedsDir/manifest.json` not yet in `store`; returns how many were added. */
export async function seedStore(store: ComparisonStore, seedsDir: string): Promise<{ added: number; total: number }> {
  const path = join(seedsDir, 'manifest.json');
  const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `${path} is not a valid seed manifest: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  let added = 0;
  for (const entry of parsed.data.documents) {
    const text = readFileSync(join(seedsDir, entry.file), 'utf8');
    const meta = {
      title: entry.title ?? null,
      outlet: entry.outlet ?? null,
      date: entry.date ?? null,
      url: entry.url ?? null,
    };
    const wasAdded = await store.addSeedDocument(entry.file, {
      text,
      kind: entry.kind,
      language: entry.language ?? null,
      ...meta,
    });
    if (wasAdded) added++;
    if (entry.kind === 'transcript' || entry.kind === 'statement')
      await store.addSeedSource(entry.file, { text, kind: entry.kind, ...meta });
  }
  return { added, total: parsed.data.documents.length };
}
