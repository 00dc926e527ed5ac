import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { knowledgeBase } from './knowledge-base.js';
import { note } from './print.js';
import type { Report } from './run.js';

const root = join(import.meta.dirname, '..');
const connections = 8;
const seconds = 6;

// HTTP figures on the 100,000-document knowledge base (BENCH_KB_DOCS): the real `accord serve`
// in its own process, loaded by `connections` keep-alive clients for `seconds` per page;
// requests per second and latency percentiles. The load runs on the same two cores.
export async function benchHttp(): Promise<Report[]> {
  const docs = Number(process.env.BENCH_KB_DOCS || 100_000);
  const built = await knowledgeBase(docs, note);
  const { child, url } = await serve(built.path);
  try {
    const pages: [string, string][] = [
      ['declaration page (map + parties)', '/declarations/paris-statement'],
      ['compare matrix', '/compare'],
      ['quote search, words', '/quotes?q=rules'],
      ['quote search, folded (hop tac: hợp tác)', '/quotes?q=hop+tac'],
      ['quote search, words + summit', '/quotes?q=rules&event=ai-action-summit-2025'],
      ['quote search by speaker', '/quotes?speaker=vance'],
      ['API signatories (JSON)', '/api/v1/declarations/paris-statement/signatories'],
    ];
    const rows: [string, string][] = [];
    for (const [name, path] of pages) {
      const first = await fetch(`${url}${path}`);
      await first.arrayBuffer();
      if (!first.ok) {
        rows.push([name, `skipped: ${path} answered ${first.status}`]);
        continue;
      }
      const result = await load(`${url}${path}`);
      rows.push([
        name,
        `${result.rps.toFixed(0)} req/s, median ${result.median.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms (${result.count} requests, ${result.errors} errors, ${(result.bytes / 1024).toFixed(0)} KB each)`,
      ]);
    }
    return [{ heading: `HTTP on a ${docs.toLocaleString('en-US')}-document knowledge base: ${connections} connections, ${seconds} s per page`, rows }];
  } finally {
    child.kill('SIGTERM');
  }
}

// --- s5a: the export benchmark starts its server the same way ---
export async function serve(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(root, 'bin', 'accord'), 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (found) resolve(found[1] as string);
    });
    child.once('exit', (code) => reject(new Error(`accord serve exited (${code}) before listening`)));
  });
  return { child, url };
}

async function load(url: string): Promise<{ rps: number; median: number; p95: number; count: number; errors: number; bytes: number }> {
  const times: number[] = [];
  let [errors, bytes] = [0, 0];
  const end = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        try {
          const response = await fetch(url);
          bytes = (await response.arrayBuffer()).byteLength;
          if (!response.ok) errors += 1;
        } catch {
          errors += 1;
        }
        times.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const at = (q: number): number => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { rps: times.length / elapsed, median: at(0.5), p95: at(0.95), count: times.length, errors, bytes };
}
