// Every limit on the texts claimdiff takes, in one place for the CLI, the server and the browser form, so the
// README can list them and the three cannot drift apart. The server's limits on reading files and pages, and on
// the matcher's queue and time, are in server/limits.ts.

const MB = 1024 * 1024;

/** Largest input file, in bytes (20 MB): a CLI argument or an uploaded file; a long PDF transcript fits. */
export const MAX_FILE_BYTES = 20 * MB;

/**
 * Largest document, in characters (UTF-16 code units) after extraction: 2,000,000, about 300,000 words or
 * a 1,000-page transcript. The matcher's cost grows with length; past this the answer takes too long to wait for.
 */
export const MAX_DOCUMENT_CHARS = 2_000_000;

/**
 * Largest request body of the saving and ingest routes, in bytes (25 MB): two documents at the per-document limit
 * as JSON, or an upload with its multipart envelope. Decided from `Content-Length` before reading (answer 413).
 */
export const MAX_REQUEST_BYTES = 25 * MB;

/** Largest text the web app aligns without saving (`/api/align`, `/api/matrix`): 2 MB of UTF-8 per text. */
export const MAX_TEXT_BYTES = 2 * MB;

/** Largest body of `/api/align` (12 MB): both texts at their limit, with room for JSON escapes and metadata. */
export const MAX_ALIGN_BODY_BYTES = 3 * 2 * MAX_TEXT_BYTES;

/** Most reports in one matrix of pasted texts: each costs a matcher run. */
export const MAX_PASTED_REPORTS = 10;

/** All texts of one matrix together: 8 MB of UTF-8 (each text stays under MAX_TEXT_BYTES). */
export const MAX_MATRIX_TEXT_BYTES = 8 * MB;

/** Largest body of `/api/matrix` (24 MB): the texts at their limit, with room for JSON escapes and metadata. */
export const MAX_MATRIX_BODY_BYTES = 3 * MAX_MATRIX_TEXT_BYTES;

/** Longest `reportTitle` / `sourceTitle` of `/api/align` and `/api/matrix`, in characters (300). */
export const MAX_TITLE_CHARS = 300;

/** Longest title, outlet, language, URL or other metadata field of a document, in characters (1,000). */
export const MAX_META_CHARS = 1_000;

/** Longest note attached to a correction, in characters (10,000). */
export const MAX_NOTE_CHARS = 10_000;
