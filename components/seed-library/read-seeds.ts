// The seed library on disk: seeds/manifest.json and the documents beside it. Server-only (node:fs): the home page
// and the comparison page call it directly. A slug is a manifest file name without `.txt`; only slugs listed in
// the manifest are ever read, so a request cannot name any other file.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface SeedDocument {
  /** The file name without `.txt`; what `/compare?report=…&source=…` takes. */
  slug: string;
  file: string;
  /** `report`, `transcript`, … as the manifest says. */
  kind: string;
  outlet: string;
  /** ISO date, or null when the document has none. */
  date: string | null;
  language: string;
  title: string;
  about: string;
  /** Set when the text is a translation, e.g. `machine translation from Chinese`. */
  translation?: string;
}

const SEEDS_DIR = join(process.cwd(), 'seeds');

let manifest: Promise<SeedDocument[]> | null = null;

/** Every document of the seed library, in manifest order. */
export function listSeeds(): Promise<SeedDocument[]> {
  manifest ??= readManifest().catch((error: unknown) => {
    manifest = null; // try again on the next request rather than caching a failure
    throw error;
  });
  return manifest;
}

/** The manifest entry for `slug`, or null when the library has no such document. */
export async function findSeed(slug: string): Promise<SeedDocument | null> {
  return (await listSeeds()).find((seed) => seed.slug === slug) ?? null;
}

/** The text of a seed document, exactly as stored (spans index it). */
export function readSeedText(seed: SeedDocument): Promise<string> {
  return readFile(join(SEEDS_DIR, seed.file), 'utf8');
}

async function readManifest(): Promise<SeedDocument[]> {
  const raw: unknown = JSON.parse(await readFile(join(SEEDS_DIR, 'manifest.json'), 'utf8'));
  const documents = (raw as { documents?: unknown }).documents;
  if (!Array.isArray(documents)) throw new Error('seeds/manifest.json: "documents" must be an array');
  return documents.map((entry: Record<string, unknown>, k) => {
    const text = (key: string): string => {
      const value = entry[key];
      if (typeof value !== 'string') throw new Error(`seeds/manifest.json: documents[${k}].${key} must be a string`);
      return value;
    };
    const file = text('file');
    if (!/^[\w.-]+\.txt$/.test(file))
      throw new Error(`seeds/manifest.json: documents[${k}].file must be a plain .txt file name`);
    return {
      slug: file.slice(0, -'.txt'.length),
      file,
      kind: text('kind'),
      outlet: text('outlet'),
      date: typeof entry.date === 'string' ? entry.date : null,
      language: text('language'),
      title: text('title'),
      about: text('about'),
      ...(typeof entry.translation === 'string' ? { translation: entry.translation } : {}),
    };
  });
}
