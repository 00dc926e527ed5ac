import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, call, serveAccord, type Served } from './api-server.js';

// The JSON API of `accord serve`, end to end: the real command on a free port, a real SQLite
// file it fills with data/samples on first start, and articles of our own added through the API.

type Page<T> = { items: T[]; total?: number; limit: number; offset: number };
type Doc = { id: string; lang: string; title: string | null };
type Statement = { id: string; documentId: string; kind: string; subject: string; start: number; end: number; words: string };
type Party = { party: string; status: string; sources: number; evidence: { kind: string; source: string }[] };
type Signatories = { declaration: string; parties: Party[]; counts: unknown[] };
type ErrorBody = { error: { code: string; message: string } };

const token = 'api-test-token-4f1c9a';
let server: Served;
const api = (path: string): string => `${server.url}/api/v1${path}`;
async function get<T>(path: string): Promise<T> {
  const reply = await call(api(path));
  if (reply.status !== 200) throw new Error(`GET ${path}: ${reply.status} ${reply.text}`);
  return reply.body as T;
}
const postJson = (path: string, body: unknown, headers: Record<string, string> = bearer(token)) =>
  call(api(path), { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
const expectError = (reply: { status: number; body: unknown }, status: number, code: string): string => {
  expect(reply.status).toBe(status);
  const { error } = reply.body as ErrorBody;
  expect(error.code).toBe(code);
  expect(error.message).toMatch(/\S/);
  expect(error.message).not.toContain('\n');
  return error.message;
};

beforeAll(async () => {
  server = await serveAccord({ token });
});
afterAll(async () => {
  if (server.child.exitCode === null) await server.stop();
});

describe('first start', () => {
  it('fills an empty database with the sample articles and says so', async () => {
    const page = await get<Page<Doc>>('/documents?limit=500');
    const loaded = Number(/loaded (\d+) sample article/.exec(server.stderr())?.[1]);
    expect(loaded).toBeGreaterThan(10);
    expect(page.total).toBe(loaded);
    expect(page.items).toHaveLength(loaded);
    // We wrote them: every row says so, and leaving samples out leaves nothing.
    expect(page.items.every((d) => (d as Doc & { sample: boolean }).sample === true)).toBe(true);
    expect((await get<Page<Doc>>('/documents?samples=exclude')).total).toBe(0);
    expect((await get<Page<Doc>>('/quotes')).items).toEqual([]);
  });
});

describe('documents', () => {
  it('pages through every document once, in a stable order', async () => {
    const all = await get<Page<Doc>>('/documents?limit=500');
    const pages: Doc[] = [];
    for (let offset = 0; offset < (all.total ?? 0); offset += 4) {
      const page = await get<Page<Doc>>(`/documents?limit=4&offset=${offset}`);
      expect([page.limit, page.offset, page.total]).toEqual([4, offset, all.total]);
      pages.push(...page.items);
    }
    expect(pages.map((d) => d.id)).toEqual(all.items.map((d) => d.id));
    expect((await get<Page<Doc>>(`/documents?offset=${all.total}`)).items).toEqual([]);
  });

  it('filters by language and by event named in any language', async () => {
    const all = (await get<Page<Doc>>('/documents?limit=500')).items;
    const french = await get<Page<Doc>>('/documents?lang=fr&limit=500');
    expect(french.items.map((d) => d.id)).toEqual(all.filter((d) => d.lang === 'fr').map((d) => d.id));
    expect(french.total).toBe(french.items.length);

    const byName = await get<Page<Doc>>(`/documents?event=${encodeURIComponent("Sommet pour l'action sur l'IA")}&limit=500`);
    const byId = await get<Page<Doc>>('/documents?event=event:ai-action-summit-2025&limit=500');
    expect(byName.items.length).toBeGreaterThan(0);
    expect(byName).toEqual(byId);
    const summits = await get<{ items: { id: string; documents: number }[] }>('/events');
    expect(byId.total).toBe(summits.items.find((s) => s.id === 'event:ai-action-summit-2025')?.documents);
    const vietnamese = await get<Page<Doc>>('/documents?event=event:ai-action-summit-2025&lang=vi&limit=500');
    expect(vietnamese.items.every((d) => d.lang === 'vi')).toBe(true);
    expect(vietnamese.items.length).toBeLessThan(byId.items.length);
  });

  it('gives one document by id prefix, with statements whose spans are their words', async () => {
    const [first] = (await get<Page<Doc>>('/documents?lang=fr&limit=1')).items;
    const view = await get<{ document: { id: string; text: string; sentences: unknown[] }; statements: Statement[]; states: Record<string, unknown> }>(
      `/documents/${first?.id.slice(0, 6)}`,
    );
    expect(view.document.id).toBe(first?.id);
    expect(view.statements.length).toBeGreaterThan(0);
    for (const s of view.statements) expect(view.document.text.slice(s.start, s.end)).toBe(s.words);
    expect(Object.keys(view.states).sort()).toEqual(view.statements.map((s) => s.id).sort());
    const signed = await get<Page<Statement>>(`/documents/${first?.id}/statements?kind=signed`);
    expect(signed.items).toEqual(view.statements.filter((s) => s.kind === 'signed'));
    const second = await get<Page<Statement>>(`/documents/${first?.id}/statements?limit=3&offset=3`);
    expect(second.items).toEqual(view.statements.slice(3, 6));
    expect(second.total).toBe(view.statements.length);
  });

  it('answers 404 for an unknown document and 400 for something that is not an id', async () => {
    expectError(await call(api('/documents/ffffffffffffffff')), 404, 'not_found');
    expect(expectError(await call(api('/documents/not-an-id')), 400, 'bad_request')).toContain('id');
  });
});

describe('statements, entities, events, declarations', () => {
  it('lists statements by kind and by subject, and shows one with its review state', async () => {
    const stances = await get<Page<Statement>>('/statements?kind=signed,not_signed&limit=20');
    expect(stances.items.length).toBe(20);
    expect(stances.items.every((s) => s.kind === 'signed' || s.kind === 'not_signed')).toBe(true);
    const kinds = new Set((await get<Page<Statement>>('/statements?kind=not_signed&kind=signed&limit=500')).items.map((s) => s.kind));
    expect(kinds).toEqual(new Set(['signed', 'not_signed']));
    const next = await get<Page<Statement>>('/statements?kind=signed,not_signed&limit=20&offset=20');
    expect(next.items.some((s) => stances.items.some((t) => t.id === s.id))).toBe(false);

    const us = await get<Page<Statement>>('/statements?subject=US&kind=not_signed');
    expect(us.items.length).toBeGreaterThan(0);
    expect(us.items.every((s) => s.subject === 'US' && s.kind === 'not_signed')).toBe(true);
    expect(us.total).toBe(us.items.length);

    const one = await get<{ statement: Statement; review: { status: string }; log: unknown[] }>(`/statements/${us.items[0]?.id}`);
    expect(one.statement).toEqual(us.items[0]);
    expect(one.review.status).toBe('unreviewed');
    expectError(await call(api('/statements')), 400, 'bad_request');
    expect(expectError(await call(api('/statements?kind=signed&offset=9990&limit=20')), 400, 'bad_request')).toContain('10000');
    expectError(await call(api('/statements/0123456789abcdef')), 404, 'not_found');
  });

  it('finds an entity by its name in any language', async () => {
    const ids = async (name: string) =>
      (await get<{ items: { entity: { id: string } }[] }>(`/entities/${encodeURIComponent(name)}`)).items.map((v) => v.entity.id);
    for (const name of ['Trung Quốc', 'Chine', 'China', 'CN']) expect(await ids(name)).toContain('country:CN');
    const china = await get<{ items: { reference: unknown[]; statements: Statement[] }[] }>('/entities/China');
    expect(china.items[0]?.reference.length).toBeGreaterThan(0);
    expect(china.items[0]?.statements.length).toBeGreaterThan(0);
    expectError(await call(api('/entities/Atlantis%20Republic')), 404, 'not_found');
  });

  it('lists the summit series by date and shows one summit', async () => {
    const series = (await get<{ items: { id: string; start: string | null; declarations: { id: string }[] }[] }>('/events')).items;
    expect(series.map((s) => s.id)).toEqual(
      expect.arrayContaining(['event:ai-safety-summit-2023', 'event:ai-seoul-summit-2024', 'event:ai-action-summit-2025']),
    );
    const starts = series.map((s) => s.start ?? '9999');
    expect(starts).toEqual([...starts].sort());
    const seoul = await get<{ summit: { id: string }; documents: Doc[]; reference: unknown[] }>(`/events/${encodeURIComponent('Sommet de Séoul')}`);
    expect(seoul.summit.id).toBe('event:ai-seoul-summit-2024');
    expect(seoul.documents.length).toBeGreaterThan(0);
    expectError(await call(api('/events/Nowhere%20Summit')), 404, 'not_found');
  });

  it('lists declarations and their signatories, filtered by status and party', async () => {
    const declarations = (await get<{ items: { id: string }[] }>('/declarations')).items.map((d) => d.id);
    expect(declarations).toContain('declaration:bletchley-declaration');
    const all = await get<Signatories>('/declarations/Bletchley%20Declaration/signatories');
    expect(all.declaration).toBe('declaration:bletchley-declaration');
    expect(all.parties.length).toBeGreaterThan(20);
    const inFrench = await get<Signatories>(`/declarations/${encodeURIComponent('Déclaration de Bletchley')}/signatories`);
    expect(inFrench).toEqual(all);
    const signed = await get<Signatories>('/declarations/Bletchley%20Declaration/signatories?status=signed');
    expect(signed.parties.map((p) => p.party)).toEqual(all.parties.filter((p) => p.status === 'signed').map((p) => p.party));
    const two = await get<Signatories>('/declarations/Bletchley%20Declaration/signatories?status=signed,conflict');
    expect(two.parties.length).toBe(all.parties.filter((p) => p.status === 'signed' || p.status === 'conflict').length);
    const france = await get<Signatories>('/declarations/Bletchley%20Declaration/signatories?party=fr');
    expect(france.parties.map((p) => [p.party, p.status])).toEqual([['FR', 'signed']]);
    expect(france.parties[0]?.evidence.some((e) => e.kind === 'reference' && e.source.startsWith('http'))).toBe(true);
    expectError(await call(api('/declarations/Bletchley%20Declaration/signatories?status=maybe')), 400, 'bad_request');
    expectError(await call(api('/declarations/Nowhere%20Accord/signatories')), 404, 'not_found');
  });

  it('compares two declarations and lists open conflicts', async () => {
    const comparison = await get<{ a: string; b: string; signedOnlyA: (Party & { other: string })[] }>(
      '/compare?a=Bletchley%20Declaration&b=Paris%20declaration',
    );
    expect([comparison.a, comparison.b]).toEqual(['declaration:bletchley-declaration', 'declaration:paris-statement']);
    expect(comparison.signedOnlyA.map((p) => p.party)).toEqual(expect.arrayContaining(['US', 'GB']));
    expect(comparison.signedOnlyA.every((p) => p.status === 'signed' && p.other !== 'signed')).toBe(true);
    expectError(await call(api('/compare?a=Bletchley%20Declaration')), 400, 'bad_request');
    // An article of our own that contradicts the reference (Japan signed at Bletchley) is a conflict.
    const contradiction = [
      'Japan stays out of Bletchley text, officials say',
      'Japan did not sign the Bletchley Declaration at the AI Safety Summit at Bletchley Park, two officials in Tokyo said on Thursday, citing doubts about the wording on frontier risks.',
      'The officials, who asked not to be named, said the government wanted more time to study the text before any decision on artificial intelligence rules.',
    ].join('\n\n');
    expect((await postJson('/documents', { text: contradiction, lang: 'en', title: 'Japan stays out' })).status).toBe(201);
    const conflicts = (await get<{ items: { declaration: string; party: string; sources: number }[] }>('/conflicts')).items;
    expect(conflicts.map((c) => `${c.declaration} ${c.party}`)).toContain('declaration:bletchley-declaration JP');
    for (const c of conflicts.slice(0, 3)) {
      const parties = (await get<Signatories>(`/declarations/${encodeURIComponent(c.declaration)}/signatories?party=${c.party}`)).parties;
      expect(parties.map((p) => p.status)).toEqual(['conflict']);
    }
  });
});

describe('quotes', () => {
  it('searches by speaker and words without accents, by language, in pages', async () => {
    const all = await get<Page<Statement & { lang: string }> & { hasMore: boolean }>('/quotes?samples=include&limit=500');
    expect(all.items.length).toBeGreaterThan(3);
    const dang = await get<Page<Statement>>('/quotes?samples=include&speaker=dang');
    expect(dang.items.length).toBeGreaterThan(0);
    expect(dang.items.every((q) => q.subject.startsWith('Đặng'))).toBe(true);
    const vietnamese = await get<Page<Statement & { lang: string }>>('/quotes?samples=include&lang=vi&limit=500');
    expect(vietnamese.items.map((q) => q.id)).toEqual(all.items.filter((q) => q.lang === 'vi').map((q) => q.id));
    const [one, two] = [await get<Page<Statement> & { hasMore: boolean }>('/quotes?samples=include&limit=2'), await get<Page<Statement>>('/quotes?samples=include&limit=2&offset=2')];
    expect([...one.items, ...two.items].map((q) => q.id)).toEqual(all.items.slice(0, 4).map((q) => q.id));
    expect([one.hasMore, all.hasMore]).toEqual([true, false]);
    expectError(await call(api('/quotes?limit=0')), 400, 'bad_request');
    expectError(await call(api('/quotes?limit=501')), 400, 'bad_request');
  });

  it('filters by the event the article reports on, named in any language, and by publication date', async () => {
    type Row = Statement & { published: string | null };
    const all = (await get<Page<Row>>('/quotes?samples=include&limit=500')).items;
    const paris = (await get<Page<Row>>(`/quotes?samples=include&limit=500&event=${encodeURIComponent("Sommet pour l'action sur l'IA")}`)).items;
    expect(paris.length).toBeGreaterThan(0);
    expect(paris.length).toBeLessThan(all.length);
    expect((await get<Page<Row>>('/quotes?samples=include&limit=500&event=event:ai-action-summit-2025')).items.map((q) => q.id)).toEqual(paris.map((q) => q.id));
    const february = (await get<Page<Row>>('/quotes?samples=include&limit=500&from=2025-02&to=2025-02')).items;
    expect(february.map((q) => q.id)).toEqual(all.filter((q) => q.published?.startsWith('2025-02')).map((q) => q.id));
    expectError(await call(api('/quotes?event=Atlantis')), 404, 'not_found');
    // Exact: the speaker as typed, accents included.
    const dang = (await get<Page<Row>>('/quotes?samples=include&limit=500&speaker=dang')).items;
    expect(dang.length).toBeGreaterThan(0);
    expect((await get<Page<Row>>('/quotes?samples=include&limit=500&speaker=dang&exact=true')).items).toEqual([]);
    expect((await get<Page<Row>>(`/quotes?samples=include&limit=500&speaker=${encodeURIComponent('Đặng')}&exact=1`)).items.map((q) => q.id)).toEqual(dang.map((q) => q.id));
    expectError(await call(api('/quotes?from=February')), 400, 'bad_request');
  });
});

describe('adding articles and reviewing', () => {
  const signedText = "Sommet pour l'action sur l'IA\n\nLe Kenya a signé la déclaration finale du sommet pour l'action sur l'IA, mardi à Paris.";
  const declinedText = 'AI Action Summit\n\nKenya did not sign the closing statement of the AI Action Summit in Paris on Tuesday, officials said.';
  const kenya = async (): Promise<Party | undefined> => (await get<Signatories>('/declarations/Paris%20declaration/signatories?party=KE')).parties[0];

  it('refuses a write without the token or with a wrong one', async () => {
    expectError(await postJson('/documents', { text: signedText }, {}), 401, 'unauthorized');
    expectError(await postJson('/documents', { text: signedText }, bearer('wrong-token')), 403, 'forbidden');
    expect((await get<Page<Doc>>('/documents?lang=fr')).total).toBe((await get<Page<Doc>>('/documents?lang=fr&limit=500')).items.length);
  });

  it('adds articles as JSON and as an uploaded file, and returns their statements', async () => {
    const before = (await get<Page<Doc>>('/documents')).total ?? 0;
    const added = await postJson('/documents', { text: signedText, published: '2025-02-11', title: 'Le Kenya signe' });
    expect(added.status).toBe(201);
    const body = added.body as { status: string; id: string; lang: string; statements: Statement[] };
    expect([body.status, body.lang]).toEqual(['new', 'fr']);
    expect(body.statements.some((s) => s.kind === 'signed' && s.subject === 'KE')).toBe(true);

    const form = new FormData();
    form.set('file', new Blob([declinedText], { type: 'text/plain' }), 'kenya-declines.txt');
    const uploaded = await call(api('/documents'), { method: 'POST', headers: bearer(token), body: form });
    expect(uploaded.status).toBe(201);
    expect((uploaded.body as { statements: Statement[] }).statements.some((s) => s.kind === 'not_signed' && s.subject === 'KE')).toBe(true);

    const again = await postJson('/documents', { text: signedText, published: '2025-02-11', title: 'Le Kenya signe' });
    expect([again.status, (again.body as { status: string }).status]).toEqual([200, 'unchanged']);
    expect((await get<Page<Doc>>('/documents')).total).toBe(before + 2);
    const view = await get<{ document: { title: string; published: string } }>(`/documents/${body.id}`);
    expect([view.document.title, view.document.published]).toEqual(['Le Kenya signe', '2025-02-11']);

    // Added articles are news: `sample: false`, and what `samples=exclude` keeps, newest first.
    type Row = Doc & { sample: boolean; published: string | null };
    const news = (await get<Page<Row>>('/documents?samples=exclude')).items;
    const [dated, undated] = [news.findIndex((d) => d.id === body.id), news.findIndex((d) => d.id === (uploaded.body as { id: string }).id)];
    expect(news.every((d) => d.sample === false)).toBe(true);
    expect(dated).toBeGreaterThanOrEqual(0);
    expect(undated).toBeGreaterThan(dated);
    const all = (await get<Page<Row>>('/documents?limit=500')).items;
    const dates = all.map((d) => d.published).filter((d): d is string => d !== null);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(all.findIndex((d) => d.published === null)).toBeGreaterThan(all.findLastIndex((d) => d.published !== null));
    const csv = await call(api('/export?format=csv&samples=exclude'));
    expect(csv.text.split('\r\n')[0]).toMatch(/,title,outlet,sample$/);
    expect(csv.text).toMatch(/,false\r\n/);
    expect(csv.text).not.toMatch(/,true\r\n/);
  });

  it('rejects bad articles with a 400 naming the reason', async () => {
    expectError(await postJson('/documents', { text: '   ' }), 400, 'bad_request');
    expectError(await postJson('/documents', {}), 400, 'bad_request');
    expectError(await postJson('/documents', { text: 'a', html: '<p>b</p>' }), 400, 'bad_request');
    expectError(await postJson('/documents', { text: signedText, published: 'last Tuesday' }), 400, 'bad_request');
    expectError(await postJson('/documents', { text: signedText, colour: 'blue' }), 400, 'bad_request');
    expectError(
      await call(api('/documents'), { method: 'POST', headers: { ...bearer(token), 'Content-Type': 'text/plain' }, body: signedText }),
      415,
      'unsupported_media_type',
    );
  });

  it('records review decisions that change the signatories, in the audit log', async () => {
    expect((await kenya())?.status).toBe('conflict');
    const queue = await get<Page<Statement & { isConflict: boolean }>>('/review?limit=500');
    expect(queue.total).toBeGreaterThanOrEqual(queue.items.length);
    const conflicts = queue.items.filter((s) => s.isConflict);
    expect(queue.items.slice(0, conflicts.length).every((s) => s.isConflict)).toBe(true);
    const wrong = queue.items.find((s) => s.kind === 'not_signed' && s.subject === 'KE' && s.words.includes('Kenya did not sign')) as Statement;
    expect(wrong).toBeDefined();

    const decision = { action: 'reject', statement: wrong.id, reason: 'the outlet corrected its report', reviewer: 'ana' };
    expectError(await postJson('/review', decision, {}), 401, 'unauthorized');
    expectError(await postJson('/review', decision, bearer(`${token}x`)), 403, 'forbidden');
    expect((await kenya())?.status).toBe('conflict');

    const recorded = await postJson('/review', decision);
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({
      statementId: wrong.id,
      action: 'reject',
      reviewer: 'ana',
      before: { status: 'unreviewed' },
      after: { status: 'rejected' },
    });
    expect((await kenya())?.status).toBe('signed');
    const log = await get<Page<{ statementId: string; action: string; reason: string }>>(`/review/log?statement=${wrong.id}`);
    expect(log.items.map((e) => [e.statementId, e.action, e.reason])).toEqual([[wrong.id, 'reject', 'the outlet corrected its report']]);
    expect((await get<{ review: { status: string } }>(`/statements/${wrong.id}`)).review.status).toBe('rejected');

    const undone = await postJson('/review', { ...decision, action: 'undo', reason: 'decided too fast' });
    expect(undone.status).toBe(201);
    expect((await kenya())?.status).toBe('conflict');

    const quotes = async (): Promise<string[]> => (await get<Page<Statement>>('/quotes?samples=include&limit=500')).items.map((q) => q.id);
    const quote = (await quotes())[0] as string;
    expect((await postJson('/review', { ...decision, statement: quote, reason: 'not a quote: a headline' })).status).toBe(201);
    expect(await quotes()).not.toContain(quote);

    expectError(await postJson('/review', { ...decision, reason: '  ' }), 400, 'bad_request');
    expectError(await postJson('/review', { ...decision, statement: '0123456789abcdef' }), 404, 'not_found');
    expectError(await postJson('/review', { ...decision, action: 'approve' }), 400, 'bad_request');
    expect((await get<Page<{ action: string }>>('/review/log')).items.map((e) => e.action)).toEqual(['reject', 'undo', 'reject']);
  });
});

describe('export', () => {
  it('writes the knowledge base as JSON, CSV and JSON-LD with the same statements', async () => {
    const data = await get<{ format: string; documents: unknown[]; statements: Statement[]; reviews: { statementId: string; after: { status: string } }[] }>(
      '/export',
    );
    expect(data.format).toBe('accord');
    expect(data.documents.length).toBe((await get<Page<Doc>>('/documents')).total);
    const signed = await get<{ statements: Statement[] }>('/export?kind=signed');
    expect(signed.statements.every((s) => s.kind === 'signed')).toBe(true);
    expect(signed.statements.length).toBe(data.statements.filter((s) => s.kind === 'signed').length);

    const csv = await call(api('/export?format=csv&kind=signed'));
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('accord-export.csv');
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toContain('document,url,published');
    expect(signed.statements.every((s) => csv.text.includes(`,${s.id},`))).toBe(true);
    expect(lines.slice(1).filter((line) => /^[0-9a-f]{16},/.test(line)).length).toBe(signed.statements.length);

    const ld = await call(api('/export?format=jsonld'));
    expect(ld.headers.get('content-type')).toContain('application/ld+json');
    const graph = (JSON.parse(ld.text) as { '@graph': { '@type': string }[] })['@graph'];
    // Claims are statements as review left them: the rejected ones are not claimed.
    const latest = new Map(data.reviews.map((r) => [r.statementId, r.after.status]));
    const rejected = [...latest.values()].filter((status) => status === 'rejected').length;
    expect(rejected).toBeGreaterThan(0);
    expect(graph.filter((node) => node['@type'] === 'Claim').length).toBe(data.statements.length - rejected);
    expectError(await call(api('/export?format=xml')), 400, 'bad_request');
  });
});

describe('OpenAPI and the API page', () => {
  const routes = [
    'get /documents',
    'post /documents',
    'get /documents/{id}',
    'get /documents/{id}/statements',
    'get /statements',
    'get /statements/{id}',
    'get /entities/{name}',
    'get /events',
    'get /events/{name}',
    'get /declarations',
    'get /declarations/{name}/signatories',
    'get /declarations/{name}/evidence',
    'get /compare',
    'get /conflicts',
    'get /quotes',
    'get /review',
    'post /review',
    'get /review/log',
    'get /export',
    'get /search',
    'get /searches',
    'post /searches',
    'delete /searches/{id}',
    'get /searches/{id}/new',
    'get /searches/{id}/atom',
    'get /sources',
    'post /sources',
    'delete /sources/{id}',
    'post /sources/{id}/pause',
    'post /sources/{id}/resume',
    'post /sources/poll',
    'get /jobs',
    'post /jobs/retry',
  ];
  type Operation = { responses: Record<string, unknown>; security?: unknown[]; parameters?: { name: string; in: string }[] };
  type OpenApi = {
    openapi: string;
    info: { title: string };
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, unknown> };
  };

  it('describes every route with its parameters, responses and named schemas', async () => {
    const reply = await call(`${server.url}/openapi.json`);
    expect(reply.status).toBe(200);
    const doc = reply.body as OpenApi;
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    const listed = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m} ${path.replace('/api/v1', '')}`));
    expect(listed.sort()).toEqual([...routes].sort());
    for (const name of [
      'Statement',
      'Document',
      'DocumentSummary',
      'Party',
      'Signatories',
      'EvidencePage',
      'Comparison',
      'Quote',
      'ReviewEntry',
      'Decision',
      'Summit',
      'EntityView',
      'Error',
    ])
      expect(doc.components.schemas).toHaveProperty(name);
    for (const [path, methods] of Object.entries(doc.paths))
      for (const [method, operation] of Object.entries(methods)) {
        expect(
          Object.keys(operation.responses).some((code) => code.startsWith('2')),
          `${method} ${path}`,
        ).toBe(true);
        expect(Boolean(operation.security), `${method} ${path} is a write`).toBe(method === 'post' || method === 'delete');
        for (const name of path.match(/\{(\w+)\}/g) ?? [])
          expect(
            operation.parameters?.some((p) => p.in === 'path' && `{${p.name}}` === name),
            `${method} ${path} ${name}`,
          ).toBe(true);
      }
    // Every reference points at a schema that is there.
    for (const [, ref] of JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g))
      expect(doc.components.schemas).toHaveProperty(ref as string);
  });

  it('has a readable page listing every endpoint with an example, without script', async () => {
    expect((await fetch(api(''), { redirect: 'manual' })).headers.get('location')).toBe('/api');
    const page = await call(`${server.url}/api`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    for (const route of routes) {
      const [method, path] = route.split(' ') as [string, string];
      expect(page.text).toContain(`<span class="method">${method.toUpperCase()}</span> <code>/api/v1${path}</code>`);
    }
    expect(page.text).toContain(`href="/api/v1/declarations/Bletchley%20Declaration/signatories"`);
    expect(page.text).not.toMatch(/<script/i);
    const css = await call(`${server.url}/api/api.css`);
    expect(css.headers.get('content-type')).toContain('text/css');
  });
});

describe('errors', () => {
  it('answers unknown routes with the one error shape', async () => {
    expect(expectError(await call(api('/no-such-thing')), 404, 'not_found')).toContain('/api/v1/no-such-thing');
    expectError(await call(api('/documents'), { method: 'DELETE' }), 404, 'not_found');
  });

  it('names the parameter and the reason of a 400', async () => {
    expect(expectError(await call(api('/documents?limit=abc')), 400, 'bad_request')).toBe('query limit: expected a whole number from 1 to 500');
    expect(expectError(await call(api('/documents?lang=xx')), 400, 'bad_request')).toContain('query lang');
    expect(expectError(await postJson('/review', '{"action":'), 400, 'bad_request')).toContain('body');
  });

  it('refuses a body over the limit with 413', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(5_100_000) });
    expectError(
      await call(api('/documents'), { method: 'POST', headers: { ...bearer(token), 'Content-Type': 'application/json' }, body: big }),
      413,
      'payload_too_large',
    );
  });
});

describe('every name and id, everywhere', () => {
  const entityIds = async (name: string): Promise<string[]> =>
    (await get<{ items: { entity: { id: string } }[] }>(`/entities/${encodeURIComponent(name)}`)).items.map((v) => v.entity.id);

  it.each<[string, string]>([
    ['ai-action-summit-2025', 'event:ai-action-summit-2025'],
    ['event:ai-action-summit-2025', 'event:ai-action-summit-2025'],
    ['ai-seoul-summit-2024', 'event:ai-seoul-summit-2024'],
    ['country:cn', 'country:CN'],
    ['jd-vance', 'person:jd-vance'],
    ['paris-statement', 'declaration:paris-statement'],
  ])('opens %s as %s', async (name, id) => {
    expect(await entityIds(name)).toEqual([id]);
  });

  it('opens an event by its id and a declaration by the name of its summit or city', async () => {
    expect((await get<{ summit: { id: string } }>('/events/ai-action-summit-2025')).summit.id).toBe('event:ai-action-summit-2025');
    for (const name of ['Paris', 'event:ai-action-summit-2025', 'Sommet pour l’action sur l’IA'])
      expect((await get<Signatories>(`/declarations/${encodeURIComponent(name)}/signatories`)).declaration).toBe('declaration:paris-statement');
    const compared = await get<{ a: string; b: string }>(`/compare?a=${encodeURIComponent('Bletchley Declaration')}&b=Paris`);
    expect([compared.a, compared.b]).toEqual(['declaration:bletchley-declaration', 'declaration:paris-statement']);
  });

  it('searches every kind by any name, accents and case aside', async () => {
    type Found = { entities: { id: string; kind: string }[]; documents: Doc[]; quotes: Statement[] };
    const ids = async (q: string): Promise<string[]> => (await get<Found>(`/search?q=${encodeURIComponent(q)}`)).entities.map((e) => e.id);
    for (const q of ['Trung Quốc', 'trung quoc', 'Chine', 'CHINA']) expect((await ids(q))[0]).toBe('country:CN');
    expect(await ids('Paris')).toEqual(expect.arrayContaining(['city:paris', 'event:ai-action-summit-2025', 'declaration:paris-statement']));
    expect(await ids('vance')).toContain('person:jd-vance');
    expect((await get<Found>('/search?q=x')).entities).toEqual([]);
    expectError(await call(api('/search')), 400, 'bad_request');
  });

  it('finds a quoted fragment by its speaker and its words, marked as a fragment', async () => {
    const text =
      "Sommet pour l'action sur l'IA\n\nLe vice-président américain JD Vance a prévenu que les règles « doivent laisser respirer les ingénieurs », mardi à Paris.";
    expect((await postJson('/documents', { text, published: '2025-02-11', title: 'Vance et les règles' })).status).toBe(201);
    for (const query of ['speaker=Vance', `search=${encodeURIComponent('respirer les ingenieurs')}`]) {
      const found = (await get<Page<Statement>>(`/quotes?limit=500&${query}`)).items.filter((q) => q.words.includes('respirer'));
      expect(found.map((q) => [q.kind, q.subject])).toEqual([['quote_fragment', 'JD Vance']]);
    }
    const vance = await get<{ items: { quotes: Statement[] }[] }>('/entities/person:jd-vance');
    expect(vance.items[0]?.quotes.some((q) => q.kind === 'quote_fragment' && q.words.includes('respirer'))).toBe(true);
  });

  it('answers an unknown address with a page in the browser and JSON under /api', async () => {
    const page = await call(`${server.url}/no-such-page`, { headers: { Accept: 'text/html' } });
    expect([page.status, page.headers.get('content-type')]).toEqual([404, 'text/html; charset=UTF-8']);
    expect(page.text).toContain('action="/search"');
    const json = await call(api('/no-such-thing'), { headers: { Accept: 'text/html' } });
    expect([json.status, (json.body as ErrorBody).error.code]).toEqual([404, 'not_found']);
  });
});

describe('shutdown', () => {
  it('stops on SIGTERM, closing the database, with exit code 0', async () => {
    expect(await server.stop()).toBe(0);
    expect(server.stderr()).toContain('stopped');
  });
});
