// Settings shared by playwright.config.ts and the specs that start servers of their own.
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The saved comparisons of the e2e server: a database of its own (never data/claimdiff.db), at a fixed path so a
 * spec can start a second server on the same file (e2e/saved.spec.ts reloads a permalink after a restart).
 */
export const E2E_DB = process.env.E2E_DB ?? join(tmpdir(), 'claimdiff-e2e', 'claimdiff.db');

/** The e2e server fetches URLs on these hosts despite the guard: the specs' fixture servers listen on localhost. */
export const E2E_ALLOW_HOSTS = 'localhost';
