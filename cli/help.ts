// The help texts of `claimdiff --help` and `claimdiff align --help`: every option, the argument order, exit statuses.
import { EXIT } from './cli-error.ts';
import { MAX_INPUT_BYTES } from './read-input.ts';

const limitMb = MAX_INPUT_BYTES / (1024 * 1024);

export const MAIN_HELP = `claimdiff: align the statements a report carries with the source it reports on.

Usage:
  claimdiff align REPORT SOURCE [--format text|json] [--min-score N]
  claimdiff align --help      options of align, input rules, exit statuses
  claimdiff --help            this text
  claimdiff --version         the version

Commands:
  align   For every statement of REPORT (a wire story, article or translation under audit), find the
          place(s) in SOURCE (the transcript, statement or original it reports) it comes from, say whether
          it is a quote, a paraphrase or a partial rendering, show a word diff, and list what REPORT added
          and what it left out. REPORT comes first, then SOURCE.

Example:
  claimdiff align story.txt transcript.txt
  claimdiff align story.txt transcript.txt --format json > alignment.json
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
