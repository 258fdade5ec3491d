import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DiffPart, Span } from '../types.ts';
import { crossLanguageDiff } from './cross-diff.ts';

const whole = (text: string): Span[] => [{ start: 0, end: text.length }];
const UNIT = /[\p{Script=Han}]|\p{L}(?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}'’])*|\p{N}+/gu;

/** The marked words of each side, and a check that each side's parts are in order and hold every unit of it. */
function marks(report: string, source: string, parts: readonly DiffPart[]) {
  const side = (text: string, pick: (p: DiffPart) => Span | undefined) => {
    const spans = parts.flatMap((p) => pick(p) ?? []);
    spans.forEach((s, k) => assert.ok(k === 0 || s.start >= spans[k - 1]!.end, 'parts in order'));
    for (const m of text.matchAll(UNIT))
      assert.ok(
        spans.some((s) => s.start <= m.index! && m.index! + m[0].length <= s.end),
        `"${m[0]}" lies in a part`,
      );
  };
  side(report, (p) => (p.op === 'omitted' ? undefined : p.report));
  side(source, (p) => (p.op === 'added' ? undefined : p.source));
  return {
    added: parts.flatMap((p) => (p.op === 'added' ? [report.slice(p.report.start, p.report.end)] : [])),
    omitted: parts.flatMap((p) => (p.op === 'omitted' ? [source.slice(p.source.start, p.source.end)] : [])),
  };
}

test('Chinese words meet English ones through their glosses, numbers by value; the rest of each side is marked', () => {
  const en = 'Over 9 million new jobs were created, Premier Li said.';
  const zh = '城镇新增就业900万人。';
  const { added, omitted } = marks(en, zh, crossLanguageDiff(en, whole(en), zh, whole(zh), 'han'));
  const addedText = added.join(' ');
  assert.match(addedText, /Premier Li/, 'a name the original lacks is the report’s own');
  for (const met of ['million', 'jobs', 'new']) assert.ok(!addedText.includes(met), `"${met}" has a counterpart`);
  assert.ok(omitted.join('').includes('城镇'), 'a word with no English counterpart is the original’s own');
  for (const met of ['就业', '900', '新增']) assert.ok(!omitted.join('').includes(met), `"${met}" has a counterpart`);
});

test('a Chinese function word is never marked, and across several spans each side still holds every word', () => {
  const en = 'The economy grew steadily.\n\nTrade rose.';
  const zh = '经济稳定地增长了。\n\n贸易增长。';
  const spansEn = [
    { start: 0, end: 26 },
    { start: 28, end: en.length },
  ];
  const spansZh = [
    { start: 0, end: 9 },
    { start: 11, end: zh.length },
  ];
  const { omitted } = marks(en, zh, crossLanguageDiff(en, spansEn, zh, spansZh, 'han'));
  assert.ok(!omitted.some((w) => w.includes('了') || w.includes('地')), omitted.join(' '));
});

test('Ukrainian words meet English ones by sound (names, borrowings) and numbers; the rest is marked', () => {
  const en = 'Mariupol received 40 tons of humanitarian aid.';
  const uk = 'Маріуполь отримав 40 тонн гуманітарної допомоги.';
  const { added, omitted } = marks(en, uk, crossLanguageDiff(en, whole(en), uk, whole(uk), 'cyrillic'));
  assert.ok(added.includes('aid') && omitted.includes('допомоги'), `${added} | ${omitted}`);
  for (const met of ['Mariupol', '40', 'humanitarian']) assert.ok(!added.join(' ').includes(met), met);
  for (const met of ['Маріуполь', 'гуманітарної']) assert.ok(!omitted.join(' ').includes(met), met);
});

test('a side with a single word against several stretches keeps the parts in order, marking no matched word', () => {
  const en = 'Xinhua: economy, trade, and growth rose sharply yesterday';
  const zh = '经济';
  const { added } = marks(en, zh, crossLanguageDiff(en, whole(en), zh, whole(zh), 'han'));
  assert.ok(!added.includes('economy'), added.join(' | '));
});
