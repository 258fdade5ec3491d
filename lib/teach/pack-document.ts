// A pack's copy of a document. Its language is the one given, else the one its script shows (languageTag): the
// student's page sets it as the text's `lang`.
import { languageTag } from '../translate/language.ts';
import type { PackDocument } from './types.ts';

export interface DocumentLike {
  title?: string | null;
  outlet?: string | null;
  language?: string | null;
  text: string;
}

export function toPackDocument(doc: DocumentLike, fallbackTitle: string): PackDocument {
  return {
    title: doc.title ?? fallbackTitle,
    outlet: doc.outlet ?? null,
    language: doc.language ?? languageTag(doc.text),
    text: doc.text,
  };
}
