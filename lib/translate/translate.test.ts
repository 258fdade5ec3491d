import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignTexts } from '../align.ts';
import { checkContract, toContract } from '../contract.ts';
import { detectLanguage, isTranslationPair, languageOfTag } from './language.ts';
import { soundKey, transliterate } from './transliterate.ts';
import { translationUnits } from './units.ts';
import { cyrillicFeatures, englishFeatures, hanFeatures, itemsMet } from './unit-features.ts';

const ZH =
  '大家好，2022年即将到来。我在北京向大家致以新年祝福！\n\n回首这一年，意义非凡。我们亲历了党和国家历史上具有里程碑意义的大事。';
const EN =
  'My greetings to you all. The year 2022 is approaching. From Beijing, I extend New Year wishes to all of you!\n\n' +
  'The past year has been a year of exceptional significance. We have lived through landmark events in the history of our Party and our country.';

test('the language comes from the script, and Ukrainian from Russian by their own letters', () => {
  assert.equal(detectLanguage(EN), 'en');
  assert.equal(detectLanguage(ZH), 'zh');
  assert.equal(detectLanguage('Держава робить усе, щоб допомогти Маріуполю. Їхні захисники.'), 'uk');
  assert.equal(detectLanguage('Российские пропагандисты сегодня заметно оживились. Это ещё не всё.'), 'ru');
  assert.equal(detectLanguage('12 345 …'), 'und');
  assert.ok(isTranslationPair('en', 'zh') && isTranslationPair('en', 'uk'));
  assert.ok(!isTranslationPair('en', 'en') && !isTranslationPair('zh', 'en'));
});

test('Chinese is cut into clauses, English into sentences and semicolon clauses, each a span of the text', () => {
  const zh = translationUnits(ZH, true).map((u) => ZH.slice(u.start, u.end));
  assert.deepEqual(zh, [
    '大家好，',
    '2022年即将到来。',
    '我在北京向大家致以新年祝福！',
    '回首这一年，',
    '意义非凡。',
    '我们亲历了党和国家历史上具有里程碑意义的大事。',
  ]);
  const en = 'We will cut costs; we will hire more. Then we rest.';
  assert.deepEqual(
    translationUnits(en, false).map((u) => en.slice(u.start, u.end)),
    ['We will cut costs;', 'we will hire more.', 'Then we rest.'],
  );
});

test('names and borrowings meet across Cyrillic and Latin by sound', () => {
  assert.equal(transliterate('Маріуполь'), 'mariupol');
  assert.equal(soundKey(transliterate('коридорів')).slice(0, 4), soundKey('corridors').slice(0, 4));
  assert.equal(soundKey(transliterate('гуманітарних')).slice(0, 4), soundKey('humanitarian').slice(0, 4));
});

test('a Chinese original and its English translation align in order, each sentence with its clauses', () => {
  const result = alignTexts(EN, ZH);
  assert.deepEqual(checkContract(toContract(result), EN.length, ZH.length), []);
  const sourceOf = (words: string) => {
    const a = result.alignments.find((x) => x.report.some((s) => EN.slice(s.start, s.end).includes(words)))!;
    return ZH.slice(a.source[0]!.start, a.source.at(-1)!.end);
  };
  assert.match(sourceOf('The year 2022'), /2022年即将到来/);
  assert.equal(sourceOf('From Beijing'), '我在北京向大家致以新年祝福！');
  assert.equal(sourceOf('landmark events'), '我们亲历了党和国家历史上具有里程碑意义的大事。');
  result.alignments.forEach((a, i) => {
    assert.equal(a.kind, 'paraphrase');
    if (i > 0) assert.ok(a.source[0]!.start >= result.alignments[i - 1]!.source.at(-1)!.end, 'in order');
  });
});

test('sentences the translation leaves out are found as omitted in a real address', () => {
  const dir = join(import.meta.dirname, '..', '..', 'seeds', 'cases-translation', 'xl-xi-new-year-address-2023-zh-en');
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { pairs: { a: string; b: string[] }[] };
  const zh = readFileSync(join(dir, 'b.txt'), 'utf8');
  let en = readFileSync(join(dir, 'a.txt'), 'utf8');
  // Every tenth pair's English cut: four single sentences, none neighbours.
  const cut = gold.pairs.filter((_, i) => i % 10 === 5).slice(0, 4);
  for (const p of cut) en = en.replace(p.a, '');
  const omitted = alignTexts(en, zh).omitted;
  const found = cut.filter((p) =>
    p.b.every((piece) => {
      const at = zh.indexOf(piece);
      return omitted.some((s) => s.start <= at && at + piece.length <= s.end);
    }),
  );
  assert.ok(
    found.length >= 2,
    `found ${found.length} of ${cut.length}: ${cut.map((p) => p.a.slice(0, 30)).join(' | ')}`,
  );
});

test('a Ukrainian original aligns through numbers, names and lengths', () => {
  const uk =
    'Одним із головних завдань для нас сьогодні була організація гуманітарних коридорів. ' +
    'Вдалося вивезти майже 40 тисяч людей із Сум, Енергодара та Ірпеня. ' +
    'Маріуполь залишається у блокаді, і це злочин.';
  const en =
    'One of the main tasks for us today was the organization of humanitarian corridors. ' +
    'We managed to evacuate almost 40,000 people from Sumy, Enerhodar and Irpin. ' +
    'Mariupol remains blocked, and this is a crime.';
  const result = alignTexts(en, uk);
  assert.equal(result.alignments.length, 3);
  result.alignments.forEach((a, i) => {
    assert.equal(a.kind, 'paraphrase');
    if (i > 0) assert.ok(a.source[0]!.start > result.alignments[i - 1]!.source[0]!.start, 'in order');
  });
});

test('a number with its scale is one value in either language: 9 million, 900万 and 9 млн meet', () => {
  const numbersOf = (features: { numbers: ReadonlySet<string> }) => [...features.numbers].sort();
  const whole = (text: string) => ({ start: 0, end: text.length, paragraph: 0 });
  const english = 'Over 9 million new urban jobs, and 5.5 percent, and 1.2 billion';
  const chinese = '城镇新增就业900万人以上，城镇登记失业率5.5%左右，12亿';
  const ukrainian = 'понад 9 млн робочих місць і 5.5 відсотка';
  assert.deepEqual(numbersOf(englishFeatures(english, whole(english), false)), ['1200000000', '5.5', '9000000']);
  assert.deepEqual(numbersOf(hanFeatures(chinese, whole(chinese))), ['1200000000', '5.5', '9000000']);
  assert.deepEqual(numbersOf(cyrillicFeatures(ukrainian, whole(ukrainian))), ['5.5', '9000000']);
  // A scale word stands for nothing without a number before it.
  const bare = 'millions of people';
  assert.deepEqual(numbersOf(englishFeatures(bare, whole(bare), false)), []);
  // Only a whole scale word counts: "5 millionaires" is 5, and the short "тис" is a thousand.
  const partial = '5 millionaires';
  assert.deepEqual(numbersOf(englishFeatures(partial, whole(partial), false)), ['5']);
  const short = '12 тис гривень';
  assert.deepEqual(numbersOf(cyrillicFeatures(short, whole(short))), ['12000']);
});

test('questions, exclamations and ellipses are items in any script, so short sentences meet by their marks', () => {
  const whole = (text: string) => ({ start: 0, end: text.length, paragraph: 0 });
  const english = englishFeatures('Constantly!', whole('Constantly!'), true);
  const ukrainian = cyrillicFeatures('Постійно!', whole('Постійно!'));
  const question = cyrillicFeatures('Що далі?', whole('Що далі?'));
  assert.equal(itemsMet(ukrainian, english), 1, 'the exclamation meets');
  assert.equal(itemsMet(question, english), 0, 'a question does not meet an exclamation');
  const chinese = hanFeatures('大家好！', whole('大家好！'));
  assert.ok(chinese.keys.has('¶!'), 'a full-width mark counts as its own');
  const trailing = englishFeatures('And politicians...', whole('And politicians...'), false);
  assert.ok(trailing.keys.has('¶…'));
  assert.equal(englishFeatures('Plain.', whole('Plain.'), false).keys.has('¶!'), false);
});

test('languageOfTag reads a BCP 47 tag by its primary subtag, and only the languages claimdiff tells apart', () => {
  const table: [string | null | undefined, string | undefined][] = [
    ['zh-CN', 'zh'],
    ['EN-us', 'en'],
    ['uk', 'uk'],
    ['de_DE', 'de'],
    [' fr ', 'fr'],
    ['ja', undefined],
    ['und', undefined],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
  ];
  for (const [tag, want] of table) assert.equal(languageOfTag(tag), want, String(tag));
});
