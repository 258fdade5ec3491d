// For the dictionary tests: writes a small dictd dictionary as a FreeDict package lays it out
// (usr/share/dictd/freedict-deu-eng.index and .dict.dz, usr/share/doc/dict-freedict-deu-eng/copyright), so the
// import runs on real files without the network.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A number in dictd's base64 digits. */
export function encodeDictdNumber(n: number): string {
  let out = '';
  do {
    out = DIGITS[n % 64]! + out;
    n = Math.floor(n / 64);
  } while (n > 0);
  return out;
}

/** A DEP-5 copyright file with one dictionary paragraph and its licence, as FreeDict's packages have. */
export const copyrightFor = (
  code: string,
) => `Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: FreeDict

Files: debian/*
Copyright: 2013-2022 Sebastian Humenda
License: GPL-3+

Files: ${code}-eng/*
Copyright: 1995-2022 Test Author
License: GPL-3+
 The GPL-3+ license applies to the dictionary.

License: GPL-3+
 This program is free software: you can redistribute it and/or modify
 it under the terms of the GNU General Public License.
 .
 Second paragraph.
`;

/**
 * Writes the dictionary of `entries` (headword, definition) under `root` as the package `dict-freedict-CODE-eng`
 * unpacks; each definition is its text after the headword line. Returns the dictd folder.
 */
export function writeDictdPackage(root: string, code: string, entries: ReadonlyArray<[string, string]>): string {
  const dictd = join(root, 'usr', 'share', 'dictd');
  const doc = join(root, 'usr', 'share', 'doc', `dict-freedict-${code}-eng`);
  mkdirSync(dictd, { recursive: true });
  mkdirSync(doc, { recursive: true });
  const all: Array<[string, string]> = [
    ['00databaseshort', `Test ${code}-English dictionary ver. 0.1\n`],
    ...entries.map(([headword, body]): [string, string] => [headword, `${headword} /x/ <n>\n${body}\n`]),
  ];
  const chunks: Buffer[] = [];
  const lines: string[] = [];
  let offset = 0;
  for (const [headword, text] of all) {
    const bytes = Buffer.from(text, 'utf8');
    lines.push(`${headword.toLowerCase()}\t${encodeDictdNumber(offset)}\t${encodeDictdNumber(bytes.length)}`);
    chunks.push(bytes);
    offset += bytes.length;
  }
  writeFileSync(join(dictd, `freedict-${code}-eng.index`), lines.join('\n') + '\n');
  writeFileSync(join(dictd, `freedict-${code}-eng.dict.dz`), gzipSync(Buffer.concat(chunks)));
  writeFileSync(join(doc, 'copyright'), copyrightFor(code));
  return dictd;
}
