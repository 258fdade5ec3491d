// No script runs from a document (issue 5). Texts and titles carrying <script>, <img onerror>, <svg onload>,
// <iframe src=javascript:>, javascript: links, attribute break-outs and HTML entities are pasted into the home form
// and shown in the comparison view: the panes, the table, the diff detail and the Left out / Added panels. Every
// payload would set `window.__xss` and open a dialog if it ran; a dialog hook and the canary prove none did, the
// text is shown literally, and the error collector (fixtures.ts) fails the test on any console error, including a
// CSP report. Also: the enforcing Content-Security-Policy header is on every page, with a fresh nonce each time,
// and it blocks an inline handler injected into a live page.
import type { Page } from '@playwright/test';
import type { Span } from '../lib/types.ts';
import { test, expect } from './fixtures.ts';
import { ComparePage, MFA_TRANSCRIPT, XINHUA, compareUrl } from './pages/compare-page.ts';
import { CompareForm } from './pages/compare-form.ts';

/** Each payload names itself, so a failure says which one ran. */
const run = (name: string) => `window.__xss='${name}';alert('${name}')`;
const SCRIPT = `<script>${run('script')}</script>`;
const IMG = `<img src=x onerror="${run('img')}">`;
const LINK = `<a href="javascript:${run('link')}">javascript:alert(1)</a>`;
const ENTITIES = '&lt;b&gt;bold&lt;/b&gt; &amp;amp; &#60;script&#62;';
const BREAKOUT = `"><svg onload="${run('svg')}"></svg>`;
const IFRAME = `<iframe src="javascript:parent.${run('iframe')}"></iframe>`;

// The harbour sentence sits inside the part of the source the report covers, so it is listed as left out.
const SOURCE = [
  `Mayor Lee said: "The ${SCRIPT} city budget will rise by ten percent next year."`,
  `Separately, the harbour authority discussed ${BREAKOUT} the ferry timetable for the winter season.`,
  `She added that ${IMG} every school would get more money for teachers.`,
  `The full plan is published at ${LINK} for every resident to read.`,
  `Entities stay as written: ${ENTITIES} in the council minutes.`,
].join('\n\n');
const REPORT = [
  `"The ${SCRIPT} city budget will rise by ten percent next year," Mayor Lee said.`,
  `She added that ${IMG} every school would get more money for teachers.`,
  `The full plan is published at ${LINK} for every resident to read.`,
  `Entities stay as written: ${ENTITIES} in the council minutes.`,
  `Opposition members called the airport runway extension ${IFRAME} a waste of public money.`,
].join('\n\n');
const REPORT_TITLE = `<script>${run('title')}</script> Wire <img src=x onerror="${run('title-img')}">`;
const SOURCE_TITLE = `javascript:${run('source-title')} &lt;i&gt;statement&lt;/i&gt;`;

/** Records dialogs and arms the canary before any page script runs. */
async function watchForScripts(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    (window as unknown as { __xss?: string }).__xss = undefined;
  });
  return dialogs;
}

const canary = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: string }).__xss ?? null);

/** Elements a payload would have created, and attributes that would run code, anywhere in the document. */
const liveMarkup = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      if (['IMG', 'SVG', 'IFRAME'].includes(el.tagName.toUpperCase())) found.push(el.tagName);
      // Next serialises a page's props into its own nonce-carrying scripts as JSON strings; a payload that
      // became a script of its own would carry no nonce.
      if (el.tagName === 'SCRIPT' && !el.hasAttribute('nonce') && /__xss/.test(el.textContent ?? ''))
        found.push('SCRIPT with a payload');
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) found.push(`${el.tagName}[${attr.name}]`);
        if (/^\s*javascript:/i.test(attr.value)) found.push(`${el.tagName}[${attr.name}=${attr.value.slice(0, 30)}]`);
      }
    }
    return found;
  });

test('texts and titles carrying script payloads are shown literally and nothing runs', async ({ page }) => {
  const dialogs = await watchForScripts(page);
  await page.goto('/');
  const form = new CompareForm(page);
  await form.fill('report', REPORT, REPORT_TITLE);
  await form.fill('source', SOURCE, SOURCE_TITLE);
  await form.compare();
  await expect(page).toHaveURL(/\/compare\/pasted$/);
  const view = new ComparePage(page);
  await view.waitUntilReady();

  // The panes and their captions show every payload as the characters typed.
  for (const payload of [SCRIPT, IMG, LINK, ENTITIES, IFRAME]) await expect(view.reportPane).toContainText(payload);
  for (const payload of [SCRIPT, IMG, LINK, ENTITIES, BREAKOUT]) await expect(view.sourcePane).toContainText(payload);
  await expect(view.reportPane).toContainText(REPORT_TITLE);
  await expect(view.sourcePane).toContainText(SOURCE_TITLE);

  // The table and the diff detail of every alignment: the passages, word diff included, keep the payloads as text.
  const rowCount = await view.rows.count();
  expect(rowCount, 'the four shared sentences are aligned').toBeGreaterThanOrEqual(4);
  await expect(view.table).toContainText(`<script>window.__xss='script'`);
  let details = '';
  for (let i = 0; i < rowCount; i++) {
    await view.rows.nth(i).click();
    details += await view.detail.innerText();
  }
  for (const fragment of [`<script>${run('script')}`, `<img src=x onerror="${run('img')}">`, 'javascript:', ENTITIES])
    expect(details, `the diff detail shows ${fragment} literally`).toContain(fragment);

  // What the report left out and what it added, each carrying a payload of its own.
  await expect(view.leftOut).toContainText(BREAKOUT);
  await expect(view.added).toContainText(IFRAME);

  // Entities are not decoded: the page shows "&lt;b&gt;", never a bold "<b>".
  expect(await view.reportScroller.locator('b, i').count()).toBe(0);
  expect(await liveMarkup(page)).toEqual([]);
  expect(await canary(page)).toBeNull();
  expect(dialogs).toEqual([]);

  // A reload reads the texts back from sessionStorage and renders them again: still nothing runs.
  await page.reload();
  await view.waitUntilReady();
  await expect(view.sourcePane).toContainText(BREAKOUT);
  expect(await liveMarkup(page)).toEqual([]);
  expect(await canary(page)).toBeNull();
  expect(dialogs).toEqual([]);
});

/** The page's CSP header, checked to be enforcing and nonce-based; returns the nonce. */
function checkPolicy(header: string | undefined): string {
  expect(header, 'a Content-Security-Policy response header').toBeTruthy();
  const policy = header!;
  const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'/.exec(policy)?.[1];
  expect(nonce, `a nonce in script-src: ${policy}`).toBeTruthy();
  for (const directive of [
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "img-src 'self' data:",
  ])
    expect(policy).toContain(directive);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  return nonce!;
}

test('every page sends an enforcing CSP with a fresh nonce that Next puts on its own scripts', async ({
  page,
  pageErrors,
}) => {
  const nonces = new Set<string>();
  for (const path of ['/', compareUrl(XINHUA, MFA_TRANSCRIPT), '/compare/pasted', '/no-such-page']) {
    const response = await page.goto(path);
    const headers = response!.headers();
    expect(headers['content-security-policy-report-only'], 'enforcing, not report-only').toBeUndefined();
    const nonce = checkPolicy(headers['content-security-policy']);
    nonces.add(nonce);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    if (path.startsWith('/compare?')) await new ComparePage(page).waitUntilReady();
    // Every inline script Next wrote carries this response's nonce (the browser hides it from getAttribute).
    const scripts = await page.evaluate(() =>
      Array.from(document.scripts).map((s) => ({ src: s.src, nonce: s.nonce, inline: !s.src })),
    );
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts.filter((s) => s.inline)) expect(script.nonce).toBe(nonce);
  }
  expect(nonces.size, 'a new nonce for every response').toBe(4);
  // Chromium logs the 404 of /no-such-page as a console error: that one is what this test asked for.
  const expected = (m: string) => /status of 404/.test(m) && /\/no-such-page/.test(m);
  pageErrors.messages.splice(0, pageErrors.messages.length, ...pageErrors.messages.filter((m) => !expected(m)));
});

test('the API answers carry the security headers and a CSP that allows nothing', async ({ request }) => {
  const response = await request.post('/api/align', { data: { report: 'He said so.', source: 'So.' } });
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('no-referrer');
});

test('the policy is enforced: an inline handler injected into a live page is refused', async ({ page, pageErrors }) => {
  await page.goto('/');
  const violations = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const seen: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
        const probe = document.createElement('div');
        probe.innerHTML = `<img src="data:," onerror="window.__cspProbe = 1">`;
        document.body.append(probe);
        setTimeout(() => resolve(seen), 500);
      }),
  );
  expect(violations).toContain('script-src-attr');
  expect(await page.evaluate(() => (window as unknown as { __cspProbe?: number }).__cspProbe ?? null)).toBeNull();
  // The browser reports the refusal as a console error: that one is what this test provoked, and only that one.
  const refused = (m: string) => /inline event handler violates the following Content Security Policy/.test(m);
  expect(pageErrors.messages.filter(refused).length).toBeGreaterThan(0);
  pageErrors.messages.splice(0, pageErrors.messages.length, ...pageErrors.messages.filter((m) => !refused(m)));
});

test('saved titles, metadata and notes carrying payloads stay text: home list, permalink and the HTML export', async ({
  page,
  request,
}) => {
  const dialogs = await watchForScripts(page);
  const created = await request.post('/api/comparisons', {
    data: {
      title: `Saved ${REPORT_TITLE}`,
      report: { text: REPORT, title: REPORT_TITLE, outlet: `<b onmouseover="${run('outlet')}">Outlet</b>` },
      source: { text: SOURCE, title: SOURCE_TITLE, url: `javascript:${run('url')}` },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const saved = (await created.json()) as {
    id: string;
    result: { alignments: Array<{ report: Span[]; source: Span[] }> };
  };
  const first = saved.result.alignments[0]!;
  const note = await request.post(`/api/comparisons/${saved.id}/corrections`, {
    data: {
      type: 'note',
      text: `Check this ${SCRIPT} ${IMG} ${LINK}`,
      alignment: { index: 0, report: first.report, source: first.source },
    },
  });
  expect(note.status(), await note.text()).toBe(201);

  await page.goto('/');
  await expect(page.getByText(`Saved ${REPORT_TITLE}`).first()).toBeVisible();
  await page.goto(`/c/${saved.id}`);
  await expect(page.getByText(REPORT_TITLE).first()).toBeVisible();
  await expect(page.getByText(/Check this <script>/).first()).toBeVisible();
  expect(await liveMarkup(page)).toEqual([]);

  // The HTML export is a standalone file a person opens from disk: load it as a page of its own.
  const exported = await request.get(`/api/comparisons/${saved.id}/export?format=html`);
  expect(exported.status()).toBe(200);
  // A blank page first: the export carries its own policy, and must not run under the app's page policy.
  await page.goto('about:blank');
  await page.setContent(await exported.text());
  await expect(page.getByText(/Check this <script>/).first()).toBeVisible();
  expect(await liveMarkup(page)).toEqual([]);

  expect(await canary(page)).toBeNull();
  expect(dialogs).toEqual([]);
  await request.delete(`/api/comparisons/${saved.id}`);
});
