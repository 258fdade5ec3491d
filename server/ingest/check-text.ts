// The last check every document passes, however it arrived (paste, upload, URL): something to compare, and not
// more than the matcher is allowed to chew on.
import { MAX_DOCUMENT_CHARS } from '../../lib/input/limits.ts';
import { IngestError } from './ingest-error.ts';

/** Returns `text` unchanged, or throws IngestError 'empty' (nothing but whitespace) or 'too-large'. */
export function checkText(text: string, maxChars = MAX_DOCUMENT_CHARS): string {
  if (text.length > maxChars)
    throw new IngestError(
      'too-large',
      `the text is ${text.length.toLocaleString('en')} characters, more than the ${maxChars.toLocaleString('en')}-character limit`,
    );
  if (text.trim() === '')
    throw new IngestError('empty', text === '' ? 'the text is empty' : 'the text contains only whitespace');
  return text;
}
