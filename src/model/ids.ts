import { createHash } from 'node:crypto';

// Document ids are content hashes: the same normalised text always gets the same id,
// which is what makes a second ingest of the same article a no-op.
export function documentId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}
