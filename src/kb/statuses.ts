import type { ReferenceFact } from '../model/index.js';

// One status vocabulary for every reader (CLI, API, pages, map, CSV), decided here only.
// - signed: a source states it (for a summit declaration, press "signed" = endorsed);
// - declined: a source states a refusal;
// - not_listed: not among the parties of a complete official list as of a date; says nothing about why;
// - attended: at the summit, stance unknown; unknown: no information; conflict: sources disagree;
// - treaties: signed, ratified, not_signed (as of a date, no refusal implied);
// - UN recorded votes: voted_for, voted_against, abstained.
export type PartyStatus =
  | 'signed'
  | 'ratified'
  | 'not_signed'
  | 'declined'
  | 'not_listed'
  | 'voted_for'
  | 'voted_against'
  | 'abstained'
  | 'attended'
  | 'unknown'
  | 'conflict';
export const partyStatuses: readonly PartyStatus[] = [
  'signed',
  'ratified',
  'not_signed',
  'declined',
  'not_listed',
  'voted_for',
  'voted_against',
  'abstained',
  'attended',
  'unknown',
  'conflict',
];

// What an instrument is decides which statuses apply to it: `other` is an instrument outside
// the summit series the reference gives no kind for (read as a declaration).
export type InstrumentKind = 'summit_declaration' | 'treaty' | 'un_resolution' | 'other';
export const instrumentKinds: readonly InstrumentKind[] = ['summit_declaration', 'treaty', 'un_resolution', 'other'];
export const vocabularies: Record<InstrumentKind, readonly PartyStatus[]> = {
  summit_declaration: ['signed', 'declined', 'not_listed', 'attended', 'unknown', 'conflict'],
  other: ['signed', 'declined', 'not_listed', 'attended', 'unknown', 'conflict'],
  treaty: ['ratified', 'signed', 'not_signed', 'unknown', 'conflict'],
  un_resolution: ['voted_for', 'voted_against', 'abstained', 'unknown', 'conflict'],
};

// Signed in the sense a "signed A, not B" comparison means: a signature, endorsement or ratification.
export function isSigned(status: PartyStatus): boolean {
  return status === 'signed' || status === 'ratified';
}

// Whether the instrument's list of parties is complete, and as of when: a party absent from a
// complete list is `not_listed` (a treaty's: `not_signed`) as of that date; from an incomplete one, `unknown`.
export type ListCompleteness = { complete: boolean | null; asOf: string | null; sources: string[]; note: string | null };

export function instrumentKind(reference: ReferenceFact[], id: string, eventId: string | null): InstrumentKind {
  const stated = reference.find((f) => f.subject === id && f.property === 'kind')?.value;
  if (typeof stated === 'string' && (instrumentKinds as readonly string[]).includes(stated)) return stated as InstrumentKind;
  return eventId ? 'summit_declaration' : 'other';
}

export function listCompleteness(reference: ReferenceFact[], id: string): ListCompleteness {
  const fact = reference.find((f) => f.subject === id && f.property === 'list_complete');
  if (!fact) return { complete: null, asOf: null, sources: [], note: null };
  return { complete: fact.value === true, asOf: fact.as_of ?? null, sources: fact.sources, note: fact.note ?? null };
}

// The status a party has on an instrument none of whose sources names it.
export function absentStatus(kind: InstrumentKind, list: ListCompleteness): PartyStatus {
  if (list.complete !== true) return 'unknown';
  return kind === 'treaty' ? 'not_signed' : kind === 'un_resolution' ? 'unknown' : 'not_listed';
}

// What one reference fact says of its party, or null when it says nothing of a stance. A
// `not_signed` fact without a stated refusal is never `declined`: on a complete list it is
// `not_listed`, for a treaty `not_signed`, otherwise `unknown`.
export function referenceStatus(fact: ReferenceFact, kind: InstrumentKind, list: ListCompleteness): PartyStatus | null {
  switch (fact.property) {
    case 'signed':
    case 'ratified':
    case 'voted_for':
    case 'voted_against':
    case 'abstained':
      return fact.property;
    case 'status_unknown':
      return 'unknown';
    case 'not_signed':
      if (fact.refusal === true) return 'declined';
      if (kind === 'treaty') return 'not_signed';
      return list.complete === true && kind !== 'un_resolution' ? 'not_listed' : 'unknown';
    default:
      return null;
  }
}

// What an article's stance says, in the instrument's own vocabulary: a stated non-signature of
// a declaration is a refusal stated by that article; of a treaty, only not signed.
export function articleStatus(kind: InstrumentKind, stance: 'signed' | 'not_signed'): PartyStatus {
  if (kind === 'un_resolution') return stance === 'signed' ? 'voted_for' : 'voted_against';
  if (stance === 'signed') return 'signed';
  return kind === 'treaty' ? 'not_signed' : 'declined';
}

// One status from what the sources say: no information gives way to any, a ratification
// includes the signature, a stated refusal includes not being listed; anything else that
// differs is a conflict, never settled silently.
export function decideStatus(said: PartyStatus[]): PartyStatus | null {
  const found = new Set(said.filter((s) => s !== 'unknown' && s !== 'attended'));
  if (found.has('ratified')) found.delete('signed');
  if (found.has('declined')) found.delete('not_listed');
  if (found.size > 1) return 'conflict';
  const [only] = [...found];
  if (only) return only;
  return said.includes('attended') ? 'attended' : said.includes('unknown') ? 'unknown' : null;
}
