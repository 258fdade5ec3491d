// What the saved-item pages (/c/ID, /m/ID) do before rendering: read the item the route's id names, and title the
// page by it.
import type { Metadata } from 'next';
import type { ComparisonStore } from '../server/store/comparison-store.ts';
import { isId } from '../server/store/create-id.ts';
import { getStore } from '../server/store/open-store.ts';

/** The route params of a page under `[id]`. */
export type IdParams = Promise<{ id: string }>;

/** The saved item the route's id names; null when there is none (a malformed id is not looked up). */
export async function loadSaved<T>(
  params: IdParams,
  read: (store: ComparisonStore, id: string) => Promise<T | null>,
): Promise<T | null> {
  const { id } = await params;
  return isId(id) ? read(await getStore(), id) : null;
}

/** The page's title: the saved item's own, else `missing` (`Comparison not found`). */
export const savedPageTitle = (saved: { title: string } | null, missing: string): Metadata => ({
  title: `${saved ? saved.title : missing} · claimdiff`,
});
