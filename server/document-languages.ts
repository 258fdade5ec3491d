// The languages two documents' metadata give (`language`: a BCP 47 tag such as `zh-CN`), as the matcher takes them:
// a given language decides the mode (a translation against its original, or one language) where the text alone
// might not, as `--report-lang` / `--source-lang` do on the command line. A tag claimdiff does not tell apart, or
// none, leaves the text's own script to decide.
import { languageOfTag, type Language } from '../lib/translate/language.ts';

interface WithLanguage {
  language?: string | null;
}

export function documentLanguages(
  report: WithLanguage,
  source: WithLanguage,
): { reportLanguage?: Language; sourceLanguage?: Language } {
  const reportLanguage = languageOfTag(report.language);
  const sourceLanguage = languageOfTag(source.language);
  return { ...(reportLanguage && { reportLanguage }), ...(sourceLanguage && { sourceLanguage }) };
}
