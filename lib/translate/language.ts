// Which language a text is in, from its script and (for Cyrillic) its letters: enough to know when a report and
// its source are a translation pair. Only the first 20,000 characters are read.

/**
 * BCP 47 primary tags claimdiff tells apart; `und` when the script is none of these. The script alone gives `en`,
 * `zh`, `uk`, `ru` and `und`; the Latin-script languages a FreeDict dictionary can be imported for (`de`, `fr`,
 * `es`, `it`, `pt`, `nl`) are given, or told from their function words (latin-language.ts) once one is imported.
 */
export type Language = 'en' | 'zh' | 'uk' | 'ru' | LatinLanguage | 'und';

/** The Latin-script languages other than English that translation mode aligns through an imported dictionary. */
export type LatinLanguage = 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl';
export const LATIN_LANGUAGES: readonly LatinLanguage[] = ['de', 'fr', 'es', 'it', 'pt', 'nl'];
export const isLatinLanguage = (language: Language): language is LatinLanguage =>
  (LATIN_LANGUAGES as readonly string[]).includes(language);

/** The languages a caller may give (`--source-lang`, a document's `language`); `und` is never given. */
export const GIVEN_LANGUAGES: readonly Language[] = ['en', 'zh', 'uk', 'ru', ...LATIN_LANGUAGES];

/**
 * The language a BCP 47 tag names (`zh-CN` → `zh`, `EN-us` → `en`), or undefined for a tag of a language claimdiff
 * does not tell apart (`ja`), or none: the text's own script then decides.
 */
export function languageOfTag(tag: string | null | undefined): Language | undefined {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && (GIVEN_LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : undefined;
}

const SAMPLE = 20_000;

export function detectLanguage(text: string): Language {
  let han = 0;
  let cyrillic = 0;
  let latin = 0;
  let ukrainian = 0;
  let russian = 0;
  const end = Math.min(text.length, SAMPLE);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if (c >= 0x0400 && c <= 0x04ff) {
      cyrillic++;
      // і ї є ґ are Ukrainian only; ы э ъ ё Russian only.
      if (c === 0x456 || c === 0x457 || c === 0x454 || c === 0x491 || c === 0x406 || c === 0x407 || c === 0x404)
        ukrainian++;
      else if (c === 0x44b || c === 0x44d || c === 0x44a || c === 0x451) russian++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  // A Chinese character carries about as much as three Latin letters.
  const best = Math.max(han * 3, cyrillic, latin);
  if (best === 0) return 'und';
  if (best === han * 3) return 'zh';
  if (best === cyrillic) return ukrainian >= russian ? 'uk' : 'ru';
  return 'en';
}

/**
 * The `lang` a page should give a text: the language its script shows (Chinese, Ukrainian, Russian), which picks
 * the right CJK glyphs, line breaking and Cyrillic forms; null for Latin script, which alone does not tell English
 * from French.
 */
export function languageTag(text: string): Language | null {
  const detected = detectLanguage(text);
  return detected === 'en' || detected === 'und' ? null : detected;
}

/** The writing system of a language: pairs in two scripts are aligned as translations. */
export const scriptOf = (language: Language): 'han' | 'cyrillic' | 'latin' | 'other' =>
  language === 'zh'
    ? 'han'
    : language === 'uk' || language === 'ru'
      ? 'cyrillic'
      : language === 'en' || isLatinLanguage(language)
        ? 'latin'
        : 'other';

/**
 * Whether a report and its source are a translation pair the translation mode aligns: an English translation of a
 * Chinese, Ukrainian or Russian original, or of a German, French… one when a dictionary of that language is at hand
 * (`withDictionary`). Other same-script pairs keep the matcher.
 */
export const isTranslationPair = (report: Language, source: Language, withDictionary = false): boolean =>
  report === 'en' &&
  (scriptOf(source) === 'han' ||
    scriptOf(source) === 'cyrillic' ||
    (withDictionary && source !== 'en' && scriptOf(source) === 'latin'));
