import { markup, type Html } from './markup.js';
import type { Label, Translate } from './i18n/index.js';

// A party's stance on one declaration, as pages show it: `unknown` when no source speaks of it.
export type Status = 'signed' | 'declined' | 'conflict' | 'attended' | 'unknown';

const labels: Record<Status, Label> = {
  signed: 'statusSigned',
  declined: 'statusDeclined',
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
