// The command lines of the archive commands (issue 17): `archive add`, `find`, `batch`, and the job queue's
// `worker` and `results`. Each takes files and named options from a fixed list; `--db FILE` (or a postgres:// URL,
// default CLAIMDIFF_DATABASE_URL) is required by all. Mistakes become one usage line, as in
// parse-args.ts.
import { DEFAULT_EXPIRE_SECONDS } from '../server/queue/batch-queue.ts';
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
  | {
      name: 'batch';
      db: string;
      reports: string[];
      out: string | undefined;
      resume: boolean;
      /** Enqueue one job per report for `claimdiff worker` instead of running them here (PostgreSQL only). */
      queue: boolean;
      /** With queue: wait until every report is done, then print the lines as batch does. */
      wait: boolean;
      /** With queue: seconds a job may run before another worker is given it. */
      expire: number;
    }
  | { name: 'worker'; db: string; out: string | undefined; poll: number }
  | { name: 'results'; db: string; batch: string; out: string | undefined; wait: boolean };

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
  queueNeedsUrl: (option: string) => `${option} needs --db postgres://… (the job queue lives in PostgreSQL)`,
  queueOnly: (option: string) => `${option} goes with --queue`,
  resumeNotQueued: '--resume is for a batch run here; a queued batch is resumed by starting workers again',
  badSeconds: (name: string, value: string) =>
    `${name} must be a whole number of seconds from 1 to 86400, not "${value}"`,
  missingBatch: 'missing BATCH: use `claimdiff results --db URL BATCH` (the id `claimdiff batch --queue` printed)',
  tooManyBatches: (extra: string) => `too many arguments: "${extra}" (results takes one BATCH)`,
  noArguments: (extra: string) => `unexpected argument "${extra}" (worker takes only options)`,
} as const;

/** Options that take a value, and flags, per command. */
const OPTIONS = {
  'archive add': { values: ['--db', '--title', '--date', '--outlet', '--url', '--kind'], flags: [] },
  find: { values: ['--db', '--format', '--limit'], flags: [] },
  batch: { values: ['--db', '--out', '--expire'], flags: ['--resume', '--queue', '--wait'] },
  worker: { values: ['--db', '--out', '--poll'], flags: [] },
  results: { values: ['--db', '--out'], flags: ['--wait'] },
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

/** A whole number of seconds from 1 to a day, or a usage error naming the option. */
function seconds(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 86_400) throw usageError(ARCHIVE_USAGE.badSeconds(name, value));
  return n;
}

const isUrl = (db: string): boolean => /^postgres(ql)?:\/\//i.test(db.trim());

/** `archive add …`, `find …`, `batch …`, `worker …` or `results …` (argv after the command word). */
export function parseArchiveArgs(
  command: 'archive' | 'find' | 'batch' | 'worker' | 'results',
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
  if (command === 'worker') {
    const { positional, options, db } = readOptions('worker', args, env);
    if (positional[0] !== undefined) throw usageError(ARCHIVE_USAGE.noArguments(positional[0]));
    if (!isUrl(db)) throw usageError(ARCHIVE_USAGE.queueNeedsUrl('worker'));
    return { name: 'worker', db, out: options.get('--out'), poll: seconds('--poll', options.get('--poll') ?? '1') };
  }
  if (command === 'results') {
    const { positional, options, db } = readOptions('results', args, env);
    const [batch, extra] = positional;
    if (batch === undefined) throw usageError(ARCHIVE_USAGE.missingBatch);
    if (extra !== undefined) throw usageError(ARCHIVE_USAGE.tooManyBatches(extra));
    if (!isUrl(db)) throw usageError(ARCHIVE_USAGE.queueNeedsUrl('results'));
    return { name: 'results', db, batch, out: options.get('--out'), wait: options.has('--wait') };
  }
  const { positional, options, db } = readOptions('batch', args, env);
  if (positional.length === 0) throw usageError(ARCHIVE_USAGE.missingReports);
  const out = options.get('--out');
  const resume = options.has('--resume');
  const queue = options.has('--queue');
  const wait = options.has('--wait');
  const expireText = options.get('--expire');
  if (resume && out === undefined) throw usageError(ARCHIVE_USAGE.resumeNeedsOut);
  if (queue && !isUrl(db)) throw usageError(ARCHIVE_USAGE.queueNeedsUrl('--queue'));
  if (queue && resume) throw usageError(ARCHIVE_USAGE.resumeNotQueued);
  if (!queue && wait) throw usageError(ARCHIVE_USAGE.queueOnly('--wait'));
  if (!queue && expireText !== undefined) throw usageError(ARCHIVE_USAGE.queueOnly('--expire'));
  const expire = expireText === undefined ? DEFAULT_EXPIRE_SECONDS : seconds('--expire', expireText);
  return { name: 'batch', db, reports: positional, out, resume, queue, wait, expire };
}
