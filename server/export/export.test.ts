import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { alignTexts } from '../../lib/index.ts';
import { checkContract, toContract } from '../../lib/contract.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { SavedComparison } from '../types.ts';
import { escapeHtml } from './escape-html.ts';
import { csvField, exportCsv, guardFormula, CSV_COLUMNS } from './export-csv.ts';
import { EXPORT_CSP, exportHtml } from './export-html.ts';
import { buildExport, exportJson } from './export-json.ts';
import { escapeMarkdown, exportMarkdown } from './export-markdown.ts';
import { exportComparison, slugify } from './export-comparison.ts';

// Hostile input everywhere a user can put text: the documents, titles, metadata, URLs and notes.
const REPORT = `The minister said "<script>alert('r')</script> we reject the groundless accusations & will respond firmly" on Monday.\n\n=HYPERLINK("http://evil.example") Background: <img src=x onerror=alert(1)> relations have been tense for years.`;
const SOURCE = `Q: Any comment on the accusations?\n\nA: <script>alert('s')</script> We reject the groundless accusations & we will respond firmly.\n\nA: -2+3 is a different matter entirely, about trade tariffs.`;
const TITLE = `<script>alert("t")</script> & "quotes" 'single' </title><img src=x onerror=alert(2)>`;
const NOTE = `<img src=x onerror=alert('note')> "check" & @SUM(A1:A9)`;

/** A saved comparison with every kind of correction, made through the real store. */
async function hostileComparison(): Promise<SavedComparison> {
  const store = openSqliteStore(':memory:');
  const result = alignTexts(REPORT, SOURCE);
  assert.equal(result.alignments.length, 1, 'the fixture texts align once');
  const saved = await store.createComparison({
    title: TITLE,
    report: {
      text: REPORT,
      kind: 'report',
      title: TITLE,
      outlet: '<b onmouseover=alert(1)>Wire</b>',
      url: 'javascript:alert(document.cookie)',
      date: '2021-07-20',
      language: 'en" onload="x',
    },
    source: {
      text: SOURCE,
      kind: 'transcript',
      title: '+cmd|calc',
      url: 'https://ok.example/?a=1&b="2"',
      language: 'en',
    },
    result,
    matcherVersion: '0.1.0<script>',
  });
  const a = result.alignments[0]!;
  const ref = { index: 0, report: a.report, source: a.source };
  await store.addCorrection(saved.id, { type: 'note', text: NOTE, alignment: ref });
  await store.addCorrection(saved.id, { type: 'change-kind', alignment: ref, kind: 'paraphrase' });
  // The user links the "Background" sentence to the last answer, marks a passage added and one omitted.
  const bg = REPORT.indexOf('=HYPERLINK');
  const last = SOURCE.indexOf('A: -2+3');
  await store.addCorrection(saved.id, {
    type: 'link',
    report: [{ start: bg, end: REPORT.length }],
    source: [{ start: last, end: SOURCE.length }],
    kind: 'partial',
  });
  await store.addCorrection(saved.id, { type: 'mark-omitted', source: { start: 0, end: 34 } });
  await store.addCorrection(saved.id, { type: 'note', text: 'javascript:alert(1)', report: { start: 0, end: 12 } });
  const full = (await store.getComparison(saved.id))!;
  store.close();
  return full;
}

test('escapeHtml escapes the five characters that can open markup or leave an attribute', () => {
  const cases: Array<[string, string]> = [
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<img src=x onerror="alert(1)">', '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'],
    [`it's "quoted"`, 'it&#39;s &quot;quoted&quot;'],
    ['AT&T &amp; &lt;', 'AT&amp;T &amp;amp; &amp;lt;'],
    ['plain text, 中文, עברית, 😀', 'plain text, 中文, עברית, 😀'],
    ['', ''],
  ];
  for (const [input, expected] of cases) assert.equal(escapeHtml(input), expected);
});

test('the HTML report runs nothing and loads nothing, whatever the user text', async () => {
  const saved = await hostileComparison();
  const html = exportHtml(saved);
  const { document } = parseHTML(html);
  assert.equal(document.querySelectorAll('script').length, 0, 'no <script> element');
  for (const tag of [
    'img',
    'iframe',
    'object',
    'embed',
    'link',
    'base',
    'form',
    'svg',
    'math',
    'meta[http-equiv="refresh"]',
  ])
    assert.equal(document.querySelectorAll(tag).length, 0, `no <${tag}>`);
  for (const element of Array.from(document.querySelectorAll('*'))) {
    for (const name of element.getAttributeNames())
      assert.ok(!name.toLowerCase().startsWith('on'), `<${element.tagName}> has ${name}`);
    assert.ok(!element.hasAttribute('src'), `<${element.tagName}> loads something`);
  }
  const hrefs = Array.from(document.querySelectorAll('[href]')).map((e) => e.getAttribute('href'));
  assert.deepEqual(hrefs, ['https://ok.example/?a=1&b="2"'], 'only the http(s) URL is a link; javascript: stays text');
  assert.equal(
    document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    EXPORT_CSP,
  );
  assert.ok(EXPORT_CSP.startsWith("default-src 'none'"));
  const style = document.querySelector('style')?.textContent ?? '';
  assert.ok(!/url\(|@import/.test(style), 'the style loads nothing');
  // The hostile strings are on the page, as text a reader can see.
  assert.equal(document.querySelector('title')?.textContent, `${TITLE} — claimdiff`);
  assert.equal(document.querySelector('h1')?.textContent, TITLE);
  assert.ok(document.body.textContent!.includes(`<script>alert('r')</script>`));
  assert.ok(document.body.textContent!.includes(NOTE));
  assert.ok(document.body.textContent!.includes('javascript:alert(document.cookie)'));
  assert.equal(
    document.querySelector('p[lang]')?.getAttribute('lang'),
    'en',
    'a malformed language tag is left out, never put in an attribute',
  );
});

test('the HTML report shows the diff, the corrections and the lists', async () => {
  const saved = await hostileComparison();
  const { document } = parseHTML(exportHtml(saved));
  const blocks = Array.from(document.querySelectorAll('article.alignment'));
  assert.equal(blocks.length, 2);
  const first = blocks[0]!;
  assert.match(
    first.querySelector('header')!.textContent!,
    /paraphrase.*kind changed by the user \(the matcher said quote\)/,
  );
  assert.equal(first.querySelector('.note')!.textContent, `Note: ${NOTE}`);
  assert.match(blocks[1]!.querySelector('header')!.textContent!, /partial.*linked by the user/);
  const ins = Array.from(document.querySelectorAll('article ins')).map((e) => e.textContent);
  const del = Array.from(document.querySelectorAll('article del')).map((e) => e.textContent);
  assert.ok(ins.length > 0 && del.length > 0, 'word diffs are marked');
  assert.ok(ins.every((t) => REPORT.includes(t!)) && del.every((t) => SOURCE.includes(t!)));
  const lists = Array.from(document.querySelectorAll('ol.spans')).map((ol) =>
    Array.from(ol.querySelectorAll('li')).map((li) => li.textContent),
  );
  // The link covered the matcher's added and omitted passages, so only the user's omitted passage is listed.
  assert.deepEqual(lists, [['Q: Any comment on the accusations? marked by the user']]);
  assert.ok(document.body.textContent!.includes('Notes on passages'));
});

test('the HTML report marks a rejected alignment', async () => {
  const saved = await hostileComparison();
  const a = saved.result.alignments[0]!;
  const rejected: SavedComparison = {
    ...saved,
    corrections: [{ type: 'reject', alignment: { report: a.report, source: a.source }, id: 'r1', created: 'now' }],
  };
  const { document } = parseHTML(exportHtml(rejected));
  const block = document.querySelector('article.alignment')!;
  assert.ok(block.getAttribute('class')!.split(' ').includes('rejected'));
  assert.match(block.querySelector('header')!.textContent!, /rejected by the user/);
});

/** RFC 4180 parsing, for the tests: rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = (): void => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else field += c;
  }
  assert.equal(field + row.join(''), '', 'the file ends with CRLF');
  return rows;
}

test('CSV fields are quoted per RFC 4180 and cannot start a formula', () => {
  const fields: Array<[string, string]> = [
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['', ''],
  ];
  for (const [input, expected] of fields) assert.equal(csvField(input), expected, input);
  const formulas: Array<[string, string]> = [
    ['=1+1', "'=1+1"],
    ['+cmd|calc', "'+cmd|calc"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=x', "'\t=x"],
    ['\rx', "'\rx"],
    ['a=1', 'a=1'],
    ['1-2', '1-2'],
  ];
  for (const [input, expected] of formulas) assert.equal(guardFormula(input), expected, input);
});

test('the CSV export has one row per alignment, with status, origin and notes', async () => {
  const saved = await hostileComparison();
  const csv = exportCsv(saved);
  assert.ok(csv.startsWith('\ufeff'), 'a BOM, so Excel reads UTF-8');
  const rows = parseCsv(csv.slice(1));
  assert.deepEqual(rows[0], [...CSV_COLUMNS]);
  for (const r of rows)
    assert.equal(r.length, CSV_COLUMNS.length, 'every row has every column (line breaks stay inside quotes)');
  assert.equal(rows.length, 3);
  const byColumn = rows.slice(1).map((r) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]])));
  assert.deepEqual(
    byColumn.map((r) => [r.number, r.status, r.origin, r.kind, r.matcher_kind, r.note]),
    [
      ['1', 'kept', 'corrected', 'paraphrase', 'quote', NOTE],
      ['2', 'kept', 'user', 'partial', '', ''],
    ],
  );
  assert.equal(
    byColumn[1]!.report_text,
    `'=HYPERLINK("http://evil.example") Background: <img src=x onerror=alert(1)> relations have been tense for years.`,
  );
  assert.equal(byColumn[1]!.source_text, `A: -2+3 is a different matter entirely, about trade tariffs.`);
  assert.equal(byColumn[1]!.score, '1');
  for (const r of rows.slice(1)) for (const cell of r) assert.ok(!/^[=+\-@]/.test(cell), `formula cell ${cell}`);
});

test('the Markdown export escapes user text and carries the corrections', async () => {
  const cases: Array<[string, string]> = [
    ['<script>x</script>', '\\<script\\>x\\</script\\>'],
    [
      '*bold* _it_ `code` [link](javascript:x) | ~~s~~ &amp; #',
      '\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](javascript:x) \\| \\~\\~s\\~\\~ \\&amp; \\#',
    ],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '1\\. not a list'],
    ['U.S. officials - 3.5%', 'U.S. officials - 3.5%'],
    ['-2+3 and 0.1.0', '-2+3 and 0.1.0'],
    ['two\n\nlines', 'two lines'],
  ];
  for (const [input, expected] of cases) assert.equal(escapeMarkdown(input), expected, input);
  const md = exportMarkdown(await hostileComparison());
  assert.ok(!/(^|[^\\])</m.test(md), 'no unescaped < anywhere, so no raw HTML');
  assert.match(md, /^# \\<script\\>alert\("t"\)\\<\/script\\> \\& "quotes"/);
  assert.match(md, /\*kind changed by the user \(the matcher said quote\)\.\*/);
  assert.match(md, /\*linked by the user\.\*/);
  assert.match(md, /> \*\*Note:\*\* \\<img src=x onerror=alert\('note'\)\\> "check" \\& @SUM\(A1:A9\)/);
  assert.match(md, /## Left out of the source\n\n1\. Q: Any comment on the accusations\? \*\(marked by the user\)\*/);
  assert.match(md, /## Notes on passages\n\n- Report: “The minister” — javascript:alert\(1\)/);
});

test('the JSON export holds the contract, the documents, the corrections and the corrected view', async () => {
  const saved = await hostileComparison();
  const data = JSON.parse(exportJson(saved)) as ReturnType<typeof buildExport>;
  assert.equal(data.format, 'claimdiff-comparison');
  assert.deepEqual(data.result, JSON.parse(JSON.stringify(toContract(saved.result))));
  assert.deepEqual(checkContract(data.result, REPORT.length, SOURCE.length), []);
  assert.equal(data.report.text, REPORT);
  assert.equal(data.report.url, 'javascript:alert(document.cookie)');
  assert.deepEqual(data.corrections, saved.corrections);
  assert.deepEqual(
    data.corrected.alignments.map((a) => [a.origin, a.kind, a.matcherKind, a.rejected, a.notes]),
    [
      ['corrected', 'paraphrase', 'quote', false, [NOTE]],
      ['user', 'partial', null, false, []],
    ],
  );
  // The corrected alignments are contract-valid too (a user's link included).
  assert.deepEqual(
    checkContract(
      {
        ...data.result,
        alignments: data.corrected.alignments.map(({ report, source, kind, score, diff, flags }) => ({
          report,
          source,
          kind,
          score,
          diff,
          flags,
        })),
      },
      REPORT.length,
      SOURCE.length,
    ),
    [],
  );
  assert.deepEqual(
    data.corrected.omitted.map((s) => s.origin),
    ['user'],
  );
});

test('exportComparison picks the writer, content type and a safe file name', async () => {
  const saved = await hostileComparison();
  const cases: Array<[Parameters<typeof exportComparison>[1], string]> = [
    ['json', 'application/json; charset=utf-8'],
    ['csv', 'text/csv; charset=utf-8; header=present'],
    ['md', 'text/markdown; charset=utf-8'],
    ['html', 'text/html; charset=utf-8'],
  ];
  for (const [format, type] of cases) {
    const file = exportComparison(saved, format);
    assert.equal(file.contentType, type);
    assert.match(
      file.filename,
      new RegExp(`^claimdiff-script-alert-t-script-quotes-single-title-img-src-x-onerror-${saved.id}\\.${format}$`),
    );
    assert.ok(file.body.length > 100);
  }
  assert.equal(slugify('Xinhua vs MFA: “Summit” — café'), 'xinhua-vs-mfa-summit-cafe');
  assert.equal(slugify('中文标题'), 'comparison');
});
