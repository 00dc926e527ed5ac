import type { Evidence } from './data.js';

// One cell's evidence as plain text for an export: each source with the stance it gives and its
// date, "signed: https://… (2023-11-01) | not_signed: https://host/documents/ID#s-STATEMENT".
// An article without its own URL is cited by its page on this server (absolute, from `base`),
// which opens it at the marked words: a spreadsheet cell a reader can follow.
export function evidenceText(evidence: readonly Evidence[], base: URL): string {
  return evidence
    .map((e) => {
      const where =
        e.kind === 'reference' || !e.documentId
          ? e.source
          : (e.url ?? new URL(`/documents/${encodeURIComponent(e.documentId)}${e.statementId ? `#s-${e.statementId}` : ''}`, base).href);
      return `${e.stance}: ${where}${e.asOf ? ` (${e.asOf})` : ''}`;
    })
    .join(' | ');
}
