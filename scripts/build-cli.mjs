#!/usr/bin/env node
// Builds what the `claimdiff` command needs, so it runs right after `npm ci` without `next build` or a compiler:
//   1. the compact WordNet synonym table (scripts/build-wordnet.mjs) and the CC-CEDICT gloss table
//      (scripts/build-cedict.mjs), which the matcher imports;
//   2. dist/claimdiff.mjs: cli/claimdiff.ts and the lib/ core bundled into one ESM file by esbuild,
//      so a run loads one file (fast start-up: the CLI is timed end to end);
//   3. dist/align-worker.mjs: server/align-worker.ts and the lib/ core, the entry of the web server's matcher
//      worker threads (server/align-pool.ts). Plain ESM outside Next's bundle: Turbopack cannot resolve
//      `new Worker(new URL(...))` in route handlers, so the pool loads this file by absolute path.
// Runs from `prepare` (npm install / npm ci) and from scripts/ensure-deps.sh when a bundle is missing or older
// than its sources.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();

const wordnetScript = join(root, 'scripts', 'build-wordnet.mjs');
if (existsSync(wordnetScript)) {
  const { buildWordnet } = await import('./build-wordnet.mjs');
  await buildWordnet({ force: false });
} else {
  console.log('build-cli: scripts/build-wordnet.mjs not found, skipping the WordNet table');
}
// The CC-CEDICT gloss table of translation mode (scripts/build-cedict.mjs), which the matcher imports too.
const { buildCedict } = await import('./build-cedict.mjs');
await buildCedict({ force: false });

// esbuild is a devDependency: a production-only install (npm ci --omit=dev) keeps a committed or earlier bundle.
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  const have = existsSync(join(root, 'dist', 'claimdiff.mjs')) && existsSync(join(root, 'dist', 'align-worker.mjs'));
  console.error(
    `build-cli: esbuild is not installed${have ? '; keeping the existing dist/claimdiff.mjs and dist/align-worker.mjs' : ': cannot build dist/ (run npm install with dev dependencies)'}`,
  );
  process.exit(have ? 0 : 1);
}

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** Bundles `entry` (with the lib/ core and plain dependencies) into one ESM file `outfile`. */
const bundle = (entry, outfile) =>
  esbuild.build({
    entryPoints: [join(root, entry)],
    outfile: join(root, outfile),
    platform: 'node',
    format: 'esm',
    target: 'node20',
    bundle: true,
    // Plain dependencies (stemmer, diff) are bundled in; a CommonJS one would need `require`, which ESM lacks.
    banner: {
      js: `// claimdiff ${version}: built by scripts/build-cli.mjs from ${entry}; do not edit.\nimport { createRequire as __claimdiffRequire } from 'node:module';\nconst require = __claimdiffRequire(import.meta.url);`,
    },
    // better-sqlite3 is a native addon (the archive commands' store), and @huggingface/transformers the optional
    // package of the semantic verifier: both are loaded from node_modules when used, never bundled.
    external: ['better-sqlite3', '@huggingface/transformers'],
    legalComments: 'none',
    logLevel: 'warning',
  });
await Promise.all([
  bundle('cli/claimdiff.ts', 'dist/claimdiff.mjs'),
  bundle('server/align-worker.ts', 'dist/align-worker.mjs'),
]);
console.log(`build-cli: dist/claimdiff.mjs and dist/align-worker.mjs built in ${Date.now() - started} ms`);
