import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closedClassItems } from './closed-class.ts';
import { cyrillicFeatures, englishFeatures, itemsMet } from './unit-features.ts';

const whole = (text: string) => ({ start: 0, end: text.length, paragraph: 0 });
const concepts = (piece: string, side: 'english' | 'cyrillic') =>
  closedClassItems(piece, side).map((item) => [...item][0]);

test('closed-class words of each side name one concept: pronouns in any case, negation, time words, months', () => {
  const table: [string, 'english' | 'cyrillic', string[]][] = [
    ['They did it consciously.', 'english', ['=they']],
    ['Вони зробили це свідомо.', 'cyrillic', ['=they']],
    ['Они обвиняют нас...', 'cyrillic', ['=they', '=we']],
    ["We don't know why.", 'english', ['=we', '=not', '=why']],
    ['Ми не знаємо, чому.', 'cyrillic', ['=we', '=not', '=why']],
    ['Today, on 10 March, all of us', 'english', ['=today', '=march', '=all', '=we']],
    ['Сьогодні, 10 березня, всі ми', 'cyrillic', ['=today', '=march', '=all', '=we']],
    // Words of several senses name none: що ("that" / "what"), це ("this" / "it is"), як ("how" / "as").
    ['Що це, як це?', 'cyrillic', []],
    // "May" is also the modal: no month from English.
    ['It may come in May.', 'english', []],
  ];
  for (const [piece, side, expected] of table) assert.deepEqual(concepts(piece, side), expected, piece);
});

test('two short sentences of the same length meet by their pronouns only where they share one', () => {
  const english = englishFeatures('They did it consciously.', whole('They did it consciously.'), true);
  const theirs = cyrillicFeatures('Вони зробили це свідомо.', whole('Вони зробили це свідомо.'));
  const ours = cyrillicFeatures('Ми знали, що зривають.', whole('Ми знали, що зривають.'));
  assert.equal(itemsMet(english, theirs), 1);
  assert.equal(itemsMet(english, ours), 0);
  // Against a Chinese or Latin-script original the English keeps only its content words.
  assert.equal(englishFeatures('They did it.', whole('They did it.'), false).keys.has('=they'), false);
});
