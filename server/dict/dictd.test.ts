import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { buildGlossTable, decodeDictdNumber, glossWords, parseDictdIndex, readDictData } from './dictd.ts';
import { dictLicence } from './debian-copyright.ts';
import { copyrightFor, encodeDictdNumber } from './dictd-writer.test-support.ts';

test('dictd numbers are base64 digits, most significant first', () => {
  assert.equal(decodeDictdNumber('A'), 0);
  assert.equal(decodeDictdNumber('/'), 63);
  assert.equal(decodeDictdNumber('BA'), 64);
  assert.equal(decodeDictdNumber('BKpro'), 19_569_384);
  assert.ok(Number.isNaN(decodeDictdNumber('B-A')));
  assert.ok(Number.isNaN(decodeDictdNumber('')));
  for (const n of [0, 1, 63, 64, 4095, 21_000_000]) assert.equal(decodeDictdNumber(encodeDictdNumber(n)), n);
});

test('an index line is headword, offset and length; a malformed one is named by its line', () => {
  assert.deepEqual(parseDictdIndex('haus\tvYRe\tEY\naber dalli\tEM7O7\tBC\n'), [
    { headword: 'haus', offset: 12_420_190, length: 280 },
    { headword: 'aber dalli', offset: 70_497_211, length: 66 },
  ]);
  assert.throws(() => parseDictdIndex('haus\tvYRe\tEY\nhund 12 3\n', 'x.index'), /x\.index is corrupt: line 2/);
  assert.throws(() => parseDictdIndex('', 'x.index'), /x\.index is corrupt: it has no entries/);
});

test('the gloss words of an entry are its translation lines, without labels, grammar, examples or references', () => {
  // FreeDict's German-English (Ding) layout: senses, then indented examples, notes, synonyms and see-also lines.
  const ding = [
    'Gesetz /ɡəzˈɛts/ (Ges. /ɡˈeːs/) <neut, n, sg>',
    ' [jur.] law <n>, statute <n>',
    '         Note: written rule passed by Parliament',
    '      "ein ungeschriebenes Gesetz"  - an unwritten law',
    '   Synonyms: {Recht}',
    ' see: {Gesetze}, {ein Bundesgesetz}',
    '',
  ].join('\n');
  assert.deepEqual(glossWords(ding), ['law', 'statute']);
  // The older layout (fra-eng, spa-eng): numbered senses.
  assert.deepEqual(
    glossWords('gouvernement /guvɛʀnəmɑ̃/ <n, masc>\n1. control, reign, rule\n2. administration, government\n'),
    ['control', 'reign', 'rule', 'administration', 'government'],
  );
  assert.deepEqual(glossWords('jdm. helfen /x/ <v>\nto help sb. (with sth.)\n'), ['to', 'help']);
});

test('the gloss table joins the senses of a headword, lower-cases it and leaves out long phrases and empty entries', () => {
  const entries: Array<[string, string]> = [
    ['00databaseshort', 'Test dictionary ver. 1\n'],
    ['Haus', 'Haus <n>\nhouse <n>\n'],
    ['Haus', 'Haus <n>\nhome <n>, house\n'],
    ['zu Hause', 'zu Hause\nat home\n'],
    ['das ist nicht mein Bier', 'das ist nicht mein Bier\nnot my problem\n'],
    ['leer', 'leer\n   Synonym: {hohl}\n'],
  ];
  const bytes = Buffer.from(entries.map(([, text]) => text).join(''), 'utf8');
  let offset = 0;
  const index = entries.map(([headword, text]) => {
    const length = Buffer.byteLength(text);
    const entry = { headword, offset, length };
    offset += length;
    return entry;
  });
  const table = buildGlossTable(index, bytes);
  assert.equal(table.description, 'Test dictionary ver. 1');
  assert.deepEqual(
    [...table.glosses],
    [
      ['haus', 'house home'],
      ['zu hause', 'at home'],
    ],
  );
  assert.throws(
    () => buildGlossTable([{ headword: 'x', offset: 0, length: 999 }], bytes, 'x.dict.dz'),
    /x\.dict\.dz is corrupt or does not belong to its index/,
  );
});

test('a .dict.dz is read as gzip; bytes that are not are a corrupt file', () => {
  assert.equal(readDictData(gzipSync(Buffer.from('house\n'))).toString(), 'house\n');
  assert.throws(() => readDictData(Buffer.from('not gzip'), 'x.dict.dz'), /x\.dict\.dz is corrupt: it is not dictzip/);
  const truncated = gzipSync(Buffer.from('house '.repeat(1000))).subarray(0, 30);
  assert.throws(() => readDictData(truncated, 'x.dict.dz'), /x\.dict\.dz is corrupt/);
});

test("a dictionary's licence is its paragraph of the Debian copyright file with the licence text", () => {
  const licence = dictLicence(copyrightFor('deu'), 'deu');
  assert.ok(licence);
  assert.equal(licence.license, 'GPL-3+');
  assert.equal(licence.copyright, '1995-2022 Test Author');
  assert.equal(
    licence.notice,
    [
      'FreeDict deu-eng dictionary (https://freedict.org/)',
      'Copyright: 1995-2022 Test Author',
      'License: GPL-3+',
      ' The GPL-3+ license applies to the dictionary.',
      '',
      'This program is free software: you can redistribute it and/or modify',
      'it under the terms of the GNU General Public License.',
      '',
      'Second paragraph.',
    ].join('\n'),
  );
  assert.equal(dictLicence(copyrightFor('deu'), 'fra'), null);
});
