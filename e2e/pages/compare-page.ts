// Page object for the comparison view (/compare?report=…&source=… and /compare/pasted): the steps the specs repeat,
// through roles, labels and the `data-*` oracles the view exposes.
import { expect, type Locator, type Page } from '@playwright/test';

export const XINHUA = 'xinhua-2021-12-09-wang-wenbin-summit-for-democracy';
export const MFA_TRANSCRIPT = 'mfa-2021-12-09-wang-wenbin-press-conference';

export const compareUrl = (report: string, source: string) =>
  `/compare?${new URLSearchParams({ report, source }).toString()}`;

export class ComparePage {
  readonly reportPane: Locator;
  readonly sourcePane: Locator;
  readonly reportScroller: Locator;
  readonly sourceScroller: Locator;
  readonly table: Locator;
  readonly tableScroller: Locator;
  readonly rows: Locator;
  readonly detail: Locator;
  readonly leftOut: Locator;
  readonly added: Locator;
  readonly summary: Locator;

  constructor(readonly page: Page) {
    this.reportPane = page.getByRole('region', { name: 'Report', exact: true });
    this.sourcePane = page.getByRole('region', { name: 'Source', exact: true });
    this.reportScroller = page.getByTestId('report-scroller');
    this.sourceScroller = page.getByTestId('source-scroller');
    this.table = page.getByRole('table', { name: 'Alignments', exact: true });
    this.tableScroller = page.getByTestId('table-scroller');
    this.rows = this.table.locator('tbody tr[data-row-number]');
    this.detail = page.getByRole('region', { name: 'Selected alignment', exact: true });
    this.leftOut = page.getByRole('region', { name: 'Left out', exact: true });
    this.added = page.getByRole('region', { name: 'Added', exact: true });
    this.summary = page.getByTestId('summary');
  }

  /** Opens the comparison of two seed documents and waits until it is interactive. */
  async openSeeds(report = XINHUA, source = MFA_TRANSCRIPT) {
    const response = await this.page.goto(compareUrl(report, source));
    expect(response?.status()).toBe(200);
    await this.waitUntilReady();
  }

  /** Waits for the hydrated view (the `data-ready` oracle) with its table rows. */
  async waitUntilReady(timeout?: number) {
    await expect(this.page.locator('[data-testid="comparison"][data-ready="true"]')).toBeVisible({ timeout });
    await expect(this.rows.first()).toBeVisible();
  }

  /** Marks of alignment `number` in a pane. */
  marks(pane: 'report' | 'source', number: number): Locator {
    return (pane === 'report' ? this.reportScroller : this.sourceScroller).locator(`mark[data-alignment="${number}"]`);
  }

  /** Alignment numbers of the marks in a pane whose own text starts with `words`. */
  async alignmentsStartingWith(pane: 'report' | 'source', words: string): Promise<number[]> {
    const scroller = pane === 'report' ? this.reportScroller : this.sourceScroller;
    return scroller
      .locator('mark[data-alignment]')
      .evaluateAll(
        (marks, prefix) =>
          marks
            .filter((m) => (m.textContent ?? '').trim().startsWith(prefix))
            .map((m) => Number(m.getAttribute('data-alignment'))),
        words,
      );
  }

  /** The number of the alignment the diff detail shows, or null. */
  async selectedNumber(): Promise<number | null> {
    const value = await this.page.getByTestId('diff-detail').getAttribute('data-alignment-selected');
    return value ? Number(value) : null;
  }

  /** Scrolls the table until the row of alignment `number` is rendered (rows outside the window are not in the DOM). */
  async revealRow(number: number): Promise<Locator> {
    const row = this.row(number);
    await this.tableScroller.evaluate((el) => el.scrollTo({ top: 0 }));
    for (let step = 0; step < 1000 && (await row.count()) === 0; step++) {
      const atEnd = await this.tableScroller.evaluate((el) => {
        if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) return true;
        el.scrollTop += Math.max(40, el.clientHeight * 0.8);
        return false;
      });
      await this.tableScroller.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      if (atEnd) break;
    }
    return row;
  }

  row(number: number): Locator {
    return this.table.locator(`tbody tr[data-row-number="${number}"]`);
  }

  header(name: string): Locator {
    return this.table.getByRole('columnheader', { name, exact: true });
  }

  /** Clicks a column header until its `aria-sort` is `direction`. */
  async sortBy(name: string, direction: 'ascending' | 'descending') {
    const header = this.header(name);
    for (let i = 0; i < 3 && (await header.getAttribute('aria-sort')) !== direction; i++) await header.click();
    await expect(header).toHaveAttribute('aria-sort', direction);
  }

  /** The texts of one column over the rows rendered now (the table is virtualised: a window of rows), in row order. */
  columnTexts(column: string): Promise<string[]> {
    return this.rows.locator(`td[data-column="${column}"]`).allInnerTexts();
  }

  /** The texts of one column over every row, in row order: scrolls the table through, collecting rows as they render. */
  async allColumnTexts(column: string): Promise<string[]> {
    const seen = new Map<number, string>();
    await this.tableScroller.evaluate((el) => el.scrollTo({ top: 0 }));
    for (let step = 0; step < 1000; step++) {
      await this.tableScroller.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      const rows = await this.rows.evaluateAll(
        (trs, col) =>
          trs.map(
            (tr) =>
              [
                Number(tr.getAttribute('aria-rowindex')),
                (tr.querySelector(`td[data-column="${col}"]`) as HTMLElement | null)?.innerText ?? '',
              ] as const,
          ),
        column,
      );
      for (const [index, text] of rows) seen.set(index, text);
      const atEnd = await this.tableScroller.evaluate((el) => {
        if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) return true;
        el.scrollTop += Math.max(40, el.clientHeight * 0.8);
        return false;
      });
      if (atEnd) break;
    }
    await this.tableScroller.evaluate((el) => el.scrollTo({ top: 0 }));
    return [...seen.entries()].sort((a, b) => a[0] - b[0]).map(([, text]) => text);
  }

  /** The alignment numbers of every row, in row order. */
  async allNumbers(): Promise<number[]> {
    return (await this.allColumnTexts('number')).map((text) => Number(/\d+/.exec(text)?.[0] ?? NaN));
  }

  /** The number of rows the table shows after filtering, from its row-count line. */
  async shownRowCount(): Promise<number> {
    const text = (await this.page.getByTestId('row-count').innerText()).replace(/,/g, '');
    return Number(/^(\d+)/.exec(text)?.[1] ?? NaN);
  }

  async filterKind(kind: '' | 'quote' | 'paraphrase' | 'partial') {
    await this.page.getByLabel('Kind', { exact: true }).selectOption(kind);
  }

  /** Whether `element` lies fully inside the visible part of `container`. */
  static async isInside(element: Locator, container: Locator): Promise<boolean> {
    const [e, c] = await Promise.all([element.boundingBox(), container.boundingBox()]);
    return !!e && !!c && e.y >= c.y - 1 && e.y + Math.min(e.height, c.height) <= c.y + c.height + 1;
  }
}
