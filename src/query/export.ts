import type { ResolutionEntry, ReviewEntry, Statement } from '../model/index.js';
import type { StoredDocument } from '../store/index.js';
import { listDeclarations } from './events.js';
import { signatoriesOf } from './declarations.js';
import type { Kb } from './kb.js';

// The whole knowledge base as data: documents with every version of their sources, statements,
// the review log and the resolution log, as `accord export` writes it (export-stream.ts) and
// `accord import` reads it (import.ts). Exports written before the resolution log was exported have none.
export type Export = {
  format: 'accord';
  version: 1;
  documents: StoredDocument[];
  statements: Statement[];
  reviews: ReviewEntry[];
  resolutions?: ResolutionEntry[];
};

// Wikidata properties the QuickStatements export writes: signatory (on the declaration's item),
// point in time (the as-of date, as a qualifier) and reference URL (as a source).
const P_SIGNATORY = 'P1891';
const P_POINT_IN_TIME = 'P585';
const P_REFERENCE_URL = 'S854';

export type QuickStatements = { commands: string; written: number; missing: string[] };

// The signatory facts of every declaration (or of `only`), as QuickStatements V1 commands a
// Wikidata editor can review and run: `Qdecl|P1891|Qparty|P585|+2025-02-11T00:00:00Z/11|S854|"url"`,
// one line per source URL (at most three), reviewed facts outranking extracted ones as in every
// view. Accord keeps no Wikidata ids of its own (they cannot be checked offline), so `ids` maps
// entity ids and ISO codes ("country:FR", "FR", "declaration:paris-statement") to the
// Q-ids the editor supplies. A declaration without one is created (CREATE, labels in en/fr/vi);
// a party without one is left out and named in `missing`.
export async function toQuickStatements(kb: Kb, ids: Map<string, string>, only?: string): Promise<QuickStatements> {
  const lines: string[] = [];
  const missing = new Set<string>();
  let written = 0;
  for (const declaration of listDeclarations(kb)) {
    if (only && declaration.id !== only) continue;
    const signatories = await signatoriesOf(kb, declaration.id, { evidence: 3 });
    const signed = signatories.parties.filter((p) => p.status === 'signed');
    if (signed.length === 0) continue;
    let item = ids.get(declaration.id) ?? ids.get(declaration.key);
    const body: string[] = [];
    for (const party of signed) {
      const qid = ids.get(party.party) ?? ids.get(`country:${party.party}`) ?? ids.get(`organization:${party.party}`);
      if (!qid) {
        missing.add(party.party);
        continue;
      }
      const urls = party.evidence
        .filter((e) => e.stance === 'signed')
        .flatMap((e) => (e.kind === 'reference' ? [e.source] : []))
        .slice(0, 3);
      const date = party.asOf ? `|${P_POINT_IN_TIME}|${wikidataTime(party.asOf)}` : '';
      for (const url of urls.length > 0 ? urls : [null])
        body.push(`ITEM|${P_SIGNATORY}|${qid}${date}${url ? `|${P_REFERENCE_URL}|"${url.replace(/"/g, '')}"` : ''}`);
      written += 1;
    }
    if (body.length === 0) continue;
    if (!item) {
      const entity = kb.resolver.entity(declaration.id);
      lines.push('CREATE');
      for (const { code: lang } of kb.languages) {
        const label = entity?.names[lang]?.[0] ?? (lang === kb.labelLang ? declaration.label : undefined);
        if (label) lines.push(`LAST|L${lang}|"${label.replace(/"/g, '')}"`);
      }
      item = 'LAST';
    }
    lines.push(...body.map((line) => line.replace(/^ITEM/, item as string)));
  }
  return { commands: lines.length > 0 ? `${lines.join('\n')}\n` : '', written, missing: [...missing].sort() };
}

// 2025-02-11 -> +2025-02-11T00:00:00Z/11; 2025-02 -> month precision; 2025 -> year precision.
function wikidataTime(date: string): string {
  const [year, month, day] = date.split('-');
  const precision = day ? 11 : month ? 10 : 9;
  return `+${year}-${month ?? '01'}-${day ?? '01'}T00:00:00Z/${precision}`;
}

// Ids from a CSV or TSV the editor saved from the Wikidata Query Service (columns: an entity id
// or ISO code, and an item URL or Q-id, in either order), or written by hand. Throws naming the
// line on a row with no Q-id.
export function parseWikidataIds(text: string, file: string): Map<string, string> {
  const ids = new Map<string, string>();
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim() || (index === 0 && !/Q\d+/.test(line))) return;
    const cells = line.split(/[,\t]/).map((c) => c.trim().replace(/^"|"$/g, ''));
    const qid = cells.map((c) => /(?:^|\/)(Q\d+)$/.exec(c)?.[1]).find(Boolean);
    const key = cells.find((c) => !/(?:^|\/)Q\d+$/.test(c) && c !== '');
    if (!qid || !key) throw new Error(`${file}:${index + 1}: expected an id or ISO code and a Wikidata item, got ${JSON.stringify(line.slice(0, 80))}`);
    ids.set(key, qid);
  });
  return ids;
}
