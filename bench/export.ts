import { readFileSync } from 'node:fs';
import { serve } from './http.js';
import { knowledgeBase } from './knowledge-base.js';
import { count, mb, note } from './print.js';
import type { Report } from './run.js';

// Export figures on the knowledge base of the HTTP benchmark (BENCH_KB_DOCS): each format of
// GET /api/v1/export read whole by one client, then four JSON exports at once; throughput and
// the server's peak resident memory (VmHWM, Linux) against its memory at rest.
export async function benchExport(): Promise<Report[]> {
  const docs = Number(process.env.BENCH_KB_DOCS || 100_000);
  const built = await knowledgeBase(docs, note);
  process.env.ACCORD_HEAVY_REQUESTS = '4';
  const { child, url } = await serve(built.path);
  try {
    const pid = child.pid as number;
    await (await fetch(`${url}/api/v1/documents?limit=1`)).arrayBuffer();
    const rest = memory(pid).rss;
    const rows: [string, string][] = [['server at rest', `${rest.toFixed(0)} MB resident`]];
    for (const format of ['json', 'jsonl', 'csv', 'jsonld']) {
      const { bytes, seconds } = await timed(() => read(`${url}/api/v1/export?format=${format}`));
      rows.push([
        `export ${format}`,
        `${mb(bytes)} in ${seconds.toFixed(1)} s, ${(bytes / 1e6 / seconds).toFixed(1)} MB/s, peak ${memory(pid).peak.toFixed(0)} MB resident`,
      ]);
    }
    const four = await timed(async () => (await Promise.all([1, 2, 3, 4].map(() => read(`${url}/api/v1/export?format=json`)))).reduce((a, b) => a + b, 0));
    rows.push([
      'four JSON exports at once',
      `${mb(four.bytes)} in ${four.seconds.toFixed(1)} s, ${(four.bytes / 1e6 / four.seconds).toFixed(1)} MB/s, peak ${memory(pid).peak.toFixed(0)} MB resident`,
    ]);
    return [{ heading: `Exports (GET /api/v1/export) of a ${count(docs)}-document knowledge base, streamed`, rows }];
  } finally {
    child.kill('SIGTERM');
  }
}

// Reads a response to its end, counting its bytes and keeping none.
async function read(url: string): Promise<number> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
  let bytes = 0;
  for await (const chunk of response.body) bytes += (chunk as Uint8Array).byteLength;
  return bytes;
}

async function timed(run: () => Promise<number>): Promise<{ bytes: number; seconds: number }> {
  const started = performance.now();
  const bytes = await run();
  return { bytes, seconds: (performance.now() - started) / 1000 };
}

function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) / 1024;
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}
