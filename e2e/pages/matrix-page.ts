// Page object for the statement matrix (/matrix?source=…&report=… and /matrix/pasted): the steps the specs repeat,
// through roles, labels and the `data-*` oracles the view exposes.
import { expect, type Locator, type Page } from '@playwright/test';

export const ZHAO_TRANSCRIPT = 'mfa-2021-07-20-zhao-lijian-press-conference';
export const THE_RECORD = 'case:zhao-20210720-therecord';
export const ZDNET = 'case:zhao-20210720-zdnet';

export const matrixUrl = (source: string, reports: readonly string[]) => {
  const params = new URLSearchParams({ source });
  for (const r of reports) params.append('report', r);
  return `/matrix?${params.toString()}`;
};

export class MatrixPage {
  readonly table: Locator;
  readonly scroller: Locator;
  readonly rows: Locator;
  readonly detail: Locator;
  readonly summary: Locator;
  readonly rowCount: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Statement matrix', exact: true });
    this.scroller = page.getByTestId('matrix-scroller');
    this.rows = this.table.locator('tbody tr[data-row]');
    this.detail = page.getByTestId('matrix-detail');
    this.summary = page.getByTestId('matrix-summary');
    this.rowCount = page.getByTestId('matrix-row-count');
  }

  /** Opens a matrix of library documents and waits until it is interactive. */
  async open(source = ZHAO_TRANSCRIPT, reports: readonly string[] = [THE_RECORD, ZDNET]) {
    const response = await this.page.goto(matrixUrl(source, reports));
    expect(response?.status()).toBe(200);
    await this.waitUntilReady();
  }

  /** Waits for the hydrated view (the `data-ready` oracle) with its rows. */
  async waitUntilReady(timeout?: number) {
    await expect(this.page.locator('[data-testid="matrix-view"][data-ready="true"]')).toBeVisible({ timeout });
    await expect(this.rows.first()).toBeVisible();
  }

  /** The row whose statement (its row header) starts with `words`. */
  row(words: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('rowheader').filter({ hasText: words }) });
  }

  /** The cell button of `report` (its column name) in `row`: its label starts with `The Record:`. */
  cell(row: Locator, report: string): Locator {
    return row.getByRole('button', { name: new RegExp(`^${report}: `) });
  }

  /** How many rows the table shows, from its row-count line ("12 of 32 statements shown"). */
  async shownCount(): Promise<{ shown: number; total: number }> {
    const [, shown, total] = /^(\d+) of (\d+)/.exec(await this.rowCount.innerText()) ?? [];
    return { shown: Number(shown), total: Number(total) };
  }

  async show(filter: 'all statements' | 'carried by none' | 'carried by exactly one' | 'carried by two or more') {
    await this.page.getByLabel('Show', { exact: true }).selectOption({ label: filter });
  }

  async order(order: 'source order' | 'most reports first' | 'fewest reports first') {
    await this.page.getByLabel('Order', { exact: true }).selectOption({ label: order });
  }

  /** The `data-carried-by` of every shown row, in row order. */
  carriedBy(): Promise<number[]> {
    return this.rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-carried-by'))));
  }
}
