import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReference } from '../src/kb/index.js';
import type { ReferenceFact } from '../src/model/index.js';
import { call, serveAccord, type Served } from './api-server.js';
import { repo } from './run-accord.js';

// The statuses the API serves, against the reference dataset they come from: what a fact says is
// what the party's status says (or, when articles disagree with it, a conflict with both sides),
// and a refusal is never made of an absence. The real `accord serve` over the sample articles.
type Evidence = { kind: string; status: string; source: string };
type Party = { party: string; status: string; asOf: string | null; evidence: Evidence[] };
type Signatories = {
  declaration: string;
  kind: string;
  statuses: string[];
  list: { complete: boolean | null; asOf: string | null };
  parties: Party[];
  counts: { value: number; includes: string | null; urls: string[] }[];
  timeline: { date: string | null; status: string; parties: string[]; unconfirmed: boolean }[];
};

let server: Served;
const reference = loadReference(join(repo, 'data'));
async function get<T>(path: string): Promise<T> {
  const reply = await call(`${server.url}/api/v1${path}`);
  if (reply.status !== 200) throw new Error(`GET ${path}: ${reply.status} ${reply.text}`);
  return reply.body as T;
}
const signatories = (id: string, query = ''): Promise<Signatories> => get<Signatories>(`/declarations/${encodeURIComponent(id)}/signatories${query}`);
const partyOf = (fact: ReferenceFact): string => String(fact.value).replace(/^country:/, '');
const fromArticles = (p: Party | undefined): boolean => (p?.evidence ?? []).some((e) => e.kind === 'article');

beforeAll(async () => {
  server = await serveAccord();
});
afterAll(async () => {
  await server?.stop();
});

describe('statuses in the API, against data/reference', () => {
  const instruments = [...new Set(reference.filter((f) => ['signed', 'not_signed', 'voted_against', 'abstained', 'ratified'].includes(f.property)).map((f) => f.subject))];

  it.each(instruments)('%s: every party stands as its reference facts say (a conflict only against articles)', async (id) => {
    const found = await signatories(id);
    const byParty = new Map(found.parties.map((p) => [p.party, p]));
    const problems: string[] = [];
    for (const fact of reference.filter((f) => f.subject === id && !f.unconfirmed)) {
      const party = byParty.get(partyOf(fact));
      const allowed: Record<string, string[]> = {
        signed: found.kind === 'treaty' ? ['signed', 'ratified'] : ['signed'],
        ratified: ['ratified'],
        voted_against: ['voted_against'],
        abstained: ['abstained'],
        voted_for: ['voted_for'],
        status_unknown: ['attended', 'unknown'],
        // a refusal stated by a source is `declined`; an absence never is
        not_signed: fact.refusal ? ['declined'] : found.kind === 'treaty' ? ['not_signed'] : found.list.complete ? ['not_listed'] : ['unknown', 'attended'],
      };
      const expected = allowed[fact.property];
      if (!expected) continue;
      // An article may add what the reference lacks: its own stated refusal of a party not listed.
      const articleSays = (status: string): boolean => (party?.evidence ?? []).some((e) => e.kind === 'article' && e.status === status);
      const added = fact.property === 'not_signed' && party?.status === 'declined' && articleSays('declined');
      const ok = expected.includes(party?.status ?? '') || added || (party?.status === 'conflict' && fromArticles(party));
      if (!ok) problems.push(`${partyOf(fact)}: ${fact.property}${fact.refusal ? ' (refusal)' : ''} gave ${party?.status ?? 'nothing'}`);
    }
    expect(problems).toEqual([]);
    expect(found.parties.every((p) => found.statuses.includes(p.status))).toBe(true);
  });

  it.each(['declined', 'not_listed', 'unknown', 'attended', 'voted_against'])('?status=%s gives exactly the parties with that status', async (status) => {
    for (const id of ['declaration:paris-statement', 'declaration:new-delhi-declaration', 'declaration:un-ai-scientific-panel']) {
      const all = await signatories(id);
      const filtered = await signatories(id, `?status=${status}`);
      expect(filtered.parties.map((p) => p.party)).toEqual(all.parties.filter((p) => p.status === status).map((p) => p.party));
    }
  });

  it('never makes a refusal of an absence: each declined party has a source stating a refusal', async () => {
    for (const id of instruments) {
      for (const p of (await signatories(id, '?status=declined')).parties) expect(p.evidence.some((e) => e.status === 'declined'), `${id} ${p.party}`).toBe(true);
    }
    const vietnam = (await signatories('declaration:paris-statement', '?party=VN')).parties[0];
    expect(['attended', 'unknown']).toContain(vietnam?.status);
  });

  it('gives each instrument its kind and vocabulary, dated joinings and what each count includes', async () => {
    const kinds = new Map((await get<{ items: { id: string; kind: string }[] }>('/declarations')).items.map((d) => [d.id, d.kind]));
    for (const fact of reference.filter((f) => f.property === 'kind' && f.subject.startsWith('declaration:'))) {
      expect(kinds.get(fact.subject)).toBe(fact.value);
      const found = await signatories(fact.subject);
      expect(found.kind).toBe(fact.value);
    }
    expect((await signatories('declaration:un-ai-scientific-panel')).statuses).toEqual(expect.arrayContaining(['voted_for', 'voted_against', 'abstained']));
    expect((await signatories('declaration:coe-framework-convention-ai')).statuses).toEqual(expect.arrayContaining(['signed', 'ratified', 'not_signed']));
    for (const id of ['declaration:bletchley-declaration', 'declaration:new-delhi-declaration', 'declaration:coe-framework-convention-ai']) {
      const found = await signatories(id);
      const dated = new Map<string, Set<string>>();
      for (const f of reference.filter((r) => r.subject === id && (r.property === 'signed' || r.property === 'ratified')))
        dated.set(`${f.as_of ?? ''} ${f.property} ${f.unconfirmed === true}`, (dated.get(`${f.as_of ?? ''} ${f.property} ${f.unconfirmed === true}`) ?? new Set()).add(partyOf(f)));
      expect(new Map(found.timeline.map((j) => [`${j.date ?? ''} ${j.status} ${j.unconfirmed}`, new Set(j.parties)]))).toEqual(dated);
      for (const f of reference.filter((r) => r.subject === id && r.property === 'signatory_count'))
        expect(found.counts).toContainEqual(expect.objectContaining({ value: f.value, includes: f.includes ?? null, urls: f.sources }));
    }
  });

  it('compares with the real status on the other declaration, dated when it is an absence from a complete list', async () => {
    const comparison = await get<{ signedOnlyA: (Party & { other: string; otherAsOf: string | null })[] }>(
      `/compare?a=${encodeURIComponent('Bletchley Declaration')}&b=${encodeURIComponent('New Delhi Declaration')}`,
    );
    const delhi = await signatories('declaration:new-delhi-declaration');
    expect(comparison.signedOnlyA.length).toBeGreaterThan(0);
    for (const p of comparison.signedOnlyA) {
      const there = delhi.parties.find((d) => d.party === p.party);
      expect(p.other).toBe(there?.status ?? (delhi.list.complete ? 'not_listed' : 'unknown'));
      if (!there && delhi.list.complete) expect(p.otherAsOf).toBe(delhi.list.asOf);
    }
  });
});
