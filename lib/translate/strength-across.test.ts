import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Span, TranslationDictionary } from '../types.ts';
import { alignTranslation } from './align-translation.ts';
import { crossLanguageDiff } from './cross-diff.ts';
import { flagStrengthAcross } from './strength-across.ts';

const whole = (text: string): Span[] => [{ start: 0, end: text.length }];

/** The flags of a pair as one line: `softened r="may"`, `withheld r="may" s="可能"`, or `none`. */
function show(report: string, source: string, script: 'han' | 'cyrillic'): string {
  const { flags, flagDetails } = flagStrengthAcross(report, whole(report), source, whole(source), script);
  assert.ok(flags.length <= 1, 'one pair never carries both flags');
  if (flagDetails.length === 0) return 'none';
  return flagDetails
    .map((d) => {
      const r = d.report ? ` r=${JSON.stringify(report.slice(d.report.start, d.report.end))}` : '';
      const s = d.source ? ` s=${JSON.stringify(source.slice(d.source.start, d.source.end))}` : '';
      assert.equal(d.withheld === true, flags.length === 0, 'withheld exactly when no flag is raised');
      return `${d.withheld ? 'withheld' : d.flag}${r}${s}`;
    })
    .join('; ');
}

test('each rule raises its flag, with the marker word as its evidence', () => {
  const table: [string, string, 'han' | 'cyrillic', string][] = [
    // A hedge only the translation has: softer.
    ['Prices may rise next year.', '明年物价上涨。', 'han', 'softened r="may"'],
    ['Prices will probably rise.', 'Ціни зростуть.', 'cyrillic', 'softened r="probably"'],
    ['I believe the talks will succeed.', 'Переговоры будут успешными.', 'cyrillic', 'softened r="I believe"'],
    // A hedge only the original has: stronger.
    ['Prices will rise next year.', '明年物价可能上涨。', 'han', 'sharpened s="可能"'],
    ['They were hiding their crimes.', 'Мабуть, вони приховували свої злочини.', 'cyrillic', 'sharpened s="Мабуть"'],
    // Certainty or resolve only the translation has: stronger.
    ['We will definitely win the battle.', '我们打赢这场战斗。', 'han', 'sharpened r="definitely"'],
    ['We resolutely oppose the plan.', '我们反对这个计划。', 'han', 'sharpened r="resolutely"'],
    ['We will never accept this.', '我们不接受这个。', 'han', 'sharpened r="will never"'],
    // Certainty, resolve or obligation only the original has: softer.
    ['make progress in the three critical battles;', '坚决打好三大攻坚战，', 'han', 'softened s="坚决"'],
    [
      'The horizons for China’s development are full of promise.',
      '中国的发展必将充满希望。',
      'han',
      'softened s="必将"',
    ],
    ['Local governments are cutting spending.', '地方政府必须压减支出。', 'han', 'softened s="必须"'],
    ['They chose Ukraine.', "Вони обов'язково оберуть Україну.", 'cyrillic', `softened s="обов'язково"`],
    ['We will not forget this.', 'Мы никогда этого не забудем.', 'cyrillic', 'softened s="никогда"'],
  ];
  for (const [report, source, script, expected] of table)
    assert.equal(show(report, source, script), expected, `${report} | ${source}`);
});

test('a detail says in plain words what each side has, and names an original word by its reading', () => {
  const en = 'Prices may rise next year.';
  const zh = '明年物价上涨。';
  assert.deepEqual(flagStrengthAcross(en, whole(en), zh, whole(zh), 'han'), {
    flags: ['softened'],
    flagDetails: [
      {
        flag: 'softened',
        report: { start: 7, end: 10 },
        message: '"may" in the translation, no hedge in the original (softer)',
      },
    ],
  });
  const en2 = 'make progress in the three critical battles;';
  const zh2 = '坚决打好三大攻坚战，';
  assert.equal(
    flagStrengthAcross(en2, whole(en2), zh2, whole(zh2), 'han').flagDetails[0]?.message,
    '"坚决 (resolutely)" in the original, no word of resolve or emphasis in the translation (softer)',
  );
});

test('a marker either side renders is no flag', () => {
  const table: [string, string, 'han' | 'cyrillic'][] = [
    ['firmly act on the Party’s basic theory, line, and policy;', '坚决贯彻党的基本理论、基本路线、基本方略，', 'han'],
    ['Hong Kong and Macao will surely enjoy long-term prosperity.', '香港、澳门必将长期繁荣稳定。', 'han'],
    // 一定能 → "will": the case's gold calls it faithful.
    ['we will realize the goals we have set.', '就一定能实现我们的既定目标。', 'han'],
    // 坚决 → "Strong measures", 决不允许 → "no such funds are allowed" (gov-work-report-2020).
    ['Strong measures will be taken to forestall systemic risks.', '坚决守住不发生系统性风险底线。', 'han'],
    ['no such funds are allowed to be withheld or diverted.', '决不允许截留挪用。', 'han'],
    ['Probably in order to cover up the crimes.', 'Наверное, для того чтобы прикрыть преступления.', 'cyrillic'],
    ["I'm sure they will adjust to that.", 'Я впевнений, що вони підлаштуються.', 'cyrillic'],
    ['The world needs to know that.', 'Світ повинен це знати.', 'cyrillic'],
    // The word diff meets "unavoidably" with 必将 (will surely, inevitably) by WordNet, past the lists.
    ['Prices unavoidably rise.', '物价必将上涨。', 'han'],
  ];
  for (const [report, source, script] of table) assert.equal(show(report, source, script), 'none', report);
});

test('optatives, the month, negated markers, fillers, "as much as possible", "could", "must" and single characters are no flag', () => {
  const table: [string, string, 'han' | 'cyrillic'][] = [
    // Wishes, not hedges (xi-new-year-address-2022, -2023).
    ['May our country enjoy prosperity and our people live in peace and harmony!', '祝福国泰民安！', 'han'],
    ['I wish you all a happy New Year and may all your wishes come true.', '祝愿大家新年快乐、皆得所愿！', 'han'],
    ['Happy New Year, and may all your dreams come true.', '新年快乐、梦想成真！', 'han'],
    ['The report was delivered on May 22.', '报告于5月22日发表。', 'han'],
    ['In May the prices rose.', '五月物价上涨。', 'han'],
    // A negation turns a marker around ("cannot possibly" is certain): no evidence either way.
    ['That cannot possibly be true.', 'Це неправда.', 'cyrillic'],
    ['We will cut costs as much as possible.', '我们尽可能降低成本。', 'han'],
    ['We will cut costs as much as possible.', 'Ми максимально знизимо витрати.', 'cyrillic'],
    ['It is really very important, of course, and frankly, you know, completely right.', '这很重要。', 'han'],
    // "could" of past ability; "must" for a Chinese directive (xi-new-year-address-2022, gov-work-report-2020).
    ['Standing on the Rostrum, one could only marvel at the journey.', '站在城楼上感慨系之，', 'han'],
    ['We must focus on maintaining security in the six areas.', '“六保”是今年工作的着力点。', 'han'],
    // 可 "can, may", 必 "certainly, must": single characters are never a marker.
    ['The policies will be improved.', '政策还可完善。', 'han'],
    ['Difficult as the task is, we will get the job done.', '事虽难，做则必成。', 'han'],
    // 一定 before a noun is "a certain"; 坚定 before one is "to firm up"; "точно так" is "exactly".
    ['This helped to some extent.', '这在一定程度上有帮助。', 'han'],
    ['stay confident in the path;', '坚定“四个自信”，', 'han'],
    ['Similar!', 'Точно так же!', 'cyrillic'],
  ];
  for (const [report, source, script] of table) assert.equal(show(report, source, script), 'none', report);
});

test('a marker on a claim the other side does not render is no flag', () => {
  assert.equal(show('Trade rose, and new rules may follow.', '贸易增长。', 'han'), 'none');
});

test('evidence both ways raises neither flag and says why in a withheld detail', () => {
  const en = 'Prices may rise, and we will definitely take action.';
  const zh = '物价上涨，我们采取行动。';
  assert.equal(show(en, zh, 'han'), 'withheld r="may"');
  const [detail] = flagStrengthAcross(en, whole(en), zh, whole(zh), 'han').flagDetails;
  assert.match(detail!.message, /^strength changes both ways, so neither flag is raised: "may" .*; "definitely" /);
});

test('evidence lies inside the alignment’s spans; an unknown original is an error', () => {
  const en = 'Intro. Prices may rise next year. Outro.';
  const zh = '引言。明年物价上涨。';
  const result = flagStrengthAcross(en, [{ start: 7, end: 33 }], zh, [{ start: 3, end: 10 }], 'han');
  assert.deepEqual(result.flagDetails[0]?.report, { start: 14, end: 17 });
  assert.throws(() => flagStrengthAcross(en, whole(en), zh, whole(zh), 'latn' as 'de'), /Latin-script language/);
});

/** A small German and French glossary, as an imported FreeDict table gives it. */
const GLOSSARY: TranslationDictionary[] = [
  {
    language: 'de',
    glosses: new Map([
      ['preise', 'prices'],
      ['steigen', 'rise climb'],
      ['nächstes', 'next'],
      ['jahr', 'year'],
      ['wir', 'we'],
      ['gewinnen', 'win'],
      ['schlacht', 'battle'],
      ['vielleicht', 'perhaps maybe'],
      ['zweifellos', 'undoubtedly'],
    ]),
  },
  {
    language: 'fr',
    glosses: new Map([
      ['prix', 'prices price'],
      ['monteront', 'rise'],
      ['doivent', 'must'],
      ['agir', 'act'],
      ['nous', 'we'],
      ['gouvernements', 'governments'],
      ['les', 'the'],
      ['probablement', 'probably'],
    ]),
  },
];

/** The flags of a Latin-script pair, read with its glossary's word diff, as alignTranslation does. */
function showLatin(report: string, source: string, language: 'de' | 'fr'): string {
  const dictionary = GLOSSARY.find((d) => d.language === language)!;
  const diff = crossLanguageDiff(report, whole(report), source, whole(source), 'latin', dictionary);
  const { flags, flagDetails } = flagStrengthAcross(report, whole(report), source, whole(source), language, diff);
  if (flagDetails.length === 0) return 'none';
  const [d] = flagDetails;
  const r = d!.report ? ` r=${JSON.stringify(report.slice(d!.report.start, d!.report.end))}` : '';
  const s = d!.source ? ` s=${JSON.stringify(source.slice(d!.source.start, d!.source.end))}` : '';
  return `${flags[0] ?? 'withheld'}${r}${s}`;
}

test('a German or French original: its own markers against the English, read with the pair’s diff', () => {
  const table: [string, string, 'de' | 'fr', string][] = [
    // A hedge only the original has: the translation is stronger.
    ['Prices will rise next year.', 'Die Preise steigen vielleicht nächstes Jahr.', 'de', 'sharpened s="vielleicht"'],
    ['Prices will rise.', 'Les prix monteront probablement.', 'fr', 'sharpened s="probablement"'],
    // Certainty or obligation only the original has: softer.
    ['We win the battle.', 'Zweifellos gewinnen wir die Schlacht.', 'de', 'softened s="Zweifellos"'],
    ['Governments act.', 'Les gouvernements doivent agir.', 'fr', 'softened s="doivent"'],
    // Rendered: the English has the hedge or the obligation too.
    ['Prices may perhaps rise next year.', 'Die Preise steigen vielleicht nächstes Jahr.', 'de', 'none'],
    ['Governments must act.', 'Les gouvernements doivent agir.', 'fr', 'none'],
    // An English hedge the German lacks: softer, as for every original.
    ['Prices will probably rise next year.', 'Die Preise steigen nächstes Jahr.', 'de', 'softened r="probably"'],
  ];
  for (const [en, original, language, want] of table) assert.equal(showLatin(en, original, language), want, en);
  // Without the pair's diff (which needs the dictionary) a Latin-script pair is not flagged.
  const en = 'Prices will rise next year.';
  const de = 'Die Preise steigen vielleicht nächstes Jahr.';
  assert.deepEqual(flagStrengthAcross(en, whole(en), de, whole(de), 'de'), { flags: [], flagDetails: [] });
});

test('alignTranslation carries the flags on its pairs', () => {
  const en = 'We will definitely win the battle.';
  const zh = '我们打赢这场战斗。';
  const [pair] = alignTranslation(en, zh, 'zh').alignments;
  assert.deepEqual(pair?.flags, ['sharpened']);
  assert.equal(
    pair?.flagDetails[0]?.message,
    '"definitely" in the translation, no word of certainty in the original (stronger)',
  );
});
