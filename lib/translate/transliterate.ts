// Cyrillic to Latin letters, and both to one rough sound key, so names and borrowed words meet across a
// Ukrainian or Russian original and its English translation (`Маріуполь` / `Mariupol`, `гуманітарних` /
// `humanitarian`, `коридорів` / `corridors`) without a dictionary.
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'iu',
  я: 'ia',
  ё: 'e',
  ы: 'y',
  э: 'e',
  ъ: '',
  '’': '',
  "'": '',
};

export function transliterate(word: string): string {
  let out = '';
  for (const ch of word.toLowerCase()) out += CYRILLIC[ch] ?? ch;
  return out;
}

/**
 * A sound key of a Latin or transliterated word: letters that sound alike made one (c/k/q, y/i/j, w/v, ph/f,
 * h/g: Ukrainian writes `г` where English has `g`), vowels after the first letter dropped, doubles single.
 */
export function soundKey(latin: string): string {
  const s = latin
    .toLowerCase()
    .replace(/ph/g, 'f')
    .replace(/[ckq]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/[yij]/g, 'i')
    .replace(/w/g, 'v')
    .replace(/g/g, 'h')
    .replace(/[^a-z]/g, '');
  const consonants = s.charAt(0) + s.slice(1).replace(/[aeiou]/g, '');
  return consonants.replace(/(.)\1+/g, '$1');
}
