// Ids that double as permalinks (`/c/ID`): unguessable, so a link is the only way to find a comparison,
// and URL-safe without escaping.
import { randomBytes } from 'node:crypto';

/** Bytes of randomness per id: 16 bytes = 128 bits, as much as a random UUID, written as 22 characters. */
const ID_BYTES = 16;

/** A new random id of 22 characters from `A-Z a-z 0-9 - _` (base64url, RFC 4648 §5). */
export function createId(): string {
  return randomBytes(ID_BYTES).toString('base64url');
}

/** Whether `value` has the shape of an id we make (a cheap check before any lookup). */
export const isId = (value: string): boolean => /^[A-Za-z0-9_-]{16,64}$/.test(value);
