// Where imported dictionaries live and how they are read back: one folder per user, `~/.cache/claimdiff/dicts`
// (as semantic models live in `~/.cache/claimdiff/models`, server/semantic/cross-encoder.ts), or
// CLAIMDIFF_DICT_DIR. Each dictionary is three files named by its FreeDict name: `deu-eng.tsv` (headword TAB gloss
// words, one a line), `deu-eng.json` (what it is: language, package, entries, licence) and `deu-eng.copyright`
// (the package's copyright file, kept with the data it covers).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import {
  detectLanguage,
  isLatinLanguage,
  LATIN_LANGUAGES,
  type Language,
  type LatinLanguage,
} from '../../lib/translate/language.ts';
import { readGlossTable } from '../../lib/translate/gloss-table.ts';
import { detectLatinLanguage } from '../../lib/translate/latin-language.ts';
import type { TranslationDictionary } from '../../lib/types.ts';

/** The folder imported dictionaries are kept in. */
export const dictFolder = (env: Readonly<Record<string, string | undefined>>): string =>
  env.CLAIMDIFF_DICT_DIR || join(homedir(), '.cache', 'claimdiff', 'dicts');

const infoSchema = z.object({
  version: z.literal(1),
  /** FreeDict's name, `deu-eng`: the files' base name. */
  name: z.string().regex(/^[a-z]{3}-eng$/),
  language: z.enum(LATIN_LANGUAGES as [Language, ...Language[]]),
  languageName: z.string(),
  package: z.string(),
  /** The Debian package's version, when it came from a .deb. */
  packageVersion: z.string().nullable(),
  /** The dictionary's own description (`German - English Ding/FreeDict dictionary ver. 1.9-fd1`). */
  description: z.string().nullable(),
  entries: z.number().int().nonnegative(),
  license: z.string(),
  copyright: z.string(),
  /** What to credit: the dictionary's copyright paragraph and its licence text. */
  notice: z.string(),
  /** The .deb or folder it was read from. */
  from: z.string(),
  imported: z.string(),
});

/** What `deu-eng.json` says of an imported dictionary. */
export type DictInfo = z.infer<typeof infoSchema>;

const paths = (folder: string, name: string) => ({
  table: join(folder, `${name}.tsv`),
  info: join(folder, `${name}.json`),
  copyright: join(folder, `${name}.copyright`),
});

/** Writes a dictionary's files, each through a temporary name, so a reader never sees half a table. */
export function writeDictionary(
  folder: string,
  info: DictInfo,
  glosses: ReadonlyMap<string, string>,
  copyrightFile: string | null,
): void {
  mkdirSync(folder, { recursive: true });
  const { table, info: infoPath, copyright } = paths(folder, info.name);
  const put = (path: string, text: string) => {
    writeFileSync(`${path}.part`, text);
    renameSync(`${path}.part`, path);
  };
  put(table, [...glosses].map(([headword, words]) => `${headword}\t${words}\n`).join(''));
  if (copyrightFile !== null) put(copyright, copyrightFile);
  // The description last: a dictionary counts as imported once it is there.
  put(infoPath, JSON.stringify(infoSchema.parse(info), null, 2) + '\n');
}

/** The dictionaries imported into `folder`, by name; a description that cannot be read is left out. */
export function listDictionaries(folder: string): DictInfo[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => /^[a-z]{3}-eng\.json$/.test(f))
    .sort()
    .flatMap((f) => {
      const info = readInfo(join(folder, f));
      return info && existsSync(paths(folder, info.name).table) ? [info] : [];
    });
}

function readInfo(path: string): DictInfo | null {
  try {
    return infoSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return null;
  }
}

/** Tables already read in this process, by path, with the file's modification time. */
const loaded = new Map<string, { mtimeMs: number; dictionary: TranslationDictionary }>();

/** The imported dictionary of `language` in `folder`, read once per process; null when none is imported. */
export function loadDictionary(folder: string, language: Language): TranslationDictionary | null {
  const info = listDictionaries(folder).find((d) => d.language === language);
  if (!info) return null;
  const { table } = paths(folder, info.name);
  const { mtimeMs } = statSync(table);
  const cached = loaded.get(table);
  if (cached && cached.mtimeMs === mtimeMs) return cached.dictionary;
  const glosses = readGlossTable(readFileSync(table, 'utf8'));
  const dictionary: TranslationDictionary = { language: info.language, glosses };
  loaded.set(table, { mtimeMs, dictionary });
  return dictionary;
}

/**
 * The dictionaries an alignment of `source` needs, from those imported into `folder`: the one of the language
 * given, else of the language the source's function words clearly show (lib/translate/latin-language.ts); none
 * when no dictionary is imported (the common case, which costs one look at the folder) or the source is not in a
 * language of one. Only that one table is read.
 */
export function dictionariesFor(
  source: string,
  sourceLanguage: Language | undefined,
  folder: string,
): TranslationDictionary[] {
  const imported = listDictionaries(folder).map((d) => d.language);
  if (imported.length === 0) return [];
  const among = imported.filter(isLatinLanguage);
  const wanted = sourceLanguage ?? (detectLanguage(source) === 'en' ? detectLatinLanguage(source, among) : undefined);
  if (wanted === undefined || !among.includes(wanted as LatinLanguage)) return [];
  const dictionary = loadDictionary(folder, wanted);
  return dictionary ? [dictionary] : [];
}
