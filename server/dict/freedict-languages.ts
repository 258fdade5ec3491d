// The FreeDict dictionaries into English that `claimdiff dict import` takes: the Latin-script languages translation
// mode can align through one (lib/translate/language.ts), by their Debian package `dict-freedict-<code>-eng`.
// Debian (bookworm) ships deu-eng, fra-eng, spa-eng, ita-eng, por-eng and nld-eng among others; there is no
// rus-eng (only eng-rus) and no Ukrainian one, and those two are aligned by sound without a dictionary.
import type { LatinLanguage } from '../../lib/translate/language.ts';

export interface FreedictLanguage {
  /** The ISO 639-3 code FreeDict names its dictionaries by. */
  code: string;
  /** The language's BCP 47 tag, as translation mode knows it. */
  language: LatinLanguage;
  name: string;
  /** Other names accepted on the command line (ISO 639-1, 639-2/B, the English name). */
  aliases: readonly string[];
}

export const FREEDICT_LANGUAGES: readonly FreedictLanguage[] = [
  { code: 'deu', language: 'de', name: 'German', aliases: ['de', 'ger', 'german'] },
  { code: 'fra', language: 'fr', name: 'French', aliases: ['fr', 'fre', 'french'] },
  { code: 'spa', language: 'es', name: 'Spanish', aliases: ['es', 'spanish'] },
  { code: 'ita', language: 'it', name: 'Italian', aliases: ['it', 'italian'] },
  { code: 'por', language: 'pt', name: 'Portuguese', aliases: ['pt', 'portuguese'] },
  { code: 'nld', language: 'nl', name: 'Dutch', aliases: ['nl', 'dut', 'dutch'] },
];

/** Languages people may ask for that have no dictionary to import, with the reason. */
const NOT_IMPORTED: ReadonlyArray<[readonly string[], string]> = [
  [
    ['ru', 'rus', 'russian'],
    'Debian has no FreeDict Russian-English dictionary (only English-Russian); Russian originals are aligned without one, by the sound of names and borrowings',
  ],
  [
    ['uk', 'ukr', 'ukrainian'],
    'FreeDict has no Ukrainian-English dictionary; Ukrainian originals are aligned without one, by the sound of names and borrowings',
  ],
  [['zh', 'zho', 'chi', 'chinese'], 'Chinese needs no import: translation mode reads CC-CEDICT, built in'],
  [['en', 'eng', 'english'], 'English is the translation side: import the language of the original'],
];

/** The Debian package of a language's dictionary into English. */
export const packageOf = (entry: FreedictLanguage): string => `dict-freedict-${entry.code}-eng`;

/** The language `name` stands for, or an Error saying why it cannot be imported and what can. */
export function freedictLanguage(name: string): FreedictLanguage {
  const key = name.trim().toLowerCase();
  const found = FREEDICT_LANGUAGES.find((l) => l.code === key || l.aliases.includes(key));
  if (found) return found;
  const known = FREEDICT_LANGUAGES.map((l) => `${l.language} (${l.code})`).join(', ');
  const reason = NOT_IMPORTED.find(([names]) => names.includes(key))?.[1];
  throw new Error(
    reason
      ? `no dictionary to import for "${name}": ${reason}`
      : `unknown language "${name}": claimdiff dict import takes ${known}`,
  );
}
