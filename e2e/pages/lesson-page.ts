// Page object for a lesson (/learn/PACK): select a passage in a text box, label it, mark it, check the answers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { KeyItem, MarkLabel, PackSide } from '../../lib/teach/types.ts';

export const XINHUA_PACK = 'xinhua-wang-wenbin';

/** A shipped pack's file, for the offsets of its exercises. */
export function readShippedPack(slug: string): { key: KeyItem[]; exercises: string[]; brief: string } {
  return JSON.parse(readFileSync(join(process.cwd(), 'seeds', 'packs', `${slug}.json`), 'utf8'));
}

export class LessonPage {
  readonly checkButton: Locator;
  readonly score: Locator;
  readonly exerciseResults: Locator;
  readonly markResults: Locator;

  constructor(readonly page: Page) {
    this.checkButton = page.getByRole('button', { name: 'Check my answers' });
    this.score = page.getByTestId('score');
    this.exerciseResults = page.getByTestId('exercise-results').locator(':scope > li');
    this.markResults = page.getByTestId('mark-results').locator(':scope > li');
  }

  async open(pack: string) {
    await this.page.goto(`/learn/${pack}`);
    await expect(this.page.getByTestId('lesson')).toBeVisible();
    // Marks are read from localStorage after hydration; the button is enabled then.
    await expect(this.checkButton).toBeEnabled();
  }

  text(side: PackSide): Locator {
    return this.page.getByTestId(`${side}-text`);
  }

  /** Selects `start..end` of the side's text as a drag would, labels it and presses Mark. */
  async mark(side: PackSide, start: number, end: number, label: MarkLabel) {
    await this.text(side).evaluate((el, [s, e]) => (el as HTMLTextAreaElement).setSelectionRange(s!, e!), [start, end]);
    const picker = this.page.getByTestId(`${side}-label`);
    if (await picker.count()) await picker.selectOption(label);
    await this.page.locator(`[data-side="${side}"]`).getByRole('button', { name: /^Mark/ }).click();
  }
}
