// Periods that do not end a sentence: abbreviations and initials. The lists follow the abbreviation lists of
// sentence splitters such as Punkt (Kiss & Strunk 2006) and pySBD's English rules, cut down to what news copy uses;
// the split-or-not decision looks at the next word, as those tools do (`Dec. 9` vs `in Dec. The`).

// Titles before a name: never the end of a sentence (`Mr. Kirby`, `Gen. Milley`, `Sen. Rubio`).
const TITLES = new Set([
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Mme', 'Dr', 'Prof', 'St', 'Mt', 'Ft', 'Gen', 'Lt', 'Col', 'Capt', 'Cmdr', 'Maj',
  'Sgt', 'Adm', 'Brig', 'Sen', 'Rep', 'Gov', 'Amb', 'Pres', 'Rev', 'Hon', 'Supt', 'Insp', 'Det', 'Atty',
  'MR', 'MRS', 'MS', 'DR', 'vs', 'v', 'cf', 'e.g', 'i.e', 'viz', 'approx', 'ca', 'incl', 'esp',
]);
// Abbreviations before a number (`Dec. 9`, `No. 9`, `Art. 5`): a split only when no number follows.
const BEFORE_NUMBER = new Set([
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'No', 'Nos', 'no', 'Vol',
  'vol', 'Art', 'art', 'Fig', 'fig', 'p', 'pp', 'para', 'Para', 'Sec', 'sec', 'Ch', 'ch', 'Nr', 'Ref', 'ref', 'Tel',
]);
// Abbreviations that end a name or phrase (`Apple Inc. said`, `U.S. President`): they end a sentence only when the next
// word is one that typically opens a sentence (`… in the U.S. The next day`).
const NAME_ENDINGS = new Set([
  'Inc', 'Corp', 'Ltd', 'Co', 'Jr', 'Sr', 'Bros', 'Plc', 'plc', 'LLC', 'Cos', 'al', 'a.m', 'p.m', 'A.M', 'P.M',
]);
// `etc.` ends a sentence before any capital.
const BEFORE_CAPITAL = new Set(['etc', 'Etc']);
// Letter-period sequences: `U.S`, `U.K`, `U.N`, `D.C`, `U.S.A` (the final period is the candidate).
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;

/** Words that commonly open a sentence and rarely follow a name-final abbreviation (`U.S. officials`, `Inc. said`). */
export const SENTENCE_STARTERS = new Set([
  'The', 'This', 'That', 'These', 'Those', 'There', 'Then', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You',
  'Our', 'His', 'Her', 'Their', 'My', 'But', 'And', 'Or', 'So', 'Yet', 'However', 'In', 'On', 'At', 'As', 'A',
  'An', 'If', 'When', 'While', 'After', 'Before', 'Since', 'Meanwhile', 'Also', 'Still', 'Some', 'Many', 'Most',
  'Such', 'What', 'Why', 'How', 'Who', 'Where', 'Nevertheless', 'Moreover', 'Furthermore', 'Although', 'Though',
  'Despite', 'For', 'With', 'By', 'From', 'To', 'According', 'Last', 'Earlier', 'Later', 'Now', 'Today',
  'Yesterday', 'No', 'Not', 'Both', 'All', 'Each', 'Every', 'One', 'Another', 'Other', 'Asked', 'Speaking',
]);

/**
 * Whether a period ends the sentence. `word`: the characters before the period back to whitespace (opening quotes and
 * brackets removed), e.g. `U.S`, `Dec`, `Smith`. `nextWord`: the letters of the word after the following whitespace
 * (empty when it starts with a digit or symbol). `nextIsDigit`: whether the next text starts with a digit.
 * A lower-case next word is handled by the caller (never a split).
 */
export function periodEndsSentence(word: string, nextWord: string, nextIsDigit: boolean): boolean {
  if (word === '') return true;
  if (SINGLE_CAPITAL.test(word)) return false; // initials: `J. R. Smith`, `Lijian Z. said`
  if (TITLES.has(word)) return false;
  if (BEFORE_NUMBER.has(word)) return !nextIsDigit;
  if (BEFORE_CAPITAL.has(word)) return true;
  if (NAME_ENDINGS.has(word) || DOTTED.test(word)) return !nextIsDigit && SENTENCE_STARTERS.has(nextWord);
  return true;
}
