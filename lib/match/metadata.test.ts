import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMetadata } from './metadata.ts';

const show = (text: string) => findMetadata(text).map((s) => text.slice(s.start, s.end));

test('findMetadata: datelines, time stamps and ISO dates, table', () => {
  const cases: Array<[string, string[]]> = [
    ['BEIJING, Dec. 9 (Xinhua) -- A spokesperson said', ['BEIJING, Dec. 9 (Xinhua) --']],
    ['WASHINGTON (Reuters) - The White House said', ['WASHINGTON (Reuters) -']],
    ['Xinhua) 08:06, December 10, 2021', ['Xinhua) 08:06, December 10, 2021']],
    [' date 2021-12-10 "Summit" serves', ['date 2021-12-10']],
    ['By Adam Janofsky\nChina accuses', ['By Adam Janofsky']],
    ['The plan costs 40 million dollars.', []],
    ['said.\n\n(Reporting by Ann Lee and Bo Chen; Editing by Dan Cox)', ['(Reporting by Ann Lee and Bo Chen; Editing by Dan Cox)']],
    ['said.\n\nAssociated Press writer Zeke Miller contributed to this report.', ['Associated Press writer Zeke Miller contributed to this report.']],
    ['said.\n\nCopyright 2021 The Associated Press. All rights reserved.', ['Copyright 2021 The Associated Press. All rights reserved.']],
    ['Three agencies contributed funds to the relief effort.', []],
    ['The reporting by state media was wrong, he said.', []],
  ];
  for (const [text, expected] of cases) assert.deepEqual(show(text), expected, text);
});

test('findMetadata: never starts or ends inside a number (found by the fuzz tests)', () => {
  for (const text of ['2021-12-095 taxes', '4,2021-12-09 x', 'Xinhua) 08:065 y']) {
    for (const s of findMetadata(text)) {
      assert.ok(s.start === 0 || !/[\p{L}\p{N}]/u.test(text[s.start - 1]!) || !/[\p{L}\p{N}]/u.test(text[s.start]!), text);
      assert.ok(s.end === text.length || !/[\p{L}\p{N}]/u.test(text[s.end]!) || !/[\p{L}\p{N}]/u.test(text[s.end - 1]!), text);
    }
  }
});
