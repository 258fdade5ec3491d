// Cuts out of a page, before it is parsed, what can never be article text: comments, scripts (except JSON-LD, which
// carries the publication date), styles, and <svg>, <template> and <noscript> blocks. On a modern news page that is
// most of the bytes, and every byte not parsed is time and memory not spent (Readability removes them anyway).
// One forward pass with indexOf, so hostile markup stays linear.

/** Elements removed with their content when their close tag is found. */
const INERT = new Set(['script', 'style', 'svg', 'template', 'noscript']);
/** Of those, the ones whose content is raw text: unclosed, they run to the end of the page, so the rest goes too. */
const RAW_TEXT = new Set(['script', 'style']);

const NAME = /[A-Za-z][^\s/>]*/y;
const JSON_LD = /\btype\s*=\s*["']?application\/ld\+json/i;

/** `html` without comments, non-JSON-LD scripts, styles, svg, template and noscript blocks. */
export function stripInertHtml(html: string): string {
  const lower = html.toLowerCase();
  const kept: string[] = [];
  let copyFrom = 0;
  let i = 0;
  // Where the next `</name` is, per name. Searches only move forward, so a cached answer past `from` (or a -1:
  // there is none at all) is still right; without this, 100,000 unclosed <svg> would each search to the end.
  const closeAt = new Map<string, number>();
  const findClose = (name: string, from: number): number => {
    const cached = closeAt.get(name);
    if (cached !== undefined && (cached === -1 || cached >= from)) return cached;
    const found = lower.indexOf(`</${name}`, from);
    closeAt.set(name, found);
    return found;
  };
  const cut = (from: number, resume: number): void => {
    kept.push(html.slice(copyFrom, from));
    copyFrom = resume;
  };
  while ((i = html.indexOf('<', i)) !== -1) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      cut(i, end < 0 ? html.length : end + 3);
      if (end < 0) break;
      i = copyFrom;
      continue;
    }
    NAME.lastIndex = i + 1;
    const match = NAME.exec(html);
    const name = match?.[0].toLowerCase();
    if (!name || !INERT.has(name)) {
      i++;
      continue;
    }
    const gt = html.indexOf('>', NAME.lastIndex);
    if (gt < 0) break;
    const close = findClose(name, gt + 1);
    const closeEnd = close < 0 ? -1 : html.indexOf('>', close);
    if (close >= 0 && closeEnd < 0) closeAt.set(name, -1); // an unfinished close tag closes nothing; do not look again
    if (name === 'script' && JSON_LD.test(html.slice(i, gt))) {
      if (closeEnd < 0) break;
      i = closeEnd + 1; // kept whole, and its JSON is not scanned for tags
      continue;
    }
    if (closeEnd < 0) {
      if (RAW_TEXT.has(name)) {
        cut(i, html.length);
        break;
      }
      i = gt + 1; // an unclosed <svg> or <noscript> is left to the parser
      continue;
    }
    cut(i, closeEnd + 1);
    i = copyFrom;
  }
  kept.push(html.slice(copyFrom));
  return kept.join('');
}
