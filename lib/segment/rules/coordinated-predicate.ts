// `X rejected accusations that … and accused the US of …`: an `and`/`but` without a comma that joins a second
// predicate to the same subject starts a clause of its own (cases/zhao-20210720-therecord/a.txt, the standfirst).
// Without a parser, "verb-like" is guessed from the word: an auxiliary, or an -ed/-s form followed by the start of
// an object (`accused the US`, `suppresses China`); `and developed countries` or `and others say` stay together.
import { isDigitAt, isSpaceCode, isUpperAt, isWordCode } from '../chars.ts';

const AUXILIARIES = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'must',
  'should',
  'may',
  'might',
  'shall',
  'does',
  'did',
]);
// Words that start an object or complement after an -ed/-s verb.
const OBJECT_STARTS = new Set([
  'the',
  'a',
  'an',
  'that',
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
  'it',
  'them',
  'us',
  'him',
  'me',
  'this',
  'these',
  'those',
  'all',
  'any',
  'no',
  'not',
  'against',
  'about',
  'into',
  'out',
  'up',
  'some',
  'such',
  'both',
  'each',
  'every',
  'more',
  'what',
  'how',
  'whether',
]);
const MIN_WORDS = 6;
const WORD = /[\p{L}'’-]+/uy;
const QUOTE_MARKS = new Set([34, 0x201c, 0x201d, 39, 0x2018]);

function wordAt(text: string, start: number): string {
  WORD.lastIndex = start;
  return WORD.exec(text)?.[0] ?? '';
}

// Counts words from `start`, stopping at `limit` words or at `end`.
function countWordsUpTo(text: string, start: number, end: number, limit: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end && words < limit; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) inWord = false;
    else if (!inWord && isWordCode(c)) {
      words++;
      inWord = true;
    }
  }
  return words;
}

// Irregular past forms common in reports (`… and said the country was itself a victim`).
const IRREGULAR_PAST = new Set(['said', 'told', 'made', 'gave', 'took', 'held', 'sought', 'wrote', 'spoke', 'saw', 'brought', 'kept', 'drew', 'struck', 'threw']);

const looksInflectedVerb = (w: string): boolean =>
  IRREGULAR_PAST.has(w) ||
  (w.length > 4 && w.endsWith('ed')) || (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is|['’]s)$/u.test(w));

const suffixOf = (w: string): string => (w.endsWith('ed') ? 'ed' : w.endsWith('s') ? 's' : '');

/**
 * Whether the words at `start` (just after a comma-less `and`/`but`, not beyond `end`) are a long second predicate.
 * `previous`: the word before the conjunction; two verbs of one form (`opposes and combats all attacks`, `smears and
 * suppresses China`) share their object and stay in one clause.
 */
export function startsCoordinatedPredicate(text: string, start: number, end: number, previous = ''): boolean {
  const first = wordAt(text, start).toLowerCase();
  if (first === '' || countWordsUpTo(text, start, end, MIN_WORDS) < MIN_WORDS) return false;
  if (AUXILIARIES.has(first)) return true;
  if (!looksInflectedVerb(first)) return false;
  if (looksInflectedVerb(previous) && suffixOf(previous.toLowerCase()) === suffixOf(first)) return false;
  let next = start + first.length;
  while (next < end && isSpaceCode(text.charCodeAt(next))) next++;
  if (next >= end) return false;
  return (
    OBJECT_STARTS.has(wordAt(text, next).toLowerCase()) ||
    isUpperAt(text, next) ||
    isDigitAt(text, next) ||
    QUOTE_MARKS.has(text.charCodeAt(next))
  );
}

const CLAUSE_WINDOW = 5;

/**
 * Whether the words after a comma and `and`/`or` (from `start`, not beyond `end`) read as a clause rather than the
 * last item of a list: a second predicate, or an auxiliary within the next few words (`, and the US must stop`).
 * `…, government agencies, and universities across the world` stays one clause.
 */
export function startsClauseAfterAnd(text: string, start: number, end: number): boolean {
  if (startsCoordinatedPredicate(text, start, end)) return true;
  let at = start;
  for (let n = 0; n < CLAUSE_WINDOW && at < end; n++) {
    const word = wordAt(text, at);
    if (word === '') return false;
    if (AUXILIARIES.has(word.toLowerCase())) return true;
    at += word.length;
    while (at < end && isSpaceCode(text.charCodeAt(at))) at++;
  }
  return false;
}
