// Which Latin-script language a text is in, from its function words: asked only when a dictionary of a language
// other than English is imported (claimdiff dict import), to tell a German or French original from an English
// text. It must never take English for another language, so it answers `en` unless another language's function
// words clearly outnumber English ones, by counts with a wide margin: a text too short to tell, or mixed, stays
// English (give `--source-lang` then). Each list keeps only words that are not English words and not
// common words of the other languages here (so `die`, `in`, `a`, `de`, `la`, `con`, `son`, `come`, `also` are out), after the
// Snowball stop-word lists (https://snowballstem.org/algorithms/).
import { LATIN_LANGUAGES, type Language, type LatinLanguage } from './language.ts';

// prettier-ignore
const FUNCTION_WORDS: Record<LatinLanguage | 'en', readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'that', 'it', 'for', 'with', 'are', 'be', 'this', 'by', 'have', 'they', 'you',
    'she', 'his', 'our', 'their', 'would', 'from', 'which', 'not', 'at', 'been', 'were', 'its', 'there', 'these',
    'who', 'what', 'when', 'can', 'said', 'about', 'into', 'than'],
  de: ['der', 'und', 'ist', 'nicht', 'ein', 'eine', 'einen', 'einem', 'einer', 'das', 'zu', 'mit', 'sich', 'auf',
    'für', 'im', 'dem', 'von', 'wir', 'ich', 'auch', 'wird', 'werden', 'haben', 'hat', 'sind', 'nach', 'bei', 'aus',
    'oder', 'über', 'dass', 'noch', 'nur', 'aber', 'wenn', 'unsere', 'diese', 'heute', 'zum', 'zur', 'vom', 'sie',
    'wurde', 'uns'],
  fr: ['le', 'les', 'des', 'est', 'et', 'une', 'du', 'dans', 'qui', 'pour', 'pas', 'sur', 'au', 'avec', 'sont',
    'nous', 'vous', 'il', 'elle', 'ce', 'cette', 'mais', 'ont', 'été', 'aux', 'leur', 'très', 'ne', 'je', 'ces',
    'notre', 'être', 'fait', 'comme', 'tout'],
  es: ['el', 'los', 'las', 'y', 'sus', 'pero', 'más', 'fue', 'muy', 'también', 'nosotros', 'hemos', 'hay', 'está',
    'han', 'nuestro', 'nuestra', 'cuando'],
  it: ['della', 'che', 'di', 'è', 'gli', 'delle', 'dei', 'nel', 'nella', 'sono', 'anche', 'questo', 'questa',
    'alla', 'degli', 'più', 'hanno', 'siamo', 'essere', 'dal', 'nostro', 'nostra', 'perché', 'sul', 'alle',
    'ci', 'molto'],
  pt: ['os', 'não', 'uma', 'em', 'com', 'é', 'são', 'foi', 'também', 'nós', 'muito', 'seu', 'sua', 'nossa',
    'nosso', 'ao', 'pelo', 'pela', 'na', 'nas', 'isso', 'ela', 'ele'],
  nl: ['het', 'een', 'van', 'niet', 'dat', 'op', 'zijn', 'voor', 'met', 'ook', 'maar', 'wij', 'hebben',
    'heeft', 'wordt', 'worden', 'dit', 'naar', 'bij', 'uit', 'nog', 'om', 'aan', 'ons', 'onze', 'deze', 'zal',
    'kan', 'hij', 'ze', 'wat'],
};

const LISTS = Object.entries(FUNCTION_WORDS).map(([language, words]) => [language, new Set(words)] as const);
const SAMPLE = 20_000;

/** How many words of `text` (its first 20,000 characters) are function words of each language. */
export function functionWordCounts(text: string): Record<LatinLanguage | 'en', number> & { words: number } {
  const counts = { en: 0, de: 0, fr: 0, es: 0, it: 0, pt: 0, nl: 0, words: 0 };
  for (const match of text.slice(0, SAMPLE).matchAll(/\p{L}+/gu)) {
    const word = match[0].toLowerCase();
    counts.words++;
    for (const [language, words] of LISTS) if (words.has(word)) counts[language as LatinLanguage | 'en']++;
  }
  return counts;
}

/** At least this many function words of the language, */
const MIN_HITS = 8;
/** at least this share of all the text's words, */
const MIN_SHARE = 0.1;
/** this many times as many as English ones, */
const OVER_ENGLISH = 4;
/** and this many times as many as the runner-up's. */
const OVER_RUNNER_UP = 2;

/**
 * The language of a Latin-script text: German, French, Spanish, Italian, Portuguese or Dutch when its function
 * words say so by a wide margin, else `en` (unsure counts as English). Only the languages in `among` are
 * considered (default all of them).
 */
export function detectLatinLanguage(text: string, among: readonly LatinLanguage[] = LATIN_LANGUAGES): Language {
  const counts = functionWordCounts(text);
  const ranked = LATIN_LANGUAGES.map((language) => [language, counts[language]] as const).sort((x, y) => y[1] - x[1]);
  const [best, hits] = ranked[0]!;
  const runnerUp = ranked[1]![1];
  const clear =
    hits >= MIN_HITS &&
    hits >= MIN_SHARE * counts.words &&
    hits >= OVER_ENGLISH * counts.en &&
    hits >= OVER_RUNNER_UP * runnerUp;
  return clear && among.includes(best) ? best : 'en';
}

/**
 * Whether a text reads as English: it has English function words and at least three times as many as any other
 * language here has. A report must, before a detected German (…) source is aligned as its original; a German
 * report of a German source keeps the matcher.
 */
export function readsAsEnglish(text: string): boolean {
  const counts = functionWordCounts(text);
  return counts.en > 0 && LATIN_LANGUAGES.every((language) => counts.en >= 3 * counts[language]);
}

/** Negations among the function words: they carry the claim's polarity, and English `not` is a content word. */
const NEGATIONS = new Set(['nicht', 'ne', 'pas', 'não', 'niet', 'non', 'no']);

/**
 * Common function words the lists above leave out because another language here (or English) has them too; as
 * words of an original they are still no content.
 */
// prettier-ignore
const SHARED_FUNCTION_WORDS: Record<LatinLanguage, readonly string[]> = {
  de: ['die', 'in', 'an', 'es', 'er', 'so', 'den', 'des', 'am', 'um', 'als', 'wie', 'da', 'was', 'war', 'ihr', 'ihre', 'ihrer', 'sein', 'seine'],
  fr: ['la', 'de', 'a', 'en', 'un', 'on', 'par', 'à', 'que', 'se', 'sa', 'son', 'ses', 'y', 'nos'],
  es: ['la', 'de', 'en', 'un', 'a', 'se', 'que', 'con', 'por', 'para', 'una', 'es', 'lo', 'al', 'su', 'les', 'este', 'esta', 'ser', 'son', 'sobre', 'entre'],
  it: ['il', 'la', 'di', 'e', 'a', 'in', 'un', 'una', 'per', 'con', 'lo', 'le', 'da', 'si', 'del', 'ha', 'al', 'ma', 'come'],
  pt: ['o', 'a', 'de', 'e', 'do', 'da', 'que', 'em', 'um', 'por', 'para', 'se', 'no', 'as', 'das', 'dos', 'mais', 'este', 'esta'],
  nl: ['de', 'en', 'in', 'is', 'die', 'te', 'er', 'we', 'als', 'of', 'hun', 'haar'],
};

const DROPPED = new Map<Language, ReadonlySet<string>>(
  LATIN_LANGUAGES.map((language) => [
    language,
    new Set([...FUNCTION_WORDS[language], ...SHARED_FUNCTION_WORDS[language]].filter((w) => !NEGATIONS.has(w))),
  ]),
);

/**
 * Whether a lower-case word of a German, French… text is a function word (an article, pronoun, preposition,
 * auxiliary): no content to meet the English by, and its dictionary entry often carries noise (German `in` is also
 * "trendy", `er` "Eritrea"). Negations are content.
 */
export const isFunctionWord = (language: Language, lower: string): boolean =>
  DROPPED.get(language)?.has(lower) ?? false;
