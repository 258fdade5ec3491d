// `claimdiff dict import LANG` and `claimdiff dict list`: the FreeDict dictionaries translation mode aligns a German,
// French, Spanish, Italian, Portuguese or Dutch original through (server/dict/). The folder is CLAIMDIFF_DICT_DIR,
// else ~/.cache/claimdiff/dicts.
import { dictFolder, listDictionaries, type DictInfo } from '../server/dict/dict-folder.ts';
import { freedictLanguage } from '../server/dict/freedict-languages.ts';
import { DictImportError, importFreedict } from '../server/dict/import-freedict.ts';
import { CliError, EXIT } from './cli-error.ts';
import type { CliIo } from './claimdiff.ts';
import type { Command } from './parse-args.ts';

type DictCommand = Extract<Command, { name: 'dict-import' | 'dict-list' }>;

export function runDict(command: DictCommand, io: CliIo): number {
  const folder = dictFolder(io.env);
  if (command.name === 'dict-list') {
    const imported = listDictionaries(folder);
    if (imported.length === 0) {
      io.stdout(`no dictionaries imported (in ${folder}): add one with claimdiff dict import LANG, e.g. de\n`);
      return EXIT.ok;
    }
    io.stdout(`imported dictionaries (in ${folder}):\n`);
    for (const info of imported) io.stdout(describe(info));
    return EXIT.ok;
  }
  try {
    freedictLanguage(command.language);
  } catch (error) {
    throw new CliError(`dict import: ${(error as Error).message}`, EXIT.usage);
  }
  let info: DictInfo;
  try {
    info = importFreedict(command.language, {
      folder,
      env: io.env,
      ...(command.from !== undefined && { from: command.from }),
      onStep: (message) => io.stderr(`claimdiff: ${message}…\n`),
    });
  } catch (error) {
    if (error instanceof DictImportError) throw new CliError(`dict import: ${error.message}`, EXIT.badInput);
    throw error;
  }
  io.stdout(`imported ${info.languageName} (${info.name}) into ${folder}:\n${describe(info)}\n`);
  io.stdout(`Licence (kept in ${info.name}.json and ${info.name}.copyright):\n${info.notice}\n`);
  return EXIT.ok;
}

/** One dictionary's lines for `dict list`. */
function describe(info: DictInfo): string {
  const source = info.packageVersion ? `${info.package} ${info.packageVersion}` : info.package;
  return (
    `  ${info.language}  ${info.languageName} (${info.name}): ${info.entries.toLocaleString('en')} headwords, ` +
    `licence ${info.license}, copyright ${info.copyright}\n` +
    `      ${info.description ?? 'FreeDict'}; from ${source}, imported ${info.imported.slice(0, 10)}\n`
  );
}
