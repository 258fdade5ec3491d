// The lesson pack a route's or page's id names: a shipped pack by slug, else a teacher's pack by id.
import type { LessonPack } from '../../lib/teach/types.ts';
import { isId } from '../store/create-id.ts';
import { getStore } from '../store/open-store.ts';
import { findShippedPack } from './shipped-packs.ts';

export async function loadPack(id: string): Promise<LessonPack | null> {
  const shipped = await findShippedPack(id);
  if (shipped) return shipped;
  return isId(id) ? (await getStore()).getPack(id) : null;
}
