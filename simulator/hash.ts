/** The simulator's one SHA-256 helper. */
import { createHash } from 'node:crypto';

/** Lowercase hex SHA-256 of a text. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
