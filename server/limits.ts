// The server's own limits: how far it reads a file or a page, and how long it lets the matcher run. The limits on
// the texts themselves (sizes of texts, files, request bodies and metadata) are shared with the CLI and the browser
// and live in lib/input/limits.ts. Each protects the process from one input: a page that never ends, a zip bomb.

/** Most pages read from a PDF (300). Longer files are refused rather than cut, so no text is silently lost. */
export const MAX_PDF_PAGES = 300;

/**
 * Largest total a .docx may unpack to, in bytes (20 MB), as its zip directory declares. A plain Word file holding
 * the longest allowed document (2,000,000 characters) unpacks to about 4 MB and takes mammoth about 3 s; 20 MB
 * leaves room for formatting and bounds the time at about 20 s. A zip bomb declares far more and is refused unread.
 */
export const MAX_DOCX_UNZIPPED_BYTES = 20 * 1024 * 1024;

/**
 * Deepest element nesting an HTML page may have (10,000 levels; real pages have a few dozen). Parsing time grows
 * with the square of the depth, so a deeper page is refused before it is parsed.
 */
export const MAX_HTML_DEPTH = 10_000;

/**
 * Most elements plus character references (`&amp;`) an HTML page may have once its scripts, styles and comments
 * are cut (100,000; a long article has a few thousand, a long Wikipedia page a few tens of thousands). Each becomes
 * a DOM node, and reading 100,000 takes about a second; past this a page is refused.
 */
export const MAX_HTML_NODES = 100_000;

/**
 * Largest page on which Readability looks for the article: 200 levels of nesting, 20,000 elements plus character
 * references. Its cost grows faster than the square of the depth and steeply with size; a larger page is read
 * whole, minus navigation, headers and footers, instead of stalling the server.
 */
export const READABILITY_MAX_DEPTH = 200;
/** See READABILITY_MAX_DEPTH. */
export const READABILITY_MAX_NODES = 20_000;

/** Total time for fetching a URL, every redirect included, in milliseconds (10 s). */
export const FETCH_TIMEOUT_MS = 10_000;

/** Most redirects followed when fetching a URL (5); the sixth is refused. */
export const MAX_REDIRECTS = 5;

/** Largest fetched page, in bytes (5 MB), counted while streaming: the download stops as soon as it is passed. */
export const MAX_FETCH_BYTES = 5 * 1024 * 1024;

// --- Matching off the request thread (server/align-pool.ts) ---

/**
 * Most comparisons waiting for a matcher worker (32), on top of the one each worker is running. Twenty people
 * pressing "Compare" at once still queue; past this the server answers 503 with Retry-After rather than letting
 * the wait grow without bound.
 */
export const ALIGN_QUEUE_LENGTH = 32;

/**
 * Longest one comparison may run in a worker, in milliseconds (60 s; the seed pair takes about 0.1 s, two 2 MB
 * texts a few seconds). Past it the worker is stopped and replaced, and the request is answered 504.
 */
export const ALIGN_TIMEOUT_MS = 60_000;

/** Seconds a client is told to wait (Retry-After) when the queue is full (5 s: a few comparisons' time). */
export const ALIGN_RETRY_AFTER_SECONDS = 5;

/**
 * How long a matcher worker may sit idle before it is ended, in milliseconds (10 min): a quiet server gives back the
 * worker's memory, and the next comparison pays the worker's start-up (about a second) once.
 */
export const ALIGN_IDLE_TIMEOUT_MS = 10 * 60_000;
