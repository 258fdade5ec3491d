// Words that open a new clause after a comma: coordinating and subordinating conjunctions, relative pronouns, and
// the participles wire copy uses to continue an attribution (`…, Wang said, adding that …`). `, and` / `, or` also end
// lists (`government agencies, and universities across the world`), so they open a clause only when a verb follows
// (rules/coordinated-predicate.ts); short list items that still get cut are merged back by the clause splitter.
import { skipSpaceForward } from '../chars.ts';
import { startsClauseAfterAnd } from './coordinated-predicate.ts';

const SINGLE = new Set([
  'but',
  'while',
  'whereas',
  'which',
  'who',
  'whom',
  'whose',
  'although',
  'though',
  'because',
  'as',
  'so',
  'thus',
  'hence',
  'therefore',
  'when',
  'where',
  'if',
  'yet',
  'since',
  'unless',
  'until',
  'otherwise',
  'adding',
  'saying',
  'noting',
  'stressing',
  'resulting',
  'emphasizing',
  'emphasising',
  'insisting',
  'arguing',
  'claiming',
  'warning',
  'urging',
  'calling',
  'accusing',
  'describing',
  'citing',
  'highlighting',
  'reiterating',
  'underlining',
  'asserting',
  'declaring',
  'stating',
  'pointing',
]);
// Multi-word openers, and `as`/`but` phrases that do not open a clause (`, as well as`, `not only …, but also`).
const PHRASES = new Map<string, ReadonlyArray<readonly [string, boolean]>>([
  [
    'in',
    [
      ['in an attempt', true],
      ['in a bid', true],
      ['in order to', true],
    ],
  ],
  ['instead', [['instead of', true]]],
  ['so', [['so that', true]]],
  [
    'even',
    [
      ['even though', true],
      ['even if', true],
    ],
  ],
  [
    'as',
    [
      ['as well as', false],
      ['as well', false],
    ],
  ],
  ['but', [['but also', false]]],
  ['such', [['such as', false]]],
]);
const AND_OR = new Set(['and', 'or']);
const FIRST_WORD = /[A-Za-z'’-]+/y;
const WORDS = /[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}/uy;

/** Whether the words starting at `start` (not beyond `end`) open a new clause after a comma. */
export function startsClauseOpener(text: string, start: number, end: number): boolean {
  FIRST_WORD.lastIndex = start;
  const m = FIRST_WORD.exec(text);
  if (!m) return false;
  const first = m[0].toLowerCase();
  const phrases = PHRASES.get(first);
  if (phrases) {
    WORDS.lastIndex = start;
    const words = (WORDS.exec(text)?.[0] ?? '').toLowerCase().replace(/\s+/gu, ' ');
    for (const [phrase, opens] of phrases) {
      if (words === phrase || words.startsWith(`${phrase} `)) return opens;
    }
  }
  if (AND_OR.has(first)) return startsClauseAfterAnd(text, skipSpaceForward(text, start + first.length, end), end);
  return SINGLE.has(first);
}
