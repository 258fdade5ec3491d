// `claimdiff dict import LANG`: gets FreeDict's dictionary of LANG into English as Debian packages it
// (`apt-get download dict-freedict-deu-eng` into a temporary folder, then `dpkg-deb -x`), or takes a .deb already
// downloaded, or a folder holding the dictd files (an extracted package, or /usr/share/dictd where the package is
// installed), and writes the compact gloss table translation mode reads (dict-folder.ts) with its licence.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { dictLicence } from './debian-copyright.ts';
import { writeDictionary, type DictInfo } from './dict-folder.ts';
import { buildGlossTable, DictFileError, parseDictdIndex, readDictData } from './dictd.ts';
import { freedictLanguage, packageOf, type FreedictLanguage } from './freedict-languages.ts';

/** Anything that stops an import: the message says what is wrong and what to do. */
export class DictImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DictImportError';
  }
}

export interface ImportOptions {
  /** The folder to write into (dict-folder.ts's dictFolder). */
  folder: string;
  /** A .deb already downloaded, or a folder with the dictd files; default: download the package with apt-get. */
  from?: string;
  /** The environment the commands run in (its PATH finds apt-get and dpkg-deb). */
  env: Readonly<Record<string, string | undefined>>;
  /** Told of each step, for the command's progress lines. */
  onStep?: (message: string) => void;
}

/** The dictd files of one dictionary, and what is known of where they came from. */
interface Found {
  index: string;
  dict: string;
  copyright: string | null;
  packageVersion: string | null;
}

/** Imports the dictionary of `languageName` (`de`, `deu`, `german`…) and describes what was written. */
export function importFreedict(languageName: string, options: ImportOptions): DictInfo {
  let entry: FreedictLanguage;
  try {
    entry = freedictLanguage(languageName);
  } catch (error) {
    throw new DictImportError((error as Error).message);
  }
  const work = mkdtempSync(join(tmpdir(), 'claimdiff-dict-'));
  try {
    const found = locate(entry, options, work);
    return importFound(entry, found, options);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function locate(entry: FreedictLanguage, options: ImportOptions, work: string): Found {
  const pkg = packageOf(entry);
  const step = options.onStep ?? (() => {});
  if (options.from === undefined) {
    step(`downloading ${pkg} with apt-get`);
    run('apt-get', ['download', pkg], work, options.env, (output) =>
      /unable to locate package|has no installation candidate|no packages found/i.test(output)
        ? `there is no Debian package ${pkg} in this machine's package lists (try apt-get update, or download it elsewhere and give it with --from FILE.deb)`
        : null,
    );
    const deb = readdirSync(work).find((f) => f.startsWith(`${pkg}_`) && f.endsWith('.deb'));
    if (!deb) throw new DictImportError(`apt-get download ${pkg} finished but left no .deb file`);
    return extract(join(work, deb), entry, options, work);
  }
  const from = options.from;
  if (!existsSync(from)) throw new DictImportError(`--from ${from}: no such file or folder`);
  if (statSync(from).isDirectory()) return inFolder(from, entry, null);
  if (!from.endsWith('.deb'))
    throw new DictImportError(`--from ${from}: give a .deb file (${pkg}_*.deb) or a folder holding the dictd files`);
  return extract(from, entry, options, work);
}

/** Unpacks a .deb with dpkg-deb and finds the dictionary in it. */
function extract(deb: string, entry: FreedictLanguage, options: ImportOptions, work: string): Found {
  const into = join(work, 'deb');
  (options.onStep ?? (() => {}))(`unpacking ${basename(deb)}`);
  run(
    'dpkg-deb',
    ['-x', deb, into],
    work,
    options.env,
    (_, last) => `${deb} is corrupt or not a Debian package (${last})`,
  );
  // dict-freedict-deu-eng_2022.04.21-1_all.deb: name_version_architecture.deb
  const version = basename(deb).match(/^[^_]+_([^_]+)_[^_]+\.deb$/)?.[1] ?? null;
  return inFolder(into, entry, version, deb);
}

/** The dictd files under `folder`: in it, in usr/share/dictd, and the copyright file beside or above them. */
function inFolder(folder: string, entry: FreedictLanguage, packageVersion: string | null, shown = folder): Found {
  const base = `freedict-${entry.code}-eng`;
  const pkg = packageOf(entry);
  const places = [folder, join(folder, 'usr', 'share', 'dictd')];
  const at = places.find((p) => existsSync(join(p, `${base}.index`)));
  if (!at) throw new DictImportError(`${shown} holds no ${base}.index (the dictd files of ${pkg})`);
  const dict = [`${base}.dict.dz`, `${base}.dict`].map((f) => join(at, f)).find((f) => existsSync(f));
  if (!dict) throw new DictImportError(`${shown} holds ${base}.index but no ${base}.dict.dz`);
  const copyright = [
    join(folder, 'usr', 'share', 'doc', pkg, 'copyright'),
    join(dirname(at), 'doc', pkg, 'copyright'),
    join(at, 'copyright'),
  ].find((f) => existsSync(f));
  return { index: join(at, `${base}.index`), dict, copyright: copyright ?? null, packageVersion };
}

function importFound(entry: FreedictLanguage, found: Found, options: ImportOptions): DictInfo {
  (options.onStep ?? (() => {}))(`reading ${basename(found.index)} and ${basename(found.dict)}`);
  let table;
  try {
    const index = parseDictdIndex(readFileSync(found.index, 'utf8'), basename(found.index));
    table = buildGlossTable(index, readDictData(readFileSync(found.dict), basename(found.dict)), basename(found.dict));
  } catch (error) {
    if (error instanceof DictFileError) throw new DictImportError(error.message);
    throw error;
  }
  if (table.glosses.size === 0)
    throw new DictImportError(`${basename(found.dict)} has no entry with an English translation`);
  const copyrightFile = found.copyright ? readFileSync(found.copyright, 'utf8') : null;
  const licence = copyrightFile ? dictLicence(copyrightFile, entry.code) : null;
  const info: DictInfo = {
    version: 1,
    name: `${entry.code}-eng`,
    language: entry.language,
    languageName: entry.name,
    package: packageOf(entry),
    packageVersion: found.packageVersion,
    description: table.description,
    entries: table.glosses.size,
    license: licence?.license ?? 'unknown: no Debian copyright file was found with the dictionary',
    copyright: licence?.copyright ?? 'FreeDict contributors',
    notice: licence?.notice ?? `FreeDict ${entry.code}-eng dictionary (https://freedict.org/); see its copyright file`,
    from: options.from ?? `apt-get download ${packageOf(entry)}`,
    imported: new Date().toISOString(),
  };
  writeDictionary(options.folder, info, table.glosses, copyrightFile);
  return info;
}

/**
 * Runs a command in `cwd`; a command that is not installed, or that fails, is a DictImportError: `explain` may
 * turn its output into the message, else the message quotes its last line.
 */
function run(
  command: string,
  args: readonly string[],
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
  explain: (output: string, lastLine: string) => string | null,
): void {
  const result = spawnSync(command, args, { cwd, env: { ...env } as NodeJS.ProcessEnv, encoding: 'utf8' });
  if (result.error) {
    const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new DictImportError(
      missing
        ? `${command} is not available on this machine: download ${args.includes('download') ? `the package ${args[args.length - 1]}` : 'the dictionary'} elsewhere and give the unpacked folder with --from FOLDER${command === 'apt-get' ? ' (or the .deb, where dpkg-deb is installed)' : ''}`
        : `${command} could not run: ${result.error.message}`,
    );
  }
  if (result.status === 0) return;
  const output = `${result.stderr ?? ''}\n${result.stdout ?? ''}`;
  const last =
    output
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('W:'))
      .pop() ?? `exit status ${result.status}`;
  throw new DictImportError(explain(output, last) ?? `${command} ${args.join(' ')} failed: ${last}`);
}
