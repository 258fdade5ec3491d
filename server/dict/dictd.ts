// Reads a dictd dictionary (the format FreeDict ships to Debian: `freedict-deu-eng.index` and
// `freedict-deu-eng.dict.dz`) into the compact table translation mode uses: headword → English gloss words.
// The index has one line per entry, `headword TAB offset TAB length`, the numbers in dictd's base64 digits
// (A–Z a–z 0–9 + /, most significant first; dictd(8), "Database Format"). The .dict.dz is dictzip, which is gzip
// with a chunk table in its header, so gunzip reads it whole.
// A FreeDict entry is its headword line (`Haus /hˈaʊs/ <neut, n, sg>`), then its translations, one sense a line
// (`house <n>`, ` [jur.] law <n>, statute <n>`, `1. control, reign, rule`), then indented examples, notes,
// synonyms and cross-references (`see: {…}`), which are not translations and are skipped.
import { gunzipSync } from 'node:zlib';

/** A problem with a file of the dictionary: the message names the file and what is wrong. */
export class DictFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DictFileError';
  }
}

/** One line of a dictd index. */
export interface IndexEntry {
  headword: string;
  /** Byte offset of the definition in the uncompressed .dict. */
  offset: number;
  /** Its length in bytes. */
  length: number;
}

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A dictd base64 number (`BKpro`), or NaN when it holds another character. */
export function decodeDictdNumber(digits: string): number {
  let n = 0;
  for (const c of digits) {
    const d = DIGITS.indexOf(c);
    if (d < 0) return NaN;
    n = n * 64 + d;
  }
  return digits === '' ? NaN : n;
}

/** The entries of a dictd index; a malformed line is an error naming it (`file` names the index in messages). */
export function parseDictdIndex(text: string, file = 'index'): IndexEntry[] {
  const entries: IndexEntry[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const fields = line.split('\t');
    const offset = decodeDictdNumber(fields[1] ?? '');
    const length = decodeDictdNumber(fields[2] ?? '');
    if (fields.length < 3 || !Number.isFinite(offset) || !Number.isFinite(length))
      throw new DictFileError(`${file} is corrupt: line ${i + 1} is not "headword TAB offset TAB length"`);
    entries.push({ headword: fields[0]!, offset, length });
  }
  if (entries.length === 0) throw new DictFileError(`${file} is corrupt: it has no entries`);
  return entries;
}

/** The uncompressed text of a .dict.dz (dictzip, i.e. gzip), or of a plain .dict when it is not compressed. */
export function readDictData(bytes: Uint8Array, file = 'dict'): Buffer {
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  if (!gzip) {
    if (file.endsWith('.dz')) throw new DictFileError(`${file} is corrupt: it is not dictzip (gzip) data`);
    return Buffer.from(bytes);
  }
  try {
    return gunzipSync(bytes);
  } catch (error) {
    throw new DictFileError(`${file} is corrupt: ${(error as Error).message}`);
  }
}

/** Lines of an entry that are not translations: cross-references, synonyms, notes and the like. */
const NOT_TRANSLATION = /^(?:see|synonyms?|antonyms?|note|notes|also|cf|compare|plural|pl|usage)\b\.?:?/i;
/** Words of dictionary notation, not of the translation: `sb.`, `sth.`, `one's` and German `jdm.`, `etw.`. */
const NOTATION = new Set([
  'sb',
  'sth',
  'smb',
  'smth',
  "sb's",
  "sth's",
  "one's",
  'oneself',
  'o.s',
  'etw',
  'jdm',
  'jdn',
  'jds',
]);
/** Gloss words kept per headword: the first senses carry the sense a text most likely means. */
export const MAX_GLOSS_WORDS = 24;

/**
 * The English words of an entry's translations, lower-case, in order, each once: the lines after the headword
 * line that are not indented past one space (examples and notes are), without sense numbers, labels (`[jur.]`),
 * grammar (`<n>`), pronunciations (`/…/`), asides (`(…)`) and references (`{…}`).
 */
export function glossWords(definition: string): string[] {
  const words: string[] = [];
  const seen = new Set<string>();
  for (const line of definition.split('\n').slice(1)) {
    const indent = line.length - line.trimStart().length;
    const body = line.trim();
    if (indent > 1 || body === '' || body.startsWith('"') || NOT_TRANSLATION.test(body)) continue;
    const plain = body
      .replace(/^\d+\.\s*/, '')
      .replace(/\[[^\]]*\]|<[^>]*>|\([^)]*\)|\{[^}]*\}|\/[^/]*\//g, ' ')
      .toLowerCase();
    for (const match of plain.matchAll(/[a-z][a-z'’-]*[a-z]|[a-z]/g)) {
      const word = match[0].replace(/’/g, "'");
      if (NOTATION.has(word) || seen.has(word)) continue;
      seen.add(word);
      words.push(word);
      if (words.length >= MAX_GLOSS_WORDS) return words;
    }
  }
  return words;
}

/** The longest headword kept, in words: translation mode looks phrases up to this long. */
export const MAX_HEADWORD_WORDS = 3;

/** The dictionary's own description (`00databaseshort`: "German - English Ding/FreeDict dictionary ver. 1.9-fd1"). */
export interface DictdTable {
  /** Headword → gloss words (space-separated), for every headword with a gloss. */
  glosses: Map<string, string>;
  /** The `00databaseshort` entry, when there is one. */
  description: string | null;
}

/**
 * The headword → gloss table of a dictd dictionary. Headwords are lower-cased, with their spaces collapsed;
 * headwords longer than three words, and entries without an English word, are left out; several entries of one
 * headword (its senses) are joined in index order.
 */
export function buildGlossTable(index: readonly IndexEntry[], data: Buffer, file = 'dict'): DictdTable {
  const glosses = new Map<string, string>();
  let description: string | null = null;
  const collected = new Map<string, string[]>();
  for (const entry of index) {
    if (entry.offset + entry.length > data.length)
      throw new DictFileError(
        `${file} is corrupt or does not belong to its index: "${entry.headword}" points past its end`,
      );
    if (entry.headword.startsWith('00database')) {
      if (entry.headword === '00databaseshort')
        description = data.toString('utf8', entry.offset, entry.offset + entry.length).trim();
      continue;
    }
    const headword = entry.headword.trim().toLowerCase().replace(/\s+/g, ' ');
    if (headword === '' || headword.split(' ').length > MAX_HEADWORD_WORDS || /[\t\n]/.test(headword)) continue;
    const words = glossWords(data.toString('utf8', entry.offset, entry.offset + entry.length));
    if (words.length === 0) continue;
    const list = collected.get(headword);
    if (!list) collected.set(headword, words);
    else for (const w of words) if (list.length < MAX_GLOSS_WORDS && !list.includes(w)) list.push(w);
  }
  for (const [headword, words] of collected) glosses.set(headword, words.join(' '));
  return { glosses, description };
}
