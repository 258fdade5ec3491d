import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alignTexts } from '../align.ts';
import type { AlignResult, TranslationDictionary } from '../types.ts';
import { dictionaryWords } from './gloss-dictionary.ts';

const DE: TranslationDictionary = {
  language: 'de',
  glosses: new Map([
    ['regierung', 'government administration'],
    ['zu hause', 'at home'],
    ['zu', 'to too'],
    ['hause', 'house'],
    ['bleiben', 'stay remain'],
    ['der', 'the that who'],
    ['état', 'state'],
    ['minister', 'minister'],
    ['sagte', 'said'],
    ['neue', 'new'],
    ['steuer', 'tax'],
    ['schulen', 'schools'],
    ['werden', 'will become'],
    ['gebaut', 'built'],
    ['kaufen', 'buy purchase'],
    ['in', 'in trendy india'],
    ['nicht', 'not'],
  ]),
};

const show = (text: string) =>
  dictionaryWords(text, 0, text.length, DE)
    .map((w) => `${text.slice(w.start, w.end)}:${w.stems.join('/')}`)
    .join(' ');

test("an original's words meet the English by the stems of their glosses, a dictionary phrase taken whole", () => {
  assert.equal(
    show('Der Regierung zu Hause bleiben'),
    'Der: Regierung:govern/administr zu Hause:home bleiben:stai/remain',
  );
  // Phrases never cross punctuation.
  assert.equal(show('zu, Hause'), 'zu: Hause:hous');
});

test('a function word of the original is no evidence, whatever its entry says; a negation is', () => {
  assert.equal(show('in Berlin nicht'), 'in: Berlin:berlin nicht:not');
});

test('a word the dictionary lacks is looked up without a short ending, or with a base form’s, then after an elided article, else kept as a name', () => {
  assert.equal(show('Regierungen'), 'Regierungen:govern/administr');
  assert.equal(show('kaufte'), 'kaufte:bui/purchas');
  assert.equal(show("l'État"), "l'État:state");
  assert.equal(show('Scholz in Berlin'), 'Scholz:scholz in: Berlin:berlin');
});

test('a German or Dutch compound the dictionary lacks meets the English through its two parts', () => {
  const de: TranslationDictionary = {
    language: 'de',
    glosses: new Map([
      ['verkehr', 'traffic transport'],
      ['plan', 'plan scheme'],
      ['straßenbahn', 'tram streetcar'],
      ['linie', 'line'],
      ['bus', 'bus coach'],
    ]),
  };
  const words = (language: TranslationDictionary['language'], text: string) =>
    dictionaryWords(text, 0, text.length, { ...de, language }).map((w) => w.stems.join('/'));
  // The longest first part with an entry, a linking "s" going with its ending; the rest inflected.
  assert.deepEqual(words('de', 'Verkehrsplan'), ['traffic/transport/plan/scheme']);
  assert.deepEqual(words('de', 'Straßenbahnlinien'), ['tram/streetcar/line']);
  // Parts shorter than four letters are not split off, and French words are never split.
  assert.deepEqual(words('de', 'Busplan'), ['busplan']);
  assert.deepEqual(words('fr', 'Verkehrsplan'), ['verkehrsplan']);
});

const SOURCE = [
  'Der Minister sagte, die Regierung will eine neue Steuer.',
  'Viele neue Schulen werden gebaut.',
  'Das Wetter war schön.',
].join(' ');
const REPORT = 'The minister said the government wants a new tax. Many new schools will be built.';

const pairs = (result: AlignResult, report: string, source: string) =>
  result.alignments.map(
    (a) =>
      `${a.report.map((s) => report.slice(s.start, s.end)).join(' ')} = ${a.source.map((s) => source.slice(s.start, s.end)).join(' ')}`,
  );

test('a German source with its dictionary is aligned as the original of an English translation', () => {
  const withDictionary = alignTexts(REPORT, SOURCE, { sourceLanguage: 'de', dictionaries: [DE] });
  assert.deepEqual(pairs(withDictionary, REPORT, SOURCE), [
    'The minister said the government wants a new tax. = Der Minister sagte, die Regierung will eine neue Steuer.',
    'Many new schools will be built. = Viele neue Schulen werden gebaut.',
  ]);
  assert.deepEqual(
    withDictionary.omitted.map((s) => SOURCE.slice(s.start, s.end)),
    ['Das Wetter war schön.'],
  );
  // Without the dictionary, the same pair goes to the matcher as one language, which finds neither pair.
  const without = alignTexts(REPORT, SOURCE, { sourceLanguage: 'de' });
  const found = pairs(without, REPORT, SOURCE);
  assert.ok(
    pairs(withDictionary, REPORT, SOURCE).every((p) => !found.includes(p)),
    found.join('; '),
  );
});

test('with a dictionary at hand, an English source, or a German text too short to tell, keeps the matcher', () => {
  const report = 'The minister said the government wants a new tax on schools.';
  const english = 'The minister said that the government wants a new tax. Schools will be built.';
  assert.deepEqual(alignTexts(report, english, { dictionaries: [DE] }), alignTexts(report, english));
  // Detected, not given: one short German sentence has too few function words to tell, so nothing changes.
  assert.deepEqual(alignTexts(report, SOURCE, { dictionaries: [DE] }), alignTexts(report, SOURCE));
  // Given as German, the same text is aligned as the original (whose region is the whole of it).
  const given = alignTexts(report, SOURCE, { dictionaries: [DE], sourceLanguage: 'de' });
  assert.deepEqual(given.regions, [{ start: 0, end: SOURCE.length }]);
  assert.equal(given.alignments[0]?.source[0]?.start, 0);
});
