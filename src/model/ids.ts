import { hash } from 'node:crypto';

// Document ids are content hashes: the same normalised text always gets the same id,
// which is what makes a second ingest of the same article a no-op.
export function documentId(text: string): string {
  return hash('sha256', text, 'hex').slice(0, 16);
}

// Statement ids hash what makes a statement itself: where it is, what it says, which rule.
export function statementId(documentId: string, kind: string, subject: string, start: number, end: number, rule: string): string {
  return hash('sha256', [documentId, kind, subject, start, end, rule].join('\u0000'), 'hex').slice(0, 16);
}
