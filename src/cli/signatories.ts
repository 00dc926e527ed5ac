import type { Party, Signatories } from '../kb/index.js';
import { compareDeclarations, signatoriesOf } from '../query/index.js';
import { withKb } from './load-kb.js';
import type { StoreOptions } from './open-store.js';

type Flags = StoreOptions & { json?: boolean };

export async function runSignatories(name: string, flags: Flags): Promise<void> {
  await withKb(flags, async (kb) => {
    const signatories = await signatoriesOf(kb, name);
    process.stdout.write(flags.json ? `${JSON.stringify(signatories, null, 2)}\n` : signatoriesText(signatories));
  });
}

// "signed A, not B": each party with its real status on B (declined, not_listed as of a date,
// attended, unknown...), never one "did not sign" for all of them.
export async function runCompare(a: string, b: string, flags: Flags): Promise<void> {
  await withKb(flags, async (kb) => {
    const comparison = await compareDeclarations(kb, a, b);
    if (flags.json) return void process.stdout.write(`${JSON.stringify(comparison, null, 2)}\n`);
    const row = (p: Party & { other: string; otherAsOf: string | null }): string =>
      `${partyLine(p)}  | in the other: ${p.other}${p.otherAsOf ? ` (as of ${p.otherAsOf})` : ''}`;
    const lines = [`signed ${comparison.a}, not ${comparison.b} (${comparison.signedOnlyA.length})`, ...comparison.signedOnlyA.map(row)];
    lines.push('', `signed ${comparison.b}, not ${comparison.a} (${comparison.signedOnlyB.length})`, ...comparison.signedOnlyB.map(row));
    process.stdout.write(`${lines.join('\n')}\n`);
  });
}

function partyLine(p: Party): string {
  const reasons = [...new Set(p.evidence.map((e) => e.reason).filter(Boolean))];
  return `  ${p.party.padEnd(3)} ${p.status.padEnd(13)} ${p.signerType.padEnd(26)} ${String(p.sources).padStart(2)} source(s)${p.asOf ? `  as of ${p.asOf}` : ''}${reasons.length ? `  reason: ${reasons.join('; ')}` : ''}`;
}

function signatoriesText(s: Signatories): string {
  const list = s.list.complete === null ? 'not stated' : s.list.complete ? `complete as of ${s.list.asOf ?? '?'}` : 'incomplete';
  const lines = [`${s.declaration} (${s.kind}; statuses: ${s.statuses.join(', ')}; list of parties ${list})`, '', `parties (${s.parties.length})`, ...s.parties.flatMap((p) => [partyLine(p), ...evidenceLines(p)])];
  lines.push('', `joined (${s.timeline.length} dates)`, ...s.timeline.map((j) => `  ${j.date ?? 'date not known'}  ${j.status}  ${j.parties.length}: ${j.parties.join(' ')}`));
  lines.push('', `reported counts (${s.counts.length})`);
  for (const c of s.counts)
    lines.push(`  ${c.value}${c.includes ? ` (${c.includes})` : ''}${c.asOf ? `  as of ${c.asOf}` : ''}${c.unconfirmed ? '  unconfirmed' : ''}  ${c.urls.length ? c.urls.join(' ') : c.source}`);
  return `${lines.join('\n')}\n`;
}

// The first source on each side a party's evidence has (both sides of a conflict show), so that a
// line can be checked without --json: a reference URL, or an article's URL or id with its span.
function evidenceLines(p: Party): string[] {
  const sides = [...new Set(p.evidence.map((e) => e.stance))];
  return sides.flatMap((stance) => {
    const e = p.evidence.find((x) => x.stance === stance);
    if (!e) return [];
    const where = e.kind === 'reference' ? e.source : `${e.url ?? e.documentId ?? e.source}${e.start !== undefined ? ` [${e.start}, ${e.end})` : ''}`;
    const words = e.words ? `  "${e.words.length > 80 ? `${e.words.slice(0, 79)}…` : e.words}"` : '';
    return [`      ${stance}: ${where}${e.asOf ? ` (${e.asOf})` : ''}${words}`];
  });
}
