// Article text and metadata from an HTML page: Mozilla's Readability (Firefox Reader View) finds the article
// and drops navigation, ads and boilerplate; linkedom gives it a DOM without running any script.
// Metadata is read before Readability runs, because Readability rewrites the document as it works.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ExtractedDocument } from '../types.ts';
import { MAX_HTML_DEPTH, MAX_HTML_NODES, READABILITY_MAX_DEPTH, READABILITY_MAX_NODES } from '../limits.ts';
import { measureHtml } from './measure-html.ts';
import { htmlToText, type DomNode } from './html-to-text.ts';
import { stripInertHtml } from './strip-inert-html.ts';
import { IngestError } from './ingest-error.ts';
import { normalizeDate } from './normalize-date.ts';

/** What extractHtml returns: the article text (paragraphs separated by blank lines) and its metadata. */
export type ExtractedHtml = ExtractedDocument;

type Doc = ReturnType<typeof parseHTML>['document'];

const clean = (value: string | null | undefined): string | null => {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
};

function metaContent(document: Doc, ...keys: string[]): string | null {
  for (const key of keys) {
    const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
    const value = clean(element?.getAttribute('content'));
    if (value) return value;
  }
  return null;
}

/** `datePublished` from JSON-LD blocks (a NewsArticle's, or any item's in an @graph). */
function jsonLdDate(document: Doc): string | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // broken JSON-LD is common; it is only a hint
    }
    const items: unknown[] = Array.isArray(data) ? data : [data];
    for (const item of items.flatMap((x) =>
      x && typeof x === 'object' && '@graph' in x && Array.isArray(x['@graph']) ? x['@graph'] : [x],
    )) {
      if (item && typeof item === 'object' && 'datePublished' in item && typeof item.datePublished === 'string')
        return item.datePublished;
    }
  }
  return null;
}

/** Metadata from the page head, before Readability touches the document. */
function readMeta(document: Doc): {
  title: string | null;
  outlet: string | null;
  date: string | null;
  language: string | null;
} {
  return {
    title: metaContent(document, 'og:title', 'twitter:title') ?? clean(document.querySelector('title')?.textContent),
    outlet: metaContent(document, 'og:site_name', 'application-name', 'publisher'),
    date:
      normalizeDate(
        metaContent(document, 'article:published_time', 'datePublished', 'date', 'dc.date', 'DC.date.issued'),
      ) ??
      normalizeDate(jsonLdDate(document)) ??
      normalizeDate(document.querySelector('time[datetime]')?.getAttribute('datetime')),
    language: clean(document.documentElement?.getAttribute('lang')),
  };
}

/** linkedom's parse; a page that breaks the parser (it has thrown RangeError on hostile markup) is a bad file. */
function parseOrFail(html: string): ReturnType<typeof parseHTML> {
  try {
    return parseHTML(html);
  } catch (error) {
    throw new IngestError('bad-file', 'the page could not be read as HTML', { cause: error });
  }
}

/** Readability's article, or null when it finds none or fails (a page it cannot handle is read whole instead). */
function findArticle(document: Doc): ReturnType<Readability<DomNode>['parse']> {
  try {
    // serializer: keep the article as DOM nodes; we make the text ourselves, paragraph by paragraph.
    return new Readability<DomNode>(document as unknown as Document, {
      serializer: (node) => node as unknown as DomNode,
    }).parse();
  } catch {
    return null;
  }
}

/**
 * Gives linkedom a complete document. It is not an HTML5 parser: a fragment (`<p>hi</p>`) or a page without a
 * <body> tag leaves `document.body` empty or missing, where a browser would have built one.
 */
export function completeDocument(html: string): string {
  const source = html.replace(/<!doctype[^>]*>/gi, '');
  if (/<body[\s>]/i.test(source))
    return /<html[\s>]/i.test(source) ? `<!DOCTYPE html>${source}` : `<!DOCTYPE html><html>${source}</html>`;
  const headEnd = /<\/head\s*>/i.exec(source);
  const htmlStart = /<html[^>]*>/i.exec(source);
  const at = headEnd ? headEnd.index + headEnd[0].length : htmlStart ? htmlStart.index + htmlStart[0].length : -1;
  if (at < 0) return `<!DOCTYPE html><html><body>${source}</body></html>`;
  const rest = source.slice(at).replace(/<\/html\s*>\s*$/i, '');
  return `<!DOCTYPE html>${source.slice(0, at)}<body>${rest}</body>${htmlStart ? '</html>' : ''}`;
}

/**
 * Extracts the article of `html`. `url` (where it came from) is kept in the metadata.
 * Throws IngestError 'no-text' when the page holds no readable text.
 */
export function extractHtml(html: string, url: string | null = null): ExtractedHtml {
  const full = completeDocument(stripInertHtml(html));
  // Parsing and Readability slow down steeply with nesting and size: measure both before either runs.
  const { depth, elements, references } = measureHtml(full, MAX_HTML_DEPTH);
  if (depth > MAX_HTML_DEPTH)
    throw new IngestError(
      'too-large',
      `the page's HTML nests more than ${MAX_HTML_DEPTH.toLocaleString('en')} levels deep`,
    );
  if (elements + references > MAX_HTML_NODES)
    throw new IngestError(
      'too-large',
      `the page has ${(elements + references).toLocaleString('en')} HTML elements and character references, more than the ${MAX_HTML_NODES.toLocaleString('en')} limit`,
    );
  const { document } = parseOrFail(full);
  const meta = readMeta(document);
  const readable = depth <= READABILITY_MAX_DEPTH && elements + references <= READABILITY_MAX_NODES;
  const article = readable ? findArticle(document) : null;
  let text = article?.content ? htmlToText(article.content) : '';
  if (text === '') {
    // Readability gave up (a page with hardly any text) or was not run (a page too big for it): read the body minus
    // the page chrome instead. Readability rewrites the document it reads, so that takes a fresh parse.
    const page = readable ? parseOrFail(full).document : document;
    for (const chrome of Array.from(
      page.querySelectorAll('nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"]'),
    ))
      chrome.remove();
    text = page.body ? htmlToText(page.body as unknown as DomNode) : '';
  }
  if (text === '') throw new IngestError('no-text', 'the page has no readable text');
  return {
    text,
    meta: {
      title: clean(article?.title) ?? meta.title,
      outlet: meta.outlet ?? clean(article?.siteName),
      date: meta.date ?? normalizeDate(article?.publishedTime),
      url,
      language: meta.language ?? clean(article?.lang),
      byline: clean(article?.byline),
    },
  };
}
