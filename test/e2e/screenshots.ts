import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repo } from '../run-accord.js';
import { launchBrowser, startServer } from './harness.js';

// Regenerates docs/screenshots/*.png from the real server over what a new user sees: `accord
// serve` on an empty database, which loads the project's sample articles.
// Run: npx tsx test/e2e/screenshots.ts
const out = join(repo, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
const server = await startServer({ token: null, samples: false, fixtures: false });
const browser = await launchBrowser();
try {
  const documents = (await (await fetch(`${server.url}/documents?format=json&limit=500`)).json()) as {
    rows: { document: string; figures: number; statements: number }[];
  };
  const richest = documents.rows.filter((d) => d.figures > 0).sort((a, b) => b.statements - a.statements)[0];
  const shots: [string, string, { width: number; height: number }][] = [
    ['home', '/', { width: 1280, height: 1100 }],
    ['event', '/events/ai-action-summit-2025', { width: 1280, height: 1100 }],
    ['declaration', '/declarations/paris-statement', { width: 1280, height: 1250 }],
    ['compare', '/compare', { width: 1280, height: 1100 }],
    ['entity', '/countries/VN', { width: 1280, height: 1100 }],
    ['quotes', '/quotes?q=AI', { width: 1280, height: 1100 }],
    ['document', `/documents/${richest?.document ?? ''}`, { width: 1280, height: 1100 }],
    ['phone-declaration', '/declarations/paris-statement?lang=vi', { width: 390, height: 844 }],
  ];
  for (const [name, path, viewport] of shots) {
    const page = await browser.newPage({ viewport, locale: 'en-GB', deviceScaleFactor: viewport.width < 500 ? 2 : 1 });
    await page.goto(`${server.url}${path}`);
    await page.screenshot({ path: join(out, `${name}.png`) });
    await page.close();
    process.stdout.write(`docs/screenshots/${name}.png  ${path}\n`);
  }
} finally {
  await browser.close();
  await server.stop();
}
