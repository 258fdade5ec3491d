// The claimdiff command: parse the line, read the files, call the core, print text or the JSON contract.
// Thin on purpose: all matching lives in lib/. bin/claimdiff.mjs calls runCli with the real process streams;
// tests call it with their own, so no test needs a child process.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parseMatcherModel, type MatcherModel } from '../lib/learn/model.ts';
import { alignMatrix, alignTexts, alignWithScorer, type AlignOptions, type AlignResult } from '../lib/index.ts';
import { alignsAsTranslation } from '../lib/align.ts';
import { loadCrossEncoder } from '../server/semantic/cross-encoder.ts';
import { toContract } from '../lib/contract.ts';
import { toMatrixContract } from '../lib/matrix/contract.ts';
import packageJson from '../package.json' with { type: 'json' };
import { CliError, EXIT } from './cli-error.ts';
import { formatText } from './format-text.ts';
import { formatMatrixText } from './format-matrix-text.ts';
import { runArchiveAdd } from './archive-add.ts';
import { runBatch } from './batch.ts';
import { runFind } from './find.ts';
import { runResults } from './results.ts';
import { runWorker } from './worker.ts';
import { runDict } from './dict.ts';
import { dictFolder, dictionariesFor } from '../server/dict/dict-folder.ts';
import { isLatinLanguage } from '../lib/translate/language.ts';
import { HELP } from './help.ts';
import { parseArgs, type Command } from './parse-args.ts';
import { readInput } from './read-input.ts';

/** Where the CLI writes and what it knows of its surroundings. */
export interface CliIo {
  stdout: (chunk: string) => void;
  stderr: (chunk: string) => void;
  /** Environment variables (NO_COLOR, CLAIMDIFF_DEBUG, CLAIMDIFF_DICT_DIR). */
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colour is used only then). */
  stdoutIsTTY: boolean;
  /** Whether stderr is a terminal (`batch` draws its progress bar only then). Default false. */
  stderrIsTTY?: boolean;
}

/**
 * Runs `claimdiff ARGS…` and returns the exit status. Never throws: every failure is one line on stderr.
 * The archive commands (archive add, find, batch, worker, results) answer with a promise, as the store's methods do; align and
 * matrix answer at once.
 */
export function runCli(argv: readonly string[], io: CliIo): number | Promise<number> {
  try {
    const command = parseArgs(argv, io.env);
    if (command.name === 'help') {
      io.stdout(HELP[command.topic]);
      return EXIT.ok;
    }
    if (
      command.name === 'archive-add' ||
      command.name === 'find' ||
      command.name === 'batch' ||
      command.name === 'worker' ||
      command.name === 'results'
    ) {
      const run =
        command.name === 'archive-add'
          ? runArchiveAdd(command, io)
          : command.name === 'find'
            ? runFind(command, io)
            : command.name === 'batch'
              ? runBatch(command, io)
              : command.name === 'worker'
                ? runWorker(command, io)
                : runResults(command, io);
      return run.catch((error: unknown) => reportError(error, io));
    }
    if (command.name === 'version') {
      io.stdout(`claimdiff ${packageJson.version}\n`);
      return EXIT.ok;
    }
    if (command.name === 'matrix') return runMatrix(command, io);
    if (command.name === 'dict-import' || command.name === 'dict-list') return runDict(command, io);
    const report = readInput(command.report, 'REPORT');
    const source = readInput(command.source, 'SOURCE');
    // A German, French… original is aligned as one only with its imported dictionary (claimdiff dict import).
    const dictionaries = dictionariesFor(source, command.sourceLanguage, dictFolder(io.env));
    if (command.sourceLanguage && isLatinLanguage(command.sourceLanguage) && dictionaries.length === 0)
      io.stderr(
        `claimdiff: no ${command.sourceLanguage} dictionary is imported, so SOURCE is aligned as English: run claimdiff dict import ${command.sourceLanguage} first\n`,
      );
    const { matcherFile, semantic } = splitModels(command.model, command.secondModel);
    const options: AlignOptions = {
      ...(command.minScore !== undefined && { minScore: command.minScore }),
      ...(matcherFile !== undefined && { model: readModel(matcherFile) }),
      ...(command.skip.length > 0 && { skip: command.skip }),
      ...(command.reportLanguage && { reportLanguage: command.reportLanguage }),
      ...(command.sourceLanguage && { sourceLanguage: command.sourceLanguage }),
      ...(dictionaries.length > 0 && { dictionaries }),
    };
    const print = (result: AlignResult) => {
      if (command.format === 'json') io.stdout(JSON.stringify(toContract(result)) + '\n');
      else {
        // A source language given on the command line decides the mode where short texts cannot be told apart.
        const translation = command.sourceLanguage !== undefined && alignsAsTranslation(report, source, options);
        io.stdout(formatText(result, report, source, { color: io.stdoutIsTTY && !io.env.NO_COLOR, translation }));
      }
      return EXIT.ok;
    };
    if (semantic === undefined) return print(alignTexts(report, source, options));
    return loadCrossEncoder(semantic)
      .catch((error: unknown) => {
        throw new CliError((error as Error).message, EXIT.usage);
      })
      .then((scorer) => alignWithScorer(report, source, scorer, options))
      .then(print)
      .catch((error: unknown) => reportError(error, io));
  } catch (error) {
    return reportError(error, io);
  }
}

/** One line on stderr for any failure; returns the exit status. */
function reportError(error: unknown, io: CliIo): number {
  if (error instanceof CliError) {
    io.stderr(`claimdiff: ${error.message}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(
    `claimdiff: internal error: ${message.split('\n')[0]} (please report it; CLAIMDIFF_DEBUG=1 shows the stack)\n`,
  );
  if (io.env.CLAIMDIFF_DEBUG && error instanceof Error && error.stack) io.stderr(error.stack + '\n');
  return EXIT.internal;
}

/** `claimdiff matrix SOURCE REPORT...`: every file is read (and checked) before the matcher runs at all. */
function runMatrix(command: Extract<Command, { name: 'matrix' }>, io: CliIo): number {
  const source = readInput(command.source, 'SOURCE');
  const reports = command.reports.map((path, i) =>
    readInput(path, command.reports.length === 1 ? 'REPORT' : `REPORT ${i + 1}`),
  );
  const dictionaries = dictionariesFor(source, undefined, dictFolder(io.env));
  const run = alignMatrix(source, reports, {
    ...(command.minScore !== undefined && { minScore: command.minScore }),
    ...(dictionaries.length > 0 && { dictionaries }),
  });
  if (command.format === 'json') io.stdout(JSON.stringify(toMatrixContract(run)) + '\n');
  else
    io.stdout(
      formatMatrixText(
        run,
        source,
        reports,
        { source: command.source, reports: command.reports },
        { color: io.stdoutIsTTY && !io.env.NO_COLOR },
      ),
    );
  return EXIT.ok;
}

/** The `--model` values sorted: at most one matcher model file and one semantic model. */
function splitModels(...paths: Array<string | undefined>): { matcherFile?: string; semantic?: string } {
  const given = paths.filter((p): p is string => p !== undefined);
  const semantic: string[] = [];
  const files: string[] = [];
  for (const path of given) (isSemanticModel(path) ? semantic : files).push(path);
  if (semantic.length > 1 || files.length > 1)
    throw new CliError(
      `--model given twice for the same kind (${given.join(', ')}): give one matcher model file and/or one semantic model folder`,
      EXIT.usage,
    );
  return { matcherFile: files[0], semantic: semantic[0] };
}

/**
 * Whether `--model PATH` names a semantic model (a folder, or a hub id such as Xenova/ms-marco-MiniLM-L-6-v2)
 * rather than a matcher model file (JSON, as `npm run train` writes).
 */
function isSemanticModel(path: string): boolean {
  if (existsSync(path)) return statSync(path).isDirectory();
  return !path.endsWith('.json');
}

/** A model file for `--model`: JSON in the shape `npm run train` writes, or a usage error that says what is wrong. */
function readModel(path: string): MatcherModel {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`--model: cannot read ${path}: ${(error as Error).message}`, EXIT.usage);
  }
  try {
    return parseMatcherModel(JSON.parse(text));
  } catch (error) {
    throw new CliError(`--model ${path}: ${(error as Error).message}`, EXIT.usage);
  }
}
