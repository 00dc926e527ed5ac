import { markup, type Html } from './markup.js';
import type { Label, Translate } from './i18n/index.js';
import type { PartyStatus } from '../query/index.js';

// A party's standing on one instrument, as src/kb decides it; pages only name and colour it.
export type Status = PartyStatus;

const labels: Record<Status, Label> = {
  signed: 'statusSigned',
  ratified: 'statusRatified',
  not_signed: 'statusNotSigned',
  declined: 'statusDeclined',
  not_listed: 'statusNotListed',
  voted_for: 'statusVotedFor',
  voted_against: 'statusVotedAgainst',
  abstained: 'statusAbstained',
  conflict: 'statusConflict',
  attended: 'statusAttended',
  unknown: 'statusUnknown',
};

export function statusLabel(t: Translate, status: Status): string {
  return t(labels[status]);
}

// A coloured chip with the status in words: colour is never the only signal.
export function statusChip(t: Translate, status: Status): Html {
  return markup`<span class="chip status-${status}">${statusLabel(t, status)}</span>`;
}

// One mark per status for the compare matrix, so cells read without colour.
const symbols: Record<Status, string> = {
  signed: '●',
  ratified: '◆',
  voted_for: '●',
  declined: '✕',
  voted_against: '✕',
  abstained: '◐',
  not_signed: '–',
  not_listed: '–',
  conflict: '!',
  attended: '○',
  unknown: '·',
};
export function statusSymbol(status: Status): string {
  return symbols[status];
}
