// The one error type of ingestion (upload, paste, URL). Its `code` lets the API choose the HTTP status;
// its message is written for the person who sent the input and never holds a stack trace or a local path.

/** Why an input could not be turned into text. */
export type IngestErrorCode =
  /** The URL is not allowed: scheme, address class, or too many redirects. */
  | 'url-refused'
  /** A file, page or text is over one of the limits in server/limits.ts. */
  | 'too-large'
  /** Fetching took longer than the fetch timeout. */
  | 'timeout'
  /** The file or page type is not one we read (answer 415). */
  | 'unsupported-type'
  /** The server could not be reached or answered with an error status. */
  | 'fetch-failed'
  /** Nothing to read: an empty file, only whitespace. */
  | 'empty'
  /** The file has no extractable text (a PDF without a text layer, a page without an article). */
  | 'no-text'
  /** The bytes are not text in the expected encoding (invalid UTF-8, binary data). */
  | 'bad-encoding'
  /** The file is damaged or not what its name says (a .docx that is not a zip, a broken PDF). */
  | 'bad-file';

/** HTTP status an API route should answer for each code. */
export const INGEST_STATUS: Readonly<Record<IngestErrorCode, number>> = {
  'url-refused': 400,
  'too-large': 413,
  timeout: 504,
  'unsupported-type': 415,
  'fetch-failed': 502,
  empty: 400,
  'no-text': 422,
  'bad-encoding': 400,
  'bad-file': 422,
};

/** An input that cannot be used, with a message for the user. */
export class IngestError extends Error {
  readonly code: IngestErrorCode;

  constructor(code: IngestErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'IngestError';
    this.code = code;
  }

  /** The HTTP status for this error (see INGEST_STATUS). */
  get status(): number {
    return INGEST_STATUS[this.code];
  }
}

/** Whether `error` is an IngestError (also across module copies, where instanceof fails). */
export function isIngestError(error: unknown): error is IngestError {
  return error instanceof IngestError || (error instanceof Error && error.name === 'IngestError' && 'code' in error);
}

/** `1.5 MB`: a byte count for messages. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${+(bytes / 1024 ** 3).toFixed(1)} GB`;
}
