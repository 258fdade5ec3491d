// The saved matrix a route's `:id` names, or a 404 the route answers as it is.
import { isId } from '../store/create-id.ts';
import { getStore } from '../store/open-store.ts';
import type { SavedMatrix } from '../types.ts';
import { ApiError } from './api-error.ts';

export async function findMatrix(id: string): Promise<SavedMatrix> {
  const saved = isId(id) ? await (await getStore()).getMatrix(id) : null;
  if (!saved) throw new ApiError(404, 'There is no saved matrix with this id.', [`id: ${id.slice(0, 80)} not found`]);
  return saved;
}
