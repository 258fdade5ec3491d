// Errors of the store that a person must act on (the database file or server, not a request). Their messages name the file
// and say what to do; a request handler should log them and answer 500/503 without the details.

export type StoreErrorCode =
  /** The file's schema version is newer than this code knows: it was written by a later claimdiff. */
  | 'newer-schema'
  /** The file is not a SQLite database, or is damaged. */
  | 'not-a-database'
  /** The file or its folder cannot be opened or created; or the server refused the connection (a wrong password). */
  | 'open-failed'
  /** CLAIMDIFF_DATABASE_URL (or `--db`) is not a postgres:// URL that can be read. */
  | 'bad-url'
  /** No PostgreSQL server answers at the URL's host and port. */
  | 'unreachable';

export class StoreError extends Error {
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
    this.code = code;
  }
}
