// How big and how deep a page's DOM will be, measured from the markup before any DOM is built. linkedom's parser
// and Readability slow down with the square (or worse) of the nesting depth — 2,000 nested <div>s take Readability
// over a minute, 200,000 take linkedom half a minute — and linkedom makes one node per element and per character
// reference (a million `&amp;` take it ten seconds). Real pages have a few dozen levels and a few thousand elements,
// so a cheap scan decides first what to parse at all and whether Readability runs.
//
// The scan mirrors the tree building of htmlparser2 (the parser under linkedom, v10 `Parser.ts`): the same void
// elements, the same implied closes (`<p>` closes an open p, `<li>` an open li, …), `<x/>` self-closing only inside
// <svg>/<math>, a close tag closing back to its matching open element, a stray close tag ignored, and the content of
// script, style, title, textarea and xmp read as text. It is one forward pass with indexOf (no backtracking regex),
// so hostile markup such as 500,000 unclosed `<script>` tags stays linear.

const VOID = new Set(
  'area base basefont br col command embed frame hr img input isindex keygen link meta param source track wbr'.split(
    ' ',
  ),
);
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
const FOREIGN = new Set(['math', 'svg']);
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
/** Opening the key closes the innermost open element while it is one of these (htmlparser2's openImpliesClose). */
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>(
  Object.entries({
    tr: ['tr', 'th', 'td'],
    th: ['th'],
    td: ['thead', 'th', 'td'],
    body: ['head', 'link', 'script'],
    li: ['li'],
    option: ['option'],
    optgroup: ['optgroup', 'option'],
    dd: ['dd', 'dt'],
    dt: ['dd', 'dt'],
    rt: ['rt', 'rp'],
    rp: ['rt', 'rp'],
    tbody: ['thead', 'tbody'],
    tfoot: ['thead', 'tbody'],
    ...Object.fromEntries(['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t) => [t, FORM])),
    ...Object.fromEntries(
      'p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul'
        .split(' ')
        .map((t) => [t, P]),
    ),
  }).map(([k, v]) => [k, new Set(v)]),
);

const NAME = /[A-Za-z][^\s/>]*/y;

/** What the scan found. */
export interface HtmlMeasure {
  /** The deepest element nesting, or `stopAt + 1` when the scan stopped there. */
  depth: number;
  /** Start tags (elements the DOM will have), counted up to where the scan stopped. */
  elements: number;
  /** Character references (`&amp;`, `&#233;`) outside raw text and comments, idem. */
  references: number;
}

const REFERENCE = /&(?:#\d|#[xX][0-9A-Fa-f]|[A-Za-z][A-Za-z0-9]*;)/g;

/** Measures `html`; stops as soon as the nesting passes `stopAt` (a hostile page is refused, not read to the end). */
export function measureHtml(html: string, stopAt: number): HtmlMeasure {
  const lower = html.toLowerCase(); // for finding `</script` and friends whatever their case
  const stack: string[] = [];
  const foreign: boolean[] = []; // per open element: whether `<x/>` self-closes inside it
  const openCount = new Map<string, number>();
  const pop = (): string => {
    const top = stack.pop()!;
    foreign.pop();
    openCount.set(top, openCount.get(top)! - 1);
    return top;
  };
  let deepest = 0;
  let elements = 0;
  let references = 0;
  let textFrom = 0; // start of the text run before the next tag, to count its character references
  let nextAmp = html.indexOf('&'); // only ever moves forward, so looking for `&` stays linear
  const countIn = (from: number, to: number): void => {
    if (nextAmp !== -1 && nextAmp < from) nextAmp = html.indexOf('&', from);
    if (nextAmp !== -1 && nextAmp < to) references += html.slice(from, to).match(REFERENCE)?.length ?? 0;
  };
  const countReferences = (end: number): void => countIn(textFrom, end);
  const done = (): HtmlMeasure => ({ depth: deepest, elements, references });
  let i = 0;
  while ((i = html.indexOf('<', i)) !== -1) {
    countReferences(i);
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end < 0) return done(); // the rest is a comment
      i = textFrom = end + 3;
      continue;
    }
    const closing = html[i + 1] === '/';
    NAME.lastIndex = i + (closing ? 2 : 1);
    const match = NAME.exec(html);
    if (!match) {
      textFrom = i; // a lone `<` is text
      i++;
      continue;
    }
    const gt = html.indexOf('>', NAME.lastIndex);
    if (gt < 0) return done(); // an unfinished tag: the parser drops it
    const name = match[0].toLowerCase();
    const selfClosing = html[gt - 1] === '/';
    // Attribute values hold character references too.
    countIn(i, gt);
    i = textFrom = gt + 1;
    if (closing) {
      // Close back to the innermost open element of that name; each element is popped once, so this is linear.
      if ((openCount.get(name) ?? 0) > 0) while (pop() !== name);
      continue;
    }
    elements++;
    const implied = IMPLIES_CLOSE.get(name);
    while (implied && stack.length && implied.has(stack[stack.length - 1]!)) pop();
    // A leaf (void, raw text, self-closed) is one level below the open elements, but holds nothing.
    deepest = Math.max(deepest, stack.length + 1);
    if (VOID.has(name)) continue;
    if (RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, i);
      if (end < 0) return done(); // unclosed: the rest of the page is its text
      i = textFrom = end; // its close tag is read next and, never having been pushed, ignored
      continue;
    }
    const inForeign = foreign[foreign.length - 1] ?? false;
    if (selfClosing && inForeign) continue;
    stack.push(name);
    foreign.push(FOREIGN.has(name) ? true : INTEGRATION.has(name) ? false : inForeign);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    if (stack.length > deepest) deepest = stack.length;
    if (deepest > stopAt) return { ...done(), depth: stopAt + 1 };
  }
  countReferences(html.length);
  return done();
}
