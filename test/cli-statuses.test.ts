import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReference } from '../src/kb/index.js';
import { repo, runAccord } from './run-accord.js';

// `accord signatories` and `accord compare` on the reference alone (no database): the same
// statuses as the API and the pages, each instrument in its own vocabulary, and a "signed A,
// not B" list that gives each party's real status on B instead of one "did not sign".
type Party = { party: string; status: string; asOf: string | null };
type Signatories = { kind: string; statuses: string[]; parties: Party[] };
const reference = loadReference(join(repo, 'data'));
const json = <T>(args: string[]): T => {
  const run = runAccord([...args, '--json']);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as T;
};
const code = (value: unknown): string => String(value).replace(/^country:/, '');

describe('accord signatories: statuses by instrument kind', () => {
  it.each<[string, string, string, string]>([
    // [declaration name, reference property the party's fact has, a party, status it must give]
    ['New Delhi Declaration', 'not_signed', 'VN', 'not_listed'],
    ['Paris declaration', 'status_unknown', 'VN', 'attended'],
    ['Paris declaration', 'not_signed', 'US', 'declined'],
    // the EU's ratification rests on weak sources only (unconfirmed): its signature makes the status
    ['Framework Convention on Artificial Intelligence', 'ratified', 'EU', 'signed'],
    ['Framework Convention on Artificial Intelligence', 'signed', 'GB', 'signed'],
    ['Framework Convention on Artificial Intelligence', 'not_signed', 'VN', 'not_signed'],
    ['A/RES/79/325', 'abstained', 'TN', 'abstained'],
    ['A/RES/79/325', 'voted_against', 'US', 'voted_against'],
  ])('%s: a %s fact about %s reads %s', (name, property, party, status) => {
    const found = json<Signatories & { declaration: string }>(['signatories', name]);
    // the fact is there in the reference, so the expectation is the data's, not ours
    expect(reference.some((f) => f.subject === found.declaration && f.property === property && code(f.value) === party)).toBe(true);
    expect(found.parties.find((p) => p.party === party)?.status).toBe(status);
    expect(found.statuses).toContain(status);
  }, 60_000);

  it('prints the kind, the list completeness, when parties joined and what each count includes', () => {
    const run = runAccord(['signatories', 'Bletchley Declaration']);
    expect(run.status, run.stderr).toBe(0);
    const nz = reference.find((f) => f.subject === 'declaration:bletchley-declaration' && f.property === 'signed' && f.value === 'country:NZ');
    expect(run.stdout).toMatch(/summit_declaration; statuses: signed, declined, not_listed/);
    expect(run.stdout).toMatch(/list of parties complete as of \d{4}-\d{2}-\d{2}/);
    expect(run.stdout).toContain(`  ${nz?.as_of}  signed  1: NZ`);
    const delhi = runAccord(['signatories', 'New Delhi Declaration']).stdout;
    for (const f of reference.filter((r) => r.subject === 'declaration:new-delhi-declaration' && r.property === 'signatory_count' && r.includes))
      expect(delhi).toContain(`${f.value} (${f.includes})`);
  }, 120_000);
});

describe('accord compare: the real status on the other declaration', () => {
  it('says declined only for a stated refusal, and not listed (with the list date) for an absence', () => {
    const result = json<{ signedOnlyA: (Party & { other: string; otherAsOf: string | null })[]; signedOnlyB: (Party & { other: string })[] }>([
      'compare',
      'Bletchley Declaration',
      'Paris declaration',
    ]);
    const refused = new Set(reference.filter((f) => f.subject === 'declaration:paris-statement' && f.property === 'not_signed' && f.refusal).map((f) => code(f.value)));
    for (const p of result.signedOnlyA) expect(`${p.party} ${p.other}`).toBe(`${p.party} ${refused.has(p.party) ? 'declined' : 'unknown'}`);
    expect(result.signedOnlyA.some((p) => p.other === 'declined')).toBe(true);
    // Bletchley's list is complete: a New Delhi endorser absent from it is not listed, as of its date.
    const list = reference.find((f) => f.subject === 'declaration:bletchley-declaration' && f.property === 'list_complete');
    expect(list?.value).toBe(true);
    const text = runAccord(['compare', 'Bletchley Declaration', 'New Delhi Declaration']).stdout;
    const absent = json<{ signedOnlyB: (Party & { other: string; otherAsOf: string | null })[] }>(['compare', 'Bletchley Declaration', 'New Delhi Declaration']).signedOnlyB;
    expect(absent.length).toBeGreaterThan(0);
    for (const p of absent) expect([p.other, p.otherAsOf]).toEqual(['not_listed', list?.as_of]);
    expect(text).toContain(`in the other: not_listed (as of ${list?.as_of})`);
    expect(text).not.toMatch(/did not sign/);
  }, 180_000);
});
