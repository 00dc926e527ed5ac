import { readConfig } from '../src/config.js';
import { compareDeclarations, entityViews, findQuotes, loadKb, signatoriesOf } from '../src/query/index.js';
import { openStore } from '../src/store/index.js';
const db = process.argv[2] as string;
const n = Number(process.argv[3] ?? 20);
const only = process.argv[4];
const store = await openStore({ dbPath: db });
const kb = loadKb(readConfig(), store);
const [quote] = await store.searchQuotes({ limit: 1 });
const words = (quote?.words ?? 'summit').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const word = [...words].sort((a, b) => b.length - a.length)[0] ?? 'summit';
const speaker = (quote?.subject ?? '').split(' ').at(-1) ?? '';
const asks: [string, () => Promise<unknown>][] = [
  ['signatories', () => signatoriesOf(kb, 'Paris declaration')],
  ['compare', () => compareDeclarations(kb, 'Bletchley Declaration', 'Seoul Declaration')],
  ['entity country', () => entityViews(kb, 'China')],
  [`entity person ${quote?.subject}`, () => entityViews(kb, quote?.subject ?? '')],
  [`word ${word}`, () => findQuotes(store, { search: word, limit: 20 })],
  [`word+speaker ${speaker}`, () => findQuotes(store, { search: word, speaker, limit: 20 })],
  [`speaker ${speaker}`, () => findQuotes(store, { speaker, limit: 20 })],
];
for (const [label, run] of asks) {
  if (only && !label.startsWith(only)) continue;
  await run();
  const t: number[] = [];
  for (let i = 0; i < n; i++) { const s = performance.now(); await run(); t.push(performance.now() - s); }
  t.sort((a, b) => a - b);
  console.log(label.padEnd(40), 'p50', t[Math.floor(n / 2)]?.toFixed(1), 'p95', t[Math.floor(n * 0.95)]?.toFixed(1));
}
await store.close();
