// The first screen's form as a test drives it: "What was published" (the report) and "What was said" (the source),
// each a text box that takes pasted text or a web address, a file button and an optional title; one Compare button.
import type { Locator, Page } from '@playwright/test';

export type FormSide = 'report' | 'source';
const LEGENDS: Record<FormSide, string> = { report: 'What was published', source: 'What was said' };

export class CompareForm {
  readonly form: Locator;
  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: 'Compare a report with its source' });
  }
  async open() {
    await this.page.goto('/');
  }
  side(side: FormSide): Locator {
    return this.form.getByRole('group', { name: LEGENDS[side], exact: true });
  }
  text(side: FormSide): Locator {
    return this.side(side).getByRole('textbox', { name: `${LEGENDS[side]}: text or web address` });
  }
  title(side: FormSide): Locator {
    return this.side(side).getByLabel('Title (optional)');
  }
  file(side: FormSide): Locator {
    return this.side(side).getByLabel(/^Choose a file/);
  }
  async fill(side: FormSide, text: string, title?: string) {
    await this.text(side).fill(text);
    if (title !== undefined) await this.title(side).fill(title);
  }
  async upload(side: FormSide, name: string, mimeType: string, buffer: Buffer) {
    await this.file(side).setInputFiles({ name, mimeType, buffer });
  }
  compareButton(): Locator {
    return this.form.getByRole('button', { name: 'Compare', exact: true });
  }
  async compare() {
    await this.compareButton().click();
  }
}
