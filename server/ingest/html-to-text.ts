// Turns a DOM subtree into plain text the matcher can segment: one paragraph per block element, paragraphs
// separated by a blank line, <br> as a line break, whitespace inside a paragraph collapsed as a browser renders it.
// Script, style, form controls and link-only lists (menus) contribute nothing.

/** The DOM surface we use; linkedom's nodes provide it (lib.dom's Node would tie this file to one DOM). */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements that start a new paragraph (HTML's block-level and list/table structure). */
const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LI MAIN MENU NAV OL P PRE SECTION SUMMARY TABLE TBODY TFOOT THEAD TR UL'.split(
    ' ',
  ),
);

/** Elements whose content is never article text (a <nav> is site navigation by definition). */
const SKIPPED = new Set(
  'NAV SCRIPT STYLE NOSCRIPT TEMPLATE IFRAME OBJECT EMBED SVG CANVAS FORM BUTTON INPUT SELECT OPTION TEXTAREA HEAD TITLE META LINK'.split(
    ' ',
  ),
);

/** Table cells: inline, but their text must not run into the next cell's. */
const CELLS = new Set(['TD', 'TH']);

const LISTS = new Set(['UL', 'OL', 'MENU']);

/**
 * The elements holding some text outside any link, found in one bottom-up pass (no recursion: pages may nest
 * thousands of levels). A list without such text is a menu or a list of other stories, not article text.
 */
function findPlainText(root: DomNode): WeakSet<DomNode> {
  const plain = new WeakSet<DomNode>();
  const stack: Array<{ node: DomNode; children: DomNode[] | null }> = [{ node: root, children: null }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    if (top.children === null) {
      top.children = Array.from(top.node.childNodes);
      for (const child of top.children)
        if (child.nodeType === ELEMENT_NODE) stack.push({ node: child, children: null });
      continue;
    }
    stack.pop();
    if (top.node.nodeName.toUpperCase() === 'A') continue; // its text is link text
    const hasPlain = top.children.some((c) =>
      c.nodeType === TEXT_NODE ? (c.textContent ?? '').trim() !== '' : c.nodeType === ELEMENT_NODE && plain.has(c),
    );
    if (hasPlain) plain.add(top.node);
  }
  return plain;
}

/** The text of `root` as paragraphs separated by blank lines, lines within a paragraph by `\n`. */
export function htmlToText(root: DomNode): string {
  const plain = findPlainText(root);
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = (): void => {
    const lines = buffer
      .split('\n')
      .map((line) => line.replace(/[ \t\f\r\u00a0]+/g, ' ').trim())
      .filter((line) => line !== '');
    if (lines.length) paragraphs.push(lines.join('\n'));
    buffer = '';
  };
  // An explicit stack instead of recursion: `leave` entries close a block or cell after its children.
  type Step = { node: DomNode; pre: boolean } | { leave: string };
  const steps: Step[] = [{ node: root, pre: false }];
  while (steps.length) {
    const step = steps.pop()!;
    if ('leave' in step) {
      if (CELLS.has(step.leave)) buffer += ' ';
      if (BLOCKS.has(step.leave)) flush();
      continue;
    }
    const { node, pre } = step;
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      // Outside <pre>, source newlines are just spaces; inside, they are line breaks.
      buffer += pre ? text : text.replace(/[\r\n]+/g, ' ');
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name) || (LISTS.has(name) && !plain.has(node))) continue;
    if (name === 'BR') {
      buffer += '\n';
      continue;
    }
    if (BLOCKS.has(name)) flush();
    if (CELLS.has(name)) buffer += ' ';
    steps.push({ leave: name });
    const children = Array.from(node.childNodes);
    for (let k = children.length - 1; k >= 0; k--) steps.push({ node: children[k]!, pre: pre || name === 'PRE' });
  }
  flush();
  return paragraphs.join('\n\n');
}
