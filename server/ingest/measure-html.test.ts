import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { measureHtml } from './measure-html.ts';

/** The real depth of the DOM linkedom builds (iteratively: the point is pages too deep to recurse over). */
function domDepth(html: string): number {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  let deepest = 0;
  const stack: Array<[Element, number]> = [[document.body as unknown as Element, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (const child of Array.from(node.children)) stack.push([child, depth + 1]);
  }
  return deepest;
}

test('measureHtml finds the depth of the DOM linkedom builds', () => {
  const cases = [
    '<div><div></div></div>',
    '<p>a<p>b<p>c',
    '<ul><li>a<ul><li>b</ul></ul>',
    '<div><span></div></div></div><div>',
    '<div>'.repeat(50) + '</span>'.repeat(50),
    '<br><img src=x><hr/>',
    '<script>"<div><div>"</script><div>',
    '<!-- <div><div> --><b>',
    '<div/><div/><div/>', // not self-closing in HTML: three nested divs
    '<svg><path/><path/><g><path/></g></svg>', // self-closing inside svg
    '<SCRIPT type=x>a</script ><Div>',
    'a < b <div>',
    '<p><b><p><b>x',
    '<table><tr><td>a<td>b<tr><td>c</table>',
    '<dl><dt>a<dd>b<dt>c</dl>',
    '<select><option>a<option>b</select>',
  ];
  for (const html of cases) assert.equal(measureHtml(html, 1e6).depth, domDepth(html), html);
  const article = readFileSync(new URL('../fixtures/article.html', import.meta.url), 'utf8');
  assert.ok(measureHtml(article, 1e6).depth < 12);
});

test('measureHtml counts elements and character references outside raw text and comments', () => {
  const cases: Array<[string, number, number]> = [
    ['<p>a &amp; b</p><br><img alt="x &lt; y">', 3, 2],
    ['<script>if (a &amp;&amp; b) "<p>"</script><p>&#233;&#xE9;</p>', 2, 2],
    ['<!-- <p>&amp;</p> -->AT&T & co &nbsp;', 0, 1],
    ['<div/><div/>', 2, 0],
    ['', 0, 0],
  ];
  for (const [html, elements, references] of cases) {
    const m = measureHtml(html, 1e6);
    assert.deepEqual([m.elements, m.references], [elements, references], html);
  }
});

test('measureHtml stops early and stays linear on hostile markup', () => {
  assert.equal(measureHtml('<div>'.repeat(100), 50).depth, 51);
  for (const unit of ['<script>', '<!--', '<div ', '<div>', '</div>', '<', '<div/>', '<caption>']) {
    const html = unit.repeat(Math.floor(5_000_000 / unit.length));
    const started = performance.now();
    measureHtml(html, 10_000);
    assert.ok(
      performance.now() - started < 2000,
      `${unit} × ${html.length / unit.length} took ${Math.round(performance.now() - started)} ms`,
    );
  }
});
