// A URL to text and metadata: fetch within the guard, then read the article out of an HTML page.
import type { ExtractedDocument } from '../types.ts';
import { checkText } from './check-text.ts';
import { extractHtml } from './extract-html.ts';
import { fetchPage, type FetchPageOptions } from './fetch-page.ts';

/**
 * Fetches `url` and extracts its text (the article of an HTML page, a plain-text page as it is). The metadata's
 * `url` is where the page was finally read, after redirects. Throws IngestError (see fetchPage and checkText).
 */
export async function ingestUrl(url: string, options: FetchPageOptions = {}): Promise<ExtractedDocument> {
  const page = await fetchPage(url, options);
  const document =
    page.type === 'text/plain'
      ? {
          text: page.text,
          meta: { title: null, outlet: null, date: null, url: page.url, language: null, byline: null },
        }
      : extractHtml(page.text, page.url);
  checkText(document.text);
  return document;
}
