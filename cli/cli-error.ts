// An error the CLI reports as one line on stderr with its own exit status, never as a stack trace.

/** Exit statuses of `claimdiff`, documented in `claimdiff align --help`. */
export const EXIT = {
  ok: 0,
  /** A file cannot be read or is not usable text (missing, empty, binary, not UTF-8, too large). */
  badInput: 1,
  /** The command line is wrong (unknown command or option, missing arguments). */
  usage: 2,
  /** `claimdiff results` without --wait: some reports of the batch are still queued. EX_TEMPFAIL from sysexits.h. */
  pending: 75,
  /** A bug: the matcher threw. EX_SOFTWARE from sysexits.h. */
  internal: 70,
} as const;

export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
