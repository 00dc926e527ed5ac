import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAccord } from './run-accord.js';

const work = mkdtempSync(join(tmpdir(), 'accord-review-'));
const db = join(work, 'accord.db');
type Party = { party: string; status: string; sources: number };
type Row = { id: string; kind: string; subject: string; isConflict: boolean; documentId: string };

const partyStatus = (party: string): string | undefined =>
  (JSON.parse(runAccord(['signatories', 'Paris declaration', '--json', '--db', db]).stdout) as { parties: Party[] }).parties.find((p) => p.party === party)
    ?.status;

describe('conflicts and review', () => {
  const files = [
    ['a.txt', "Sommet pour l'action sur l'IA\n\nLe Kenya a signé la déclaration finale du sommet pour l'action sur l'IA, mardi à Paris."],
    ['b.txt', 'AI Action Summit\n\nKenya did not sign the closing statement of the AI Action Summit in Paris on Tuesday, officials said.'],
  ];
  for (const [name, text] of files) writeFileSync(join(work, name as string), text as string);
  const ingest = () => runAccord(['ingest', ...files.map(([name]) => join(work, name as string)), '--db', db]);

  it('flags a party that articles say both signed and did not sign, and lists it first for review', () => {
    expect(ingest().status).toBe(0);
    expect(partyStatus('KE')).toBe('conflict');
    const rows = JSON.parse(runAccord(['review', '--json', '--db', db]).stdout) as Row[];
    const conflicts = rows.filter((r) => r.isConflict);
    expect(new Set(conflicts.map((r) => `${r.kind} ${r.subject}`))).toEqual(new Set(['signed KE', 'not_signed KE']));
    expect(rows.slice(0, conflicts.length).every((r) => r.isConflict)).toBe(true);
  });

  it('lets a reviewer settle it, keeps the decision through a re-ingest, and undoes it', () => {
    const rows = JSON.parse(runAccord(['review', '--json', '--db', db]).stdout) as Row[];
    const wrong = rows.find((r) => r.kind === 'not_signed' && r.subject === 'KE') as Row;
    const decided = runAccord(['review', 'reject', wrong.id, '--reason', 'the outlet corrected its report', '--reviewer', 'ana', '--db', db]);
    expect(decided.stdout).toMatch(/ana reject .*: unreviewed -> rejected {2}\(the outlet corrected its report\)/);
    expect(partyStatus('KE')).toBe('signed');

    expect(ingest().stderr).toContain('0 new, 0 updated, 2 unchanged, 0 failed');
    expect(partyStatus('KE')).toBe('signed');

    runAccord(['review', 'undo', wrong.id, '--reason', 'decided too fast', '--reviewer', 'ana', '--db', db]);
    expect(partyStatus('KE')).toBe('conflict');
    const log = JSON.parse(runAccord(['review', 'log', wrong.id, '--json', '--db', db]).stdout) as {
      action: string;
      reviewer: string;
      before: { status: string };
      after: { status: string };
    }[];
    expect(log.map((e) => [e.action, e.before.status, e.after.status])).toEqual([
      ['reject', 'unreviewed', 'rejected'],
      ['undo', 'rejected', 'unreviewed'],
    ]);
  });

  it('corrects a stance, which then outranks what the other article says', () => {
    const rows = JSON.parse(runAccord(['review', '--json', '--db', db]).stdout) as Row[];
    const wrong = rows.find((r) => r.kind === 'not_signed' && r.subject === 'KE') as Row;
    runAccord(['review', 'correct', wrong.id, '--set', 'stance=signed', '--reason', 'misread by the rule', '--db', db]);
    expect(partyStatus('KE')).toBe('signed');
  });

  it('keeps decisions when the statements are extracted again', () => {
    const rerun = runAccord(['reextract', '--db', db]);
    expect(rerun.stderr).toMatch(/^2 document\(s\) extracted again: (\d+) statement\(s\) before, \1 now$/m);
    expect(partyStatus('KE')).toBe('signed');
  });

  it('refuses a decision without a reason, and an unknown statement', () => {
    expect(runAccord(['review', 'accept', 'nope', '--db', db]).stderr).toMatch(/give the reason with --reason/);
    expect(runAccord(['review', 'accept', 'nope', '--reason', 'x', '--db', db]).stderr.trim()).toBe('accord: nope: no such statement');
  });
});
