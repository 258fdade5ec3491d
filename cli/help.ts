// The help texts of `claimdiff --help`, `claimdiff align --help` and `claimdiff matrix --help`: every option, the
// argument order, exit statuses.
import { REFINE_PASS_NAMES } from '../lib/refine/index.ts';
import { EXIT } from './cli-error.ts';
import { MAX_FILE_BYTES } from '../lib/input/limits.ts';
import { DEFAULT_EXPIRE_SECONDS } from '../server/queue/batch-queue.ts';

const limitMb = MAX_FILE_BYTES / (1024 * 1024);

export const MAIN_HELP = `claimdiff: align the statements a report carries with the source it reports on.

Usage:
  claimdiff align REPORT SOURCE [--format text|json] [--min-score N]
  claimdiff matrix SOURCE REPORT... [--format text|json] [--min-score N]
  claimdiff archive add --db FILE SOURCE... [--title T] [--date D] [--outlet O] [--url U] [--kind K]
  claimdiff find REPORT --db FILE [--format text|json] [--limit N]
  claimdiff batch --db FILE REPORT...|FOLDER [--out FILE] [--resume]
  claimdiff batch --queue --db URL REPORT...|FOLDER [--wait [--out FILE]] [--expire SECONDS]
  claimdiff worker --db URL [--out FILE] [--poll SECONDS]
  claimdiff results --db URL BATCH [--wait] [--out FILE]
  claimdiff dict import LANG [--from PATH]
  claimdiff dict list
  claimdiff align --help      options of align, input rules, exit statuses
  claimdiff dict --help       the dictionaries of translation mode
  claimdiff matrix --help     options of matrix and its JSON
  claimdiff --help            this text
  claimdiff --version         the version

Commands:
  align   For every statement of REPORT (a wire story, article or translation under audit), find the
          place(s) in SOURCE (the transcript, statement or original it reports) it comes from, say whether
          it is a quote, a paraphrase or a partial rendering, show a word diff, and list what REPORT added
          and what it left out. REPORT comes first, then SOURCE.
  matrix  Line up several reports of one SOURCE, statement by statement: one row per source statement,
          one column per report, saying whether each report quotes it (exactly or altered), paraphrases
          it, carries part of it, or leaves it out. Here SOURCE comes first, then the REPORTs.
  archive add  Put source documents (transcripts, statements, speeches) in an archive database with a
          full-text index; the database is created when missing.
  find    Find a report's source in the archive: the likely sources, best first, with the passages
          that drew the match.
  batch   Find each report's source and align the report with it: one JSON line per report.
          With --queue (PostgreSQL), one job per report for any number of workers instead.
  worker  Take the jobs of batch --queue, one at a time, until stopped.
  results Print the JSON lines of a queued batch.
  dict    Import a FreeDict dictionary (German, French, Spanish, Italian, Portuguese or Dutch into
          English), so that align reads an English report of an original in that language as its
          translation; list the imported ones.

--db takes a SQLite file or a postgres:// URL; it defaults to CLAIMDIFF_DATABASE_URL when that is set.

Example:
  claimdiff align story.txt transcript.txt
  claimdiff align story.txt transcript.txt --format json > alignment.json
  claimdiff matrix transcript.txt wire.txt paper.txt --format json > matrix.json
`;

export const ALIGN_HELP = `Usage: claimdiff align REPORT SOURCE [options]

Aligns the statements of REPORT with the places in SOURCE they report.
The order matters: REPORT first, then SOURCE.

Arguments:
  REPORT              the document that reports: a wire story, article, summary or translation under audit
  SOURCE              what it reports on: a transcript, statement, speech or original

Options:
  --format text|json  text (the default): a readable report for a terminal: each alignment numbered with
                      its kind, score, flags and their reasons, both passages and an inline word diff
                      ([-only in the source-] {+only in the report+}), then what was added and omitted,
                      then a one-line summary.
                      json: one JSON object on stdout and nothing else: {version, report: {length},
                      source: {length}, alignments: [{report, source, kind, score, diff, flags}], added,
                      omitted}. Spans are {start, end} offsets in JS string units (UTF-16 code units)
                      into each file's text decoded as UTF-8, exactly as read (no trimming, no newline
                      changes). Use it in scripts.
  --min-score N       drop alignments scoring below N, a number from 0 to 1 (default: the matcher's own)
  --model FILE        use the learned decisions in FILE (written by npm run train) instead of the built-in ones
  --model DIR         also ask a semantic model whether each passage states the same thing as its source
                      place: a folder holding a cross-encoder or NLI model in ONNX (config.json,
                      tokenizer.json, onnx/model.onnx), or a model id downloaded once where there is
                      internet (Xenova/ms-marco-MiniLM-L-6-v2); needs the optional package
                      @huggingface/transformers; --model may be given twice, a FILE and a DIR
  --skip NAME[,NAME]  leave out refine passes: ${REFINE_PASS_NAMES.join(', ')}
  --report-lang L     the report's language (en, zh, uk, ru, de, fr, es, it, pt, nl); detected from its
                      script when not given
  --source-lang L     the source's language; an English report of a Chinese, Ukrainian or Russian source is
                      aligned as its translation (in order, sentence by sentence), and so is one of a German,
                      French, Spanish, Italian, Portuguese or Dutch source once its dictionary is imported
                      (claimdiff dict import L); such a source is also told by its function words, when they
                      leave no doubt
  -h, --help          show this help and exit
  --version           print the version and exit (claimdiff --version)

Input:
  Both files must be UTF-8 text (a BOM is allowed and kept), not empty, not whitespace only, without NUL
  bytes, and at most ${limitMb} MB each. Anything else is refused with one line on stderr.

Output:
  Results go to stdout, errors to stderr. Text output is coloured only when stdout is a terminal and the
  NO_COLOR environment variable is not set.

Exit status:
  ${EXIT.ok}   success
  ${EXIT.badInput}   a file is missing, unreadable, a directory, empty, whitespace only, binary, not UTF-8 or too large
  ${EXIT.usage}   bad command line: unknown command or option, missing or extra arguments, bad option value
  ${EXIT.internal}  internal error (a bug; set CLAIMDIFF_DEBUG=1 to see the stack trace)

Examples:
  claimdiff align story.txt transcript.txt
  claimdiff align story.txt transcript.txt --format json --min-score 0.5
`;

export const MATRIX_HELP = `Usage: claimdiff matrix SOURCE REPORT... [options]

Lines up one or more REPORTs of the same SOURCE, statement by statement: each REPORT is aligned with SOURCE
exactly as \`claimdiff align REPORT SOURCE\` would, then every source statement the reports draw on becomes a
row with one cell per report.
The order matters: SOURCE first (the transcript, statement or original), then the REPORTs, one or more, in
the order the columns should have. (This is the other way round from align, which takes REPORT SOURCE.)
For two reports of one event and no source, give one report as SOURCE and the other as the REPORT.

Arguments:
  SOURCE              what the reports report on: a transcript, statement, speech or original
  REPORT...           the reports: wire stories, articles, summaries or translations under audit

Options:
  --format text|json  text (the default): one line per source statement with a column per report
                      (Q quote, Q! altered quote, P paraphrase, p partial, - not carried), then for each
                      report the statements it carries and the added material no other report has.
                      json: one JSON object on stdout and nothing else:
                        {version: 1, source: {length}, reports: [{length}, ...],
                         rows: [{source: [span], cells: [{kind, score, report: [span]} or null, ...]}],
                         pairs: [the align JSON of each report, in order]}
                      A row is a source statement (a sentence without its speaker label, or a clause of it
                      when a report carries only part of the sentence), in source order; its cells are in
                      REPORT order, null where that report does not carry it. pairs[i] is exactly what
                      \`claimdiff align REPORT_i SOURCE --format json\` prints. Spans are {start, end} offsets
                      in JS string units (UTF-16 code units) into each file's text as read.
  --min-score N       drop alignments scoring below N, a number from 0 to 1 (default: the matcher's own);
                      the same for every pair
  -h, --help          show this help and exit

Input:
  Every file must be UTF-8 text, not empty, not whitespace only, without NUL bytes, and at most
  ${limitMb} MB. The first unusable file is named on stderr (SOURCE, REPORT 1, REPORT 2, ...).

Exit status:
  ${EXIT.ok}   success
  ${EXIT.badInput}   a file is missing, unreadable, a directory, empty, whitespace only, binary, not UTF-8 or too large
  ${EXIT.usage}   bad command line: unknown option, no SOURCE or no REPORT, bad option value
  ${EXIT.internal}  internal error (a bug; set CLAIMDIFF_DEBUG=1 to see the stack trace)

Examples:
  claimdiff matrix transcript.txt wire.txt paper.txt
  claimdiff matrix transcript.txt wire.txt paper.txt --format json > matrix.json
`;

export const ARCHIVE_HELP = `Usage: claimdiff archive add --db FILE SOURCE... [options]

Puts each SOURCE (a transcript, statement, speech or original, UTF-8 text) in the archive database FILE,
with a full-text index (SQLite FTS5). FILE is created when missing. A text already archived is not stored
twice. Prints one line per SOURCE: "added ID PATH" or "already archived ID PATH". The absolute path of
each file is kept.

Metadata comes from a sidecar JSON file beside each SOURCE (story.txt.json, else story.json) with any of
{"title", "date", "outlet", "url", "kind"}, and from the options, which win over the sidecar:
  --db FILE           the archive database (required)
  --title TEXT        title of every SOURCE given
  --date DATE         date, YYYY-MM-DD when known that precisely
  --outlet NAME       who published it
  --url URL           where it was published
  --kind KIND         transcript (the default), statement, speech or original

Every file and sidecar is checked before anything is written: a bad one (exit ${EXIT.badInput}) leaves the archive as it was.

Example:
  claimdiff archive add --db archive.db briefings/*.txt
`;

export const FIND_HELP = `Usage: claimdiff find REPORT --db FILE [options]

Finds the source of REPORT in the archive FILE. Candidate search looks for the report's rarest words and
phrases in the archive (quoted phrases weigh most); then the matcher aligns REPORT with the best few and
ranks them by how much of the report each accounts for. The first is the source that accounts for most;
each next one accounts for most of what those above leave unexplained, so a story that draws on two
briefings gets both first.

Options:
  --db FILE           the archive database (required; it must exist: create it with claimdiff archive add)
  --format text|json  text (the default): a numbered list. json: one object on stdout:
                        {"version": 1, "candidates": [{"id", "title", "path", "date", "score",
                         "passages": [{"start", "end"}]}]}
                      score: 0..1, the share of the report the source accounts for (report characters
                      inside an alignment, weighed by its score). passages: the source spans that drew
                      the match, in JS string units into the source's text.
  --limit N           how many candidates the matcher ranks and prints, 1 to 20 (default 3)

Example:
  claimdiff find story.txt --db archive.db --format json
`;

export const BATCH_HELP = `Usage: claimdiff batch --db FILE REPORT... [options]

For each REPORT (or each .txt file of a FOLDER given instead), finds its source in the archive FILE as
claimdiff find does, and aligns REPORT with the first candidate. Writes one JSON line per report, in order:
  {"report": PATH, "source": {"id", "title", "path", "date", "score", "passages"} or null,
   "align": the JSON of claimdiff align REPORT SOURCE --format json, or null}
A report that cannot be read gets {"report": PATH, "error": MESSAGE} and the batch goes on; the exit
status is then ${EXIT.badInput}. A progress bar is drawn on stderr when it is a terminal.

Options:
  --db FILE     the archive database (required; it must exist), or a postgres:// URL
  --out FILE    append the lines to FILE instead of stdout, each as soon as its report is done
  --resume      with --out: skip the reports FILE already holds a result for (failed ones are tried again)

  --queue       enqueue one job per report in the PostgreSQL database --db URL instead of running them here;
                prints the batch's id (for claimdiff results) and leaves the work to claimdiff worker
  --wait        with --queue: wait until every report is done, then print the lines (or write --out FILE)
  --expire S    with --queue: seconds a job may run before it counts as lost and another worker takes it
                (default ${DEFAULT_EXPIRE_SECONDS}; more than the slowest report takes)

Example:
  claimdiff batch --db archive.db stories/ --out results.jsonl --resume
  claimdiff batch --queue --db postgres://claimdiff:PW@db:5432/claimdiff stories/ --wait --out results.jsonl
`;

export const WORKER_HELP = `Usage: claimdiff worker --db URL [options]

Takes the jobs that claimdiff batch --queue put in the PostgreSQL database URL, one at a time, until
stopped (SIGTERM or Ctrl-C finish the job in hand first): finds the report's source in the archive, aligns
it, and writes its JSON line (the one batch prints) into the batch's results in the database. Start as many
workers as you like, on any machines that reach the database: each job is taken by one worker at a time,
and the job of a worker that died goes to another once its expiry (batch --expire) has passed. The
results hold each report's line once; claimdiff results prints them.

Options:
  --db URL        the PostgreSQL database (required, or CLAIMDIFF_DATABASE_URL)
  --out FILE      also append the lines this worker writes to FILE
  --poll S        seconds between looks at an empty queue, and between checks for lost jobs (default 1)

Example:
  claimdiff worker --db postgres://claimdiff:PW@db:5432/claimdiff
`;

export const RESULTS_HELP = `Usage: claimdiff results --db URL BATCH [options]

Prints the JSON lines of the queued batch BATCH (the id claimdiff batch --queue printed), in report
order, exactly as claimdiff batch prints them. Exit status ${EXIT.ok} when all are done, ${EXIT.badInput} when a report could
not be read, ${EXIT.pending} when some reports are still queued (the lines done so far are printed).

Options:
  --db URL        the PostgreSQL database (required, or CLAIMDIFF_DATABASE_URL)
  --wait          wait until every report is done first (a progress bar on a terminal)
  --out FILE      write the lines to FILE instead of stdout

Example:
  claimdiff results --db postgres://claimdiff:PW@db:5432/claimdiff 3vQ0bXo4m1kR2sJ9dHfA7w --wait
`;

export const DICT_HELP = `Usage: claimdiff dict import LANG [--from PATH]
       claimdiff dict list

Translation mode aligns an English translation (REPORT) with its original (SOURCE) sentence by sentence. For a
Chinese original it reads the built-in CC-CEDICT; for a Ukrainian or Russian one, names and borrowings by sound.
For a German, French, Spanish, Italian, Portuguese or Dutch original it reads a FreeDict dictionary of that
language into English, which this command imports: the original's words then meet the translation's through
their English glosses. Without one, such a source is aligned with its report as one language, as before.

Commands:
  import LANG         import FreeDict's LANG-English dictionary: de (deu), fr (fra), es (spa), it (ita),
                      pt (por) or nl (nld). Without --from, downloads the Debian package
                      dict-freedict-LANG-eng with apt-get download (no root needed) and unpacks it with
                      dpkg-deb; a second import replaces the first.
  --from PATH         read a .deb already downloaded (dict-freedict-deu-eng_*.deb), or a folder holding
                      freedict-deu-eng.index and freedict-deu-eng.dict.dz (an unpacked package, or
                      /usr/share/dictd where the package is installed)
  list                the imported dictionaries: language, headwords, licence, where they came from

Where:
  Dictionaries are kept in CLAIMDIFF_DICT_DIR, else ~/.cache/claimdiff/dicts: deu-eng.tsv (headword and
  English gloss words), deu-eng.json (what it is, with its licence notice) and deu-eng.copyright.

Licence:
  FreeDict dictionaries are free software, most under the GNU GPL (deu-eng: GPL-3+, 1995-2022 Frank Richter,
  2020-2022 Einhard Leichtfuß); import prints the dictionary's notice from the package's copyright file and
  keeps it with the table.

Exit status:
  ${EXIT.ok}   success
  ${EXIT.badInput}   the dictionary could not be had: no such Debian package, apt-get or dpkg-deb not installed,
      a file missing or corrupt
  ${EXIT.usage}   bad command line: unknown language, subcommand or option

Examples:
  claimdiff dict import de
  claimdiff dict import deu --from dict-freedict-deu-eng_2022.04.21-1_all.deb
  claimdiff align translation.txt original-de.txt
`;

/** Each command's help text by topic. */
export const HELP = {
  main: MAIN_HELP,
  align: ALIGN_HELP,
  matrix: MATRIX_HELP,
  archive: ARCHIVE_HELP,
  find: FIND_HELP,
  batch: BATCH_HELP,
  worker: WORKER_HELP,
  results: RESULTS_HELP,
  dict: DICT_HELP,
} as const;
