// British and American spellings of one word (`destabilising` / `destabilizing`, `colour` / `color`, `centre` /
// `center`, `defence` / `defense`, `travelled` / `traveled`): a wire story may respell a transcript's words in its
// house style without changing what was said. Each form is brought to one key by the regular correspondences;
// two forms are variants when their keys agree. A surface rule, like the rest of lib/quotes/: no stems, no
// synonyms; a variant makes a quote's wording differ, never a misquote.

const RULES: ReadonlyArray<[RegExp, string]> = [
  // -ise / -ize and their derivations (organisation, realised, criticising); -yse / -yze (analyse).
  [/(?<=\w{2})is(e|es|ed|ing|er|ers|ation|ations|ational)$/, 'iz$1'],
  [/(?<=\w{2})ys(e|es|ed|ing|er|ers)$/, 'yz$1'],
  // -our / -or (colour, behaviours, honoured; not "four", "hour", "tour": at least three letters before it).
  [/(?<=\w{3})our(s|ed|ing|able|ite|ites)?$/, 'or$1'],
  // -tre / -ter (centre, metres, theatre).
  [/(?<=\w{2})tre(s|d)?$/, 'ter$1'],
  // -ence / -ense in the few words that differ (defence, offence, licence, pretence).
  [/^(def|off|lic|pret)ence(s)?$/, '$1ense$2'],
  // -ogue / -og (catalogue, dialogues).
  [/(?<=\w{3})ogue(s)?$/, 'og$1'],
  // A doubled l before -ed, -ing, -er (travelled, cancelling, modeller).
  [/(?<=[aeiou])ll(ed|ing|er|ers)$/, 'l$1'],
];

/** The form with British spellings brought to American ones. */
export function spellingKey(form: string): string {
  let key = form.toLowerCase();
  for (const [rule, to] of RULES) key = key.replace(rule, to);
  return key;
}

/** Whether two different forms are spellings of one word. */
export function areSpellingVariants(a: string, b: string): boolean {
  return a !== b && spellingKey(a) === spellingKey(b);
}
