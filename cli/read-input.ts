// Reads REPORT and SOURCE for the CLI and turns every way a file can be unusable into one line a person can act on.
// The text is returned exactly as decoded (BOM and \r\n kept): the contract's offsets index into it.
import { readFileSync, statSync } from 'node:fs';
import { MAX_FILE_BYTES } from '../lib/input/limits.ts';
import { findInvalidUtf8 } from '../lib/input/utf8.ts';
import { CliError, EXIT } from './cli-error.ts';

/** Which argument a file was given as; named in every message. `REPORT 2`: the second report of `matrix`. */
export type InputRole = 'REPORT' | 'SOURCE' | `REPORT ${number}`;

const mb = (bytes: number): string => `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Every message about an input file, in one place. */
export const INPUT_MESSAGES = {
  missing: (role: InputRole, path: string) => `${role} file not found: ${path}`,
  directory: (role: InputRole, path: string) => `${role} is a directory, not a file: ${path}`,
  notFile: (role: InputRole, path: string) => `${role} is not a regular file: ${path}`,
  denied: (role: InputRole, path: string) => `${role} file cannot be read (permission denied): ${path}`,
  unreadable: (role: InputRole, path: string, code: string) => `${role} file cannot be read (${code}): ${path}`,
  tooLarge: (role: InputRole, path: string, bytes: number) =>
    `${role} file is too large: ${path} is ${mb(bytes)} (${bytes} bytes), the limit is ${mb(MAX_FILE_BYTES)} (${MAX_FILE_BYTES} bytes)`,
  empty: (role: InputRole, path: string) => `${role} file is empty: ${path}`,
  whitespace: (role: InputRole, path: string) => `${role} file contains only whitespace: ${path}`,
  binary: (role: InputRole, path: string, offset: number) =>
    `${role} file looks binary (NUL byte at offset ${offset}), expected UTF-8 text: ${path}`,
  notUtf8: (role: InputRole, path: string, offset: number) =>
    `${role} file is not valid UTF-8 (bad byte at offset ${offset}; convert it to UTF-8 first): ${path}`,
} as const;

/** Reads `path` as UTF-8 text for `role`, or throws a CliError with one of INPUT_MESSAGES. */
export function readInput(path: string, role: InputRole): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new CliError(INPUT_MESSAGES.directory(role, path), EXIT.badInput);
    if (!stat.isFile()) throw new CliError(INPUT_MESSAGES.notFile(role, path), EXIT.badInput);
    size = stat.size;
  } catch (error) {
    throw toCliError(error, role, path);
  }
  if (size > MAX_FILE_BYTES) throw new CliError(INPUT_MESSAGES.tooLarge(role, path, size), EXIT.badInput);
  if (size === 0) throw new CliError(INPUT_MESSAGES.empty(role, path), EXIT.badInput);

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw toCliError(error, role, path);
  }
  // UTF-16 and other binary files are full of NULs, which UTF-8 text never has.
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new CliError(INPUT_MESSAGES.binary(role, path, nul), EXIT.badInput);
  let text: string;
  try {
    // ignoreBOM keeps a leading U+FEFF in the text, as the scorer's readFileSync(…, 'utf8') does, so offsets agree.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new CliError(INPUT_MESSAGES.notUtf8(role, path, findInvalidUtf8(bytes)), EXIT.badInput);
  }
  if (text.trim() === '') throw new CliError(INPUT_MESSAGES.whitespace(role, path), EXIT.badInput);
  return text;
}

function toCliError(error: unknown, role: InputRole, path: string): CliError {
  if (error instanceof CliError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code ?? 'unknown error';
  if (code === 'ENOENT' || code === 'ENOTDIR') return new CliError(INPUT_MESSAGES.missing(role, path), EXIT.badInput);
  if (code === 'EISDIR') return new CliError(INPUT_MESSAGES.directory(role, path), EXIT.badInput);
  if (code === 'EACCES' || code === 'EPERM') return new CliError(INPUT_MESSAGES.denied(role, path), EXIT.badInput);
  return new CliError(INPUT_MESSAGES.unreadable(role, path, code), EXIT.badInput);
}
