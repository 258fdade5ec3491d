// The documents a matrix link can name: the seed library (seeds/manifest.json, by slug) and the reports of the
// labelled cases (seeds/cases/NAME/a.txt, as `case:NAME`, described by the case's meta.json). Server-only
// (node:fs). The Record's and ZDNet's reports of Zhao Lijian's 20 July 2021 press conference exist only as cases,
// and with the transcript seed they make the library's multi-report example.
//
// Slug scheme: `SLUG` is a seed document (the manifest file name without `.txt`, as /compare takes it);
// `case:NAME` is the report (a.txt) of the case folder NAME, unless that report is a seed document already (then the
// seed's slug names it). A case's source (b.txt) is a seed here, so it has no slug of its own. Only names found in
// the manifest or as a folder with a.txt and meta.json are ever read.
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findSeed, listSeeds, readSeedText } from '../seed-library/read-seeds.ts';

/** A document a matrix can show, from either part of the library. */
export interface LibraryDocument {
  /** What a link names: a seed slug or `case:NAME`. */
  slug: string;
  /** `report`, `transcript`, … */
  kind: string;
  /** The publisher as the library records it (may be long: `The Record (Recorded Future News); by Adam Janofsky`). */
  outlet: string;
  title: string;
  /** ISO date, or null. */
  date: string | null;
  /** Where it comes from, for a case report (its meta.json `a.url`); null otherwise. */
  url: string | null;
  /** Whether it is a seed document (so /compare can open it too). */
  seed: boolean;
  /** The seed document it reports on, when a labelled case says so (its b.txt is that seed, byte for byte); else null. */
  reportsOn: string | null;
}

export const CASE_PREFIX = 'case:';
const CASES_DIR = join(process.cwd(), 'seeds', 'cases');
const CASE_NAME = /^[\w.-]+$/;

let library: Promise<LibraryDocument[]> | null = null;

/** Seed documents first (manifest order), then the case reports that are not seed documents (folder-name order). */
export function listLibraryDocuments(): Promise<LibraryDocument[]> {
  library ??= readLibrary().catch((error: unknown) => {
    library = null; // try again on the next request rather than caching a failure
    throw error;
  });
  return library;
}

/**
 * Ready-made matrices: each seed document that two or more library reports report (their case's b.txt is that
 * seed), with those reports in library order.
 */
export async function suggestMatrices(): Promise<{ source: LibraryDocument; reports: LibraryDocument[] }[]> {
  const docs = await listLibraryDocuments();
  return docs.flatMap((source) => {
    const reports = docs.filter((d) => d.reportsOn === source.slug);
    return source.seed && reports.length >= 2 ? [{ source, reports }] : [];
  });
}

/** The document `slug` names, or null when the library has none by that name. */
export async function findLibraryDocument(slug: string): Promise<LibraryDocument | null> {
  return (await listLibraryDocuments()).find((d) => d.slug === slug) ?? null;
}

/** The text of a library document, exactly as stored (spans index it). */
export async function readLibraryText(doc: LibraryDocument): Promise<string> {
  if (!doc.slug.startsWith(CASE_PREFIX)) {
    const seed = await findSeed(doc.slug);
    if (!seed) throw new Error(`readLibraryText: ${doc.slug} is not in seeds/manifest.json`);
    return readSeedText(seed);
  }
  const name = doc.slug.slice(CASE_PREFIX.length);
  if (!CASE_NAME.test(name)) throw new Error(`readLibraryText: bad case name ${JSON.stringify(name)}`);
  return readFile(join(CASES_DIR, name, 'a.txt'), 'utf8');
}

/**
 * Reads the manifest and the case folders. A case whose report (a.txt) is byte for byte a seed document adds no
 * document of its own (the seed already is it); either way the case says which seed its report reports on, when
 * its source (b.txt) is byte for byte a seed document.
 */
async function readLibrary(): Promise<LibraryDocument[]> {
  const seeds = await listSeeds();
  const seedTexts = await Promise.all(seeds.map(readSeedText));
  const docs: LibraryDocument[] = seeds.map((s) => ({
    slug: s.slug,
    kind: s.kind,
    outlet: s.outlet,
    title: s.title,
    date: s.date,
    url: null,
    seed: true,
    reportsOn: null,
  }));
  const names = existsSync(CASES_DIR)
    ? (await readdir(CASES_DIR, { withFileTypes: true }))
        .filter((d) => d.isDirectory() && CASE_NAME.test(d.name))
        .map((d) => d.name)
        .sort()
    : [];
  for (const name of names) {
    const dir = join(CASES_DIR, name);
    if (!existsSync(join(dir, 'a.txt')) || !existsSync(join(dir, 'meta.json'))) continue;
    const meta = JSON.parse(await readFile(join(dir, 'meta.json'), 'utf8')) as { a?: Record<string, unknown> };
    const a = meta.a ?? {};
    const text = (key: string): string | null => (typeof a[key] === 'string' ? (a[key] as string) : null);
    const sourceText = existsSync(join(dir, 'b.txt')) ? await readFile(join(dir, 'b.txt'), 'utf8') : null;
    const sourceSeed = sourceText === null ? -1 : seedTexts.indexOf(sourceText);
    const reportsOn = sourceSeed >= 0 ? seeds[sourceSeed]!.slug : null;
    const sameAsSeed = seedTexts.indexOf(await readFile(join(dir, 'a.txt'), 'utf8'));
    if (sameAsSeed >= 0) {
      docs[sameAsSeed]!.reportsOn ??= reportsOn;
      continue;
    }
    docs.push({
      slug: `${CASE_PREFIX}${name}`,
      kind: 'report',
      outlet: text('outlet') ?? name,
      title: text('title') ?? name,
      date: text('date'),
      url: text('url'),
      seed: false,
      reportsOn,
    });
  }
  return docs;
}
