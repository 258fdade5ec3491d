// A pack's copy of a document. Its language is the one given, else the one its script shows (Chinese, Ukrainian,
// Russian): the student's page sets it as the text's `lang`, which picks the right CJK glyphs and Cyrillic forms.
// Latin script is left unmarked, since it alone does not tell English from French.
import { detectLanguage } from '../translate/language.ts';
import type { PackDocument } from './types.ts';

export interface DocumentLike {
  title?: string | null;
  outlet?: string | null;
  language?: string | null;
  text: string;
}

export function toPackDocument(doc: DocumentLike, fallbackTitle: string): PackDocument {
  const detected = detectLanguage(doc.text);
  return {
    title: doc.title ?? fallbackTitle,
    outlet: doc.outlet ?? null,
    language: doc.language ?? (detected === 'en' || detected === 'und' ? null : detected),
    text: doc.text,
  };
}
