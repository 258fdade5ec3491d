// Parses the claimdiff command line. Hand-rolled: two commands and three options do not need a dependency,
// and every mistake must become one line naming the fix. `align` takes REPORT SOURCE; `matrix` takes SOURCE first,
// then one or more REPORTs (issue 6), with the same options.
import { GIVEN_LANGUAGES, type Language } from '../lib/translate/language.ts';
import { REFINE_PASS_NAMES } from '../lib/refine/index.ts';
import { CliError, EXIT } from './cli-error.ts';
import { parseArchiveArgs, type ArchiveCommand } from './parse-archive-args.ts';

/** Output formats of `align` and `matrix`. */
export type OutputFormat = 'text' | 'json';

/** What the command line asks for. */
export type Command =
  | { name: 'help'; topic: HelpTopic }
  | { name: 'version' }
  | {
      name: 'align';
      report: string;
      source: string;
      format: OutputFormat;
      minScore: number | undefined;
      model: string | undefined;
      /** A second `--model`: a matcher model file beside a semantic model, in either order. */
      secondModel?: string;
      skip: string[];
      reportLanguage?: Language;
      sourceLanguage?: Language;
    }
  | { name: 'matrix'; source: string; reports: string[]; format: OutputFormat; minScore: number | undefined }
  /** `dict import LANG [--from PATH]`: import a FreeDict dictionary (cli/dict.ts). */
  | { name: 'dict-import'; language: string; from?: string }
  /** `dict list`: the imported dictionaries. */
  | { name: 'dict-list' }
  | ArchiveCommand;

/** The commands with a help text of their own. */
export type HelpTopic = 'main' | 'align' | 'matrix' | 'archive' | 'find' | 'batch' | 'worker' | 'results' | 'dict';
const TOPICS: readonly string[] = ['align', 'matrix', 'archive', 'find', 'batch', 'worker', 'results', 'dict'];

const HINT = 'try `claimdiff --help`';
const usageError = (message: string): CliError => new CliError(`${message} (${HINT})`, EXIT.usage);

/** Every message about the command line, in one place. */
export const USAGE_MESSAGES = {
  noCommand: 'missing command: use `claimdiff align REPORT SOURCE` or `claimdiff matrix SOURCE REPORT...`',
  unknownCommand: (name: string) =>
    `unknown command "${name}": the commands are align, matrix, archive, find, batch, worker, results and dict`,
  dictUsage: 'use `claimdiff dict import LANG [--from PATH]` or `claimdiff dict list`',
  dictMissingLanguage: 'missing LANG: use `claimdiff dict import LANG` (de, fr, es, it, pt or nl)',
  dictExtra: (extra: string) => `too many arguments: "${extra}" (dict import takes one LANG)`,
  unknownOption: (name: string) => `unknown option "${name}"`,
  missingValue: (name: string) => `option ${name} needs a value`,
  badFormat: (value: string) => `--format must be text or json, not "${value}"`,
  badMinScore: (value: string) => `--min-score must be a number from 0 to 1, not "${value}"`,
  badLanguage: (name: string, value: string) => `${name} takes one of ${LANGUAGES.join(', ')}, not "${value}"`,
  badSkip: (name: string, known: readonly string[]) =>
    `--skip: there is no pass "${name}"; the passes are ${known.join(', ')}`,
  missingReport: 'missing REPORT and SOURCE: use `claimdiff align REPORT SOURCE`',
  tooManyModels: '--model given more than twice: at most a matcher model file and a semantic model folder',
  missingSource: 'missing SOURCE: use `claimdiff align REPORT SOURCE` (report first, then source)',
  tooMany: (extra: string) => `too many arguments: "${extra}" (align takes REPORT and SOURCE)`,
  matrixMissingSource: 'missing SOURCE and REPORT: use `claimdiff matrix SOURCE REPORT...`',
  matrixMissingReport:
    'missing REPORT: use `claimdiff matrix SOURCE REPORT...` (source first, then one or more reports)',
  notAlignOption: (name: string) =>
    `option ${name} belongs to the align command: claimdiff align REPORT SOURCE ${name} ...`,
} as const;

const ALIGN_OPTIONS = new Set(['--format', '--min-score', '--model', '--skip', '--report-lang', '--source-lang']);
/** The languages `--report-lang` and `--source-lang` take (lib/translate/language.ts). */
const LANGUAGES = GIVEN_LANGUAGES;

/** Turns argv (without `node` and the script) into a Command, or throws a CliError with exit status 2. */
export function parseArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): Command {
  // Help wins over every other mistake on the line, so `claimdiff align --bad --help` still helps.
  const dashDash = argv.indexOf('--');
  const optionPart = dashDash >= 0 ? argv.slice(0, dashDash) : argv;
  const wantsHelp = optionPart.some((a) => a === '--help' || a === '-h');
  const first = argv[0];

  if (first === undefined) throw usageError(USAGE_MESSAGES.noCommand);
  if (first === 'help')
    return { name: 'help', topic: TOPICS.includes(argv[1] ?? '') ? (argv[1] as HelpTopic) : 'main' };
  if (first === 'align') return wantsHelp ? { name: 'help', topic: 'align' } : parseAlign(argv.slice(1));
  if (first === 'matrix') return wantsHelp ? { name: 'help', topic: 'matrix' } : parseMatrix(argv.slice(1));
  if (first === 'dict') return wantsHelp ? { name: 'help', topic: 'dict' } : parseDict(argv.slice(1));
  if (first === 'archive' || first === 'find' || first === 'batch' || first === 'worker' || first === 'results')
    return wantsHelp ? { name: 'help', topic: first } : parseArchiveArgs(first, argv.slice(1), env);
  if (wantsHelp) return { name: 'help', topic: 'main' };
  if (first === '--version') return { name: 'version' };
  if (first.startsWith('-')) {
    const name = first.split('=')[0]!;
    throw usageError(
      ALIGN_OPTIONS.has(name) ? USAGE_MESSAGES.notAlignOption(name) : USAGE_MESSAGES.unknownOption(name),
    );
  }
  throw usageError(USAGE_MESSAGES.unknownCommand(first));
}

function parseAlign(args: readonly string[]): Command {
  const { positional, format, minScore, models, skip, reportLanguage, sourceLanguage } = parseOptions(args);
  const [model, secondModel, thirdModel] = models;
  if (thirdModel !== undefined) throw usageError(USAGE_MESSAGES.tooManyModels);
  const [report, source, extra] = positional;
  if (report === undefined) throw usageError(USAGE_MESSAGES.missingReport);
  if (source === undefined) throw usageError(USAGE_MESSAGES.missingSource);
  if (extra !== undefined) throw usageError(USAGE_MESSAGES.tooMany(extra));
  return {
    name: 'align',
    report,
    source,
    format,
    minScore,
    model,
    ...(secondModel !== undefined && { secondModel }),
    skip,
    ...(reportLanguage && { reportLanguage }),
    ...(sourceLanguage && { sourceLanguage }),
  };
}

function parseMatrix(args: readonly string[]): Command {
  const { positional, format, minScore } = parseOptions(args);
  const [source, ...reports] = positional;
  if (source === undefined) throw usageError(USAGE_MESSAGES.matrixMissingSource);
  if (reports.length === 0) throw usageError(USAGE_MESSAGES.matrixMissingReport);
  return { name: 'matrix', source, reports, format, minScore };
}

/** `dict import LANG [--from PATH]` and `dict list`. */
function parseDict(args: readonly string[]): Command {
  const [sub, ...rest] = args;
  if (sub === 'list') {
    if (rest[0] !== undefined)
      throw usageError(rest[0].startsWith('-') ? USAGE_MESSAGES.unknownOption(rest[0]) : USAGE_MESSAGES.dictUsage);
    return { name: 'dict-list' };
  }
  if (sub !== 'import') throw usageError(USAGE_MESSAGES.dictUsage);
  const positional: string[] = [];
  let from: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--from' || arg.startsWith('--from=')) {
      const value = arg === '--from' ? rest[++i] : arg.slice('--from='.length);
      if (value === undefined || value === '') throw usageError(USAGE_MESSAGES.missingValue('--from'));
      from = value;
    } else if (arg.startsWith('-')) throw usageError(USAGE_MESSAGES.unknownOption(arg.split('=')[0]!));
    else positional.push(arg);
  }
  const [language, extra] = positional;
  if (language === undefined) throw usageError(USAGE_MESSAGES.dictMissingLanguage);
  if (extra !== undefined) throw usageError(USAGE_MESSAGES.dictExtra(extra));
  return { name: 'dict-import', language, ...(from !== undefined && { from }) };
}

/** The file arguments and the options of align and matrix, in any order; `--` ends the options. */
function parseOptions(args: readonly string[]): {
  positional: string[];
  format: OutputFormat;
  minScore: number | undefined;
  models: string[];
  skip: string[];
  reportLanguage: Language | undefined;
  sourceLanguage: Language | undefined;
} {
  const positional: string[] = [];
  let format: OutputFormat = 'text';
  let minScore: number | undefined;
  const models: string[] = [];
  const skip: string[] = [];
  let reportLanguage: Language | undefined;
  let sourceLanguage: Language | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    // A lone "-" is a file name here (there is no stdin mode), so it is positional.
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (!ALIGN_OPTIONS.has(name)) throw usageError(USAGE_MESSAGES.unknownOption(name));
    let value: string;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      const next = args[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2))
        throw usageError(USAGE_MESSAGES.missingValue(name));
      value = next;
      i++;
    }
    if (name === '--format') {
      if (value !== 'text' && value !== 'json') throw usageError(USAGE_MESSAGES.badFormat(value));
      format = value;
    } else if (name === '--model') models.push(value);
    else if (name === '--report-lang' || name === '--source-lang') {
      if (!(LANGUAGES as readonly string[]).includes(value)) throw usageError(USAGE_MESSAGES.badLanguage(name, value));
      if (name === '--report-lang') reportLanguage = value as Language;
      else sourceLanguage = value as Language;
    } else if (name === '--skip') {
      for (const pass of value.split(',').filter(Boolean)) {
        if (!REFINE_PASS_NAMES.includes(pass)) throw usageError(USAGE_MESSAGES.badSkip(pass, REFINE_PASS_NAMES));
        skip.push(pass);
      }
    } else {
      const n = value.trim() === '' ? NaN : Number(value);
      if (!Number.isFinite(n) || n < 0 || n > 1) throw usageError(USAGE_MESSAGES.badMinScore(value));
      minScore = n;
    }
  }
  return { positional, format, minScore, models, skip, reportLanguage, sourceLanguage };
}
