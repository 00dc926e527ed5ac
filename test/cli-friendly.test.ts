import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repo, runAccord } from './run-accord.js';

const work = mkdtempSync(join(tmpdir(), 'accord-cli-friendly-'));
const version = (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string }).version;

describe('accord --version and --help', () => {
  it.each([['--version'], ['-v']])('%s prints the version of package.json', (flag) => {
    const run = runAccord([flag]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(version);
  });

  // The commands as the main help lists them, so that a new command without an example fails.
  const main = runAccord(['--help']);
  const commands = [...main.stdout.matchAll(/^ {2}([a-z-]+) /gm)].map((m) => m[1] as string).filter((name) => name !== 'help');

  it('lists the commands and a few examples to start with', () => {
    expect(main.status).toBe(0);
    expect(commands.length).toBeGreaterThan(10);
    expect(main.stdout).toMatch(/Examples:\n(?: {2}\$ accord .+\n){3,}/);
  });

  it.each(commands)('accord %s --help ends with an example of that command', (command) => {
    const run = runAccord([command, '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`\\nExamples?:\\n(?: {2}\\$ .+\\n)*? {2}\\$ (?:\\w+=\\S+ )?accord ${command}\\b`));
  });
});

describe('accord export --bom', () => {
  const db = join(work, 'bom.db');
  const article = join(work, 'article.txt');
  writeFileSync(article, 'Le Royaume-Uni a signé la Déclaration de Bletchley le 1er novembre 2023, selon le communiqué publié à Londres.\n');

  it('starts the CSV with a UTF-8 byte-order mark only when asked', () => {
    expect(runAccord(['ingest', article, '--db', db]).status).toBe(0);
    const plain = spawnSync(join(repo, 'bin', 'accord'), ['export', '--format', 'csv', '--db', db], { cwd: repo });
    const marked = spawnSync(join(repo, 'bin', 'accord'), ['export', '--format', 'csv', '--bom', '--db', db], { cwd: repo });
    expect(plain.status).toBe(0);
    expect(marked.status).toBe(0);
    expect([...plain.stdout.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect([...marked.stdout.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(marked.stdout.subarray(3).equals(plain.stdout)).toBe(true);
    expect(plain.stdout.toString('utf8')).toContain('Déclaration');
  });

  it('refuses --bom on formats other than CSV', () => {
    const run = runAccord(['export', '--format', 'json', '--bom', '--db', db]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('accord: --bom: only with --format csv\n');
  });
});

describe('accord signatories shows evidence', () => {
  it('prints, under each party with sources, the first source of each side its JSON gives', () => {
    const name = 'Bletchley Declaration';
    const text = runAccord(['signatories', name]).stdout;
    const json = JSON.parse(runAccord(['signatories', name, '--json']).stdout) as {
      parties: { party: string; evidence: { stance: string; source: string; url?: string | null }[] }[];
    };
    const withEvidence = json.parties.filter((p) => p.evidence.length > 0);
    expect(withEvidence.length).toBeGreaterThan(10);
    for (const party of withEvidence) {
      const first = party.evidence[0];
      if (!first) continue;
      const block = text.split(/\n(?= {2}\S)/).find((b) => b.startsWith(`  ${party.party} `));
      expect(block, party.party).toContain(`      ${first.stance}: ${first.url ?? first.source}`);
    }
  });
});

// bin/accord runs dist/ only while no source is newer than the build: a fake checkout with
// a "dist" and a "src" main that say which one ran.
describe('bin/accord never runs stale code', () => {
  const root = join(work, 'checkout');
  mkdirSync(join(root, 'bin'), { recursive: true });
  mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
  mkdirSync(join(root, 'src', 'cli'), { recursive: true });
  cpSync(join(repo, 'bin', 'accord'), join(root, 'bin', 'accord'));
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(root, 'dist', 'cli', 'main.js'), "process.stdout.write('dist\\n');\n");
  writeFileSync(join(root, 'src', 'cli', 'main.ts'), "const ran: string = 'src';\nprocess.stdout.write(`${ran}\\n`);\n");
  const stamp = join(root, 'dist', '.built');
  const ran = (): string => spawnSync(join(root, 'bin', 'accord'), [], { cwd: root, encoding: 'utf8' }).stdout.trim();
  const at = (path: string, seconds: number): void => utimesSync(path, seconds, seconds);

  it.each([
    ['a build newer than every source', 'dist', true, 2000, 1000],
    ['a source edited after the build', 'src', true, 1000, 2000],
    ['no build at all', 'src', false, 0, 1000],
  ])('%s runs %s', (_case, expected, built, stampTime, sourceTime) => {
    rmSync(stamp, { force: true });
    if (built) {
      writeFileSync(stamp, 'built\n');
      at(stamp, stampTime);
    }
    at(join(root, 'src', 'cli', 'main.ts'), sourceTime);
    expect(ran()).toBe(expected);
  });
});
