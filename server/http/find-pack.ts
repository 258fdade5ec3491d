// The lesson pack a route's `:id` names (a shipped pack's slug or a teacher pack's id), or a 404.
import type { LessonPack } from '../../lib/teach/types.ts';
import { loadPack } from '../packs/find-pack.ts';
import { ApiError } from './api-error.ts';

export async function findPack(id: string): Promise<LessonPack> {
  const pack = await loadPack(id);
  if (!pack) throw new ApiError(404, 'There is no lesson pack with this id.', [`id: ${id.slice(0, 80)} not found`]);
  return pack;
}

/** The teacher pack `:id` names; a shipped pack is read-only (400), none at all is a 404. */
export async function findEditablePack(id: string): Promise<LessonPack> {
  const pack = await findPack(id);
  if (pack.shipped)
    throw new ApiError(400, 'The request is not valid.', [
      `id: ${id.slice(0, 80)} is a shipped pack, which cannot be changed`,
    ]);
  return pack;
}
