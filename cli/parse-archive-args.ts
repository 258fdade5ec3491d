// The command lines of the archive commands (issue 17): `archive add`, `find` and `batch`. Each takes files and
// named options from a fixed list; `--db FILE` is required by all three. Mistakes become one usage line, as in
// parse-args.ts.
import { CliError, EXIT } from './cli-error.ts';
import type { OutputFormat } from './parse-args.ts';

const SOURCE_KIND_NAMES = ['transcript', 'statement', 'speech', 'original'] as const;
export type SourceKindName = (typeof SOURCE_KIND_NAMES)[number];

export type ArchiveCommand =
  | {
      name: 'archive-add';
      db: string;
      sources: string[];
      /** From the options; each overrides the sidecar's field for every SOURCE. */
      meta: { title?: string; date?: string; outlet?: string; url?: string; kind?: SourceKindName };
    }
  | { name: 'find'; db: string; report: string; format: OutputFormat; limit: number }
  | { name: 'batch'; db: string; reports: string[]; out: string | undefined; resume: boolean };

/** The environment: `--db` defaults to CLAIMDIFF_DATABASE_URL. */
type Env = Readonly<Record<string, string | undefined>>;

const HINT = 'try `claimdiff --help`';
const usageError = (message: string): CliError => new CliError(`${message} (${HINT})`, EXIT.usage);

export const ARCHIVE_USAGE = {
  archiveWhat: 'missing subcommand: use `claimdiff archive add --db FILE SOURCE...`',
  unknownSub: (name: string) => `unknown archive subcommand "${name}": the only one is add`,
  unknownOption: (command: string, name: string) => `unknown option "${name}" for ${command}`,
  missingValue: (name: string) => `option ${name} needs a value`,
  missingDb: (command: string) => `${command} needs --db FILE (the archive database)`,
  missingSources: 'missing SOURCE: use `claimdiff archive add --db FILE SOURCE...`',
  missingReport: 'missing REPORT: use `claimdiff find REPORT --db FILE`',
  tooMany: (extra: string) => `too many arguments: "${extra}" (find takes one REPORT)`,
  missingReports: 'missing REPORT: use `claimdiff batch --db FILE REPORT...` (or a folder of reports)',
  badFormat: (value: string) => `--format must be text or json, not "${value}"`,
  badKind: (value: string) => `--kind must be one of ${SOURCE_KIND_NAMES.join(', ')}, not "${value}"`,
  badLimit: (value: string) => `--limit must be a whole number from 1 to 20, not "${value}"`,
  resumeNeedsOut: '--resume needs --out FILE: it skips the reports already written there',
} as const;

/** Options that take a value, and flags, per command. */
const OPTIONS = {
  'archive add': { values: ['--db', '--title', '--date', '--outlet', '--url', '--kind'], flags: [] },
  find: { values: ['--db', '--format', '--limit'], flags: [] },
  batch: { values: ['--db', '--out'], flags: ['--resume'] },
} as const;
type CommandName = keyof typeof OPTIONS;

/** The positional arguments and options of `command`; `--` ends the options. */
function readOptions(command: CommandName, args: readonly string[], env: Env) {
  const { values, flags } = OPTIONS[command] as { values: readonly string[]; flags: readonly string[] };
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (flags.includes(name) && eq < 0) options.set(name, '');
    else if (values.includes(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--') && value.length > 2))
        throw usageError(ARCHIVE_USAGE.missingValue(name));
      options.set(name, value);
    } else throw usageError(ARCHIVE_USAGE.unknownOption(command, name));
  }
  const db = options.get('--db') ?? env.CLAIMDIFF_DATABASE_URL?.trim();
  if (db === undefined || db === '') throw usageError(ARCHIVE_USAGE.missingDb(command));
  return { positional, options, db };
}

/** `archive add …`, `find …` or `batch …` (argv after the command word). */
export function parseArchiveArgs(
  command: 'archive' | 'find' | 'batch',
  args: readonly string[],
  env: Env = {},
): ArchiveCommand {
  if (command === 'archive') {
    const [sub, ...rest] = args;
    if (sub === undefined) throw usageError(ARCHIVE_USAGE.archiveWhat);
    if (sub !== 'add') throw usageError(ARCHIVE_USAGE.unknownSub(sub));
    const { positional, options, db } = readOptions('archive add', rest, env);
    if (positional.length === 0) throw usageError(ARCHIVE_USAGE.missingSources);
    const kind = options.get('--kind');
    if (kind !== undefined && !(SOURCE_KIND_NAMES as readonly string[]).includes(kind))
      throw usageError(ARCHIVE_USAGE.badKind(kind));
    const meta: Extract<ArchiveCommand, { name: 'archive-add' }>['meta'] = {};
    for (const field of ['title', 'date', 'outlet', 'url'] as const) {
      const value = options.get(`--${field}`);
      if (value !== undefined) meta[field] = value;
    }
    if (kind !== undefined) meta.kind = kind as SourceKindName;
    return { name: 'archive-add', db, sources: positional, meta };
  }
  if (command === 'find') {
    const { positional, options, db } = readOptions('find', args, env);
    const [report, extra] = positional;
    if (report === undefined) throw usageError(ARCHIVE_USAGE.missingReport);
    if (extra !== undefined) throw usageError(ARCHIVE_USAGE.tooMany(extra));
    const format = options.get('--format') ?? 'text';
    if (format !== 'text' && format !== 'json') throw usageError(ARCHIVE_USAGE.badFormat(format));
    const limitText = options.get('--limit') ?? '3';
    const limit = Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > 20) throw usageError(ARCHIVE_USAGE.badLimit(limitText));
    return { name: 'find', db, report, format, limit };
  }
  const { positional, options, db } = readOptions('batch', args, env);
  if (positional.length === 0) throw usageError(ARCHIVE_USAGE.missingReports);
  const out = options.get('--out');
  const resume = options.has('--resume');
  if (resume && out === undefined) throw usageError(ARCHIVE_USAGE.resumeNeedsOut);
  return { name: 'batch', db, reports: positional, out, resume };
}
