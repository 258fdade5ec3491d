// Settings shared by playwright.config.ts and the specs that start servers of their own.
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The saved comparisons of the e2e server: a database of its own (never data/claimdiff.db), new for every run so
 * nothing a previous run (or another version) wrote can leak in. The runner sets it once in the environment, so
 * its workers and the specs that start a second server on the same file (e2e/saved.spec.ts) all see one path.
 */
process.env.E2E_DB ??= join(tmpdir(), `claimdiff-e2e-${process.pid}-${Date.now()}`, 'claimdiff.db');
export const E2E_DB: string = process.env.E2E_DB;

/** The e2e server fetches URLs on these hosts despite the guard: the specs' fixture servers listen on localhost. */
export const E2E_ALLOW_HOSTS = 'localhost';
