import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusTemplates, type CorpusLang, type LangTemplates } from './corpus-templates.js';

export type CorpusFormat = 'txt' | 'html' | 'jsonl';
export type CorpusOptions = { docs: number; seed?: number; dir?: string };
// What was written; `textSizes` holds each article's body text in bytes, sorted.
export type Corpus = { dir: string; docs: number; bytes: number; articles: Record<CorpusFormat, number>; jsonlFiles: number; textSizes: number[] };

type Block = { kind: 'paragraph' | 'heading'; text: string } | { kind: 'figure'; file: string; caption: string };
type Story = { lang: CorpusLang; index: number; headline: string; byline: string; published: string; site: string; blocks: Block[]; textBytes: number };
type Feed = { stream: WriteStream; left: number };

const langs: CorpusLang[] = ['fr', 'en', 'vi'];

// Writes `docs` articles and returns what was written. The same seed gives the same bytes,
// so two runs measure the same corpus. One article is in memory at a time.
export async function generateCorpus(options: CorpusOptions): Promise<Corpus> {
  const random = seededRandom(options.seed ?? 20250210);
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'accord-corpus-')));
  for (const folder of [...langs, 'feeds']) await mkdir(join(dir, folder), { recursive: true });
  const corpus: Corpus = { dir, docs: options.docs, bytes: 0, articles: { txt: 0, html: 0, jsonl: 0 }, jsonlFiles: 0, textSizes: [] };
  let feed: Feed | null = null;
  for (let index = 0; index < options.docs; index += 1) {
    const lang = langs[index % langs.length] as CorpusLang;
    const story = composeStory(random, lang, index);
    // Mostly plain text files, as scrapers leave them; some saved pages; some dataset dumps.
    const draw = random.next();
    const format: CorpusFormat = draw < 0.7 ? 'txt' : draw < 0.85 ? 'html' : 'jsonl';
    corpus.articles[format] += 1;
    corpus.textSizes.push(story.textBytes);
    if (format !== 'jsonl') {
      const content = format === 'html' ? renderHtmlPage(story) : renderText(story);
      await writeFile(join(dir, lang, `${String(index).padStart(6, '0')}.${format}`), content);
      corpus.bytes += Buffer.byteLength(content);
      continue;
    }
    // A dataset dump holds 50 to 100 articles, languages mixed.
    if (!feed)
      feed = { stream: createWriteStream(join(dir, 'feeds', `feed-${String(++corpus.jsonlFiles).padStart(4, '0')}.jsonl`)), left: random.int(50, 100) };
    const line = `${renderJsonLine(story, random.next() < 0.2)}\n`;
    corpus.bytes += Buffer.byteLength(line);
    if (!feed.stream.write(line)) await once(feed.stream, 'drain');
    if (--feed.left === 0) feed = await close(feed);
  }
  if (feed) await close(feed);
  corpus.textSizes.sort((a, b) => a - b);
  return corpus;
}

async function close(feed: Feed): Promise<null> {
  feed.stream.end();
  await once(feed.stream, 'finish');
  return null;
}

// Lengths are log-normal like real news: paragraphs are added until the body text passes a
// target drawn around 4.5 KB and clamped to 1.5-12 KB.
// `unique` (1000 + index) sits in every lead, so no two article texts are the same.
function composeStory(random: Random, lang: CorpusLang, index: number): Story {
  const t = corpusTemplates[lang];
  const target = Math.min(12_000, Math.max(1_500, Math.round(4_500 * Math.exp(0.45 * random.gaussian()))));
  const day = new Date(Date.UTC(2023, 10, 1) + random.int(0, 900) * 86_400_000);
  const city = random.pick(t.slots.otherCity ?? []);
  const date = t.formatDate(day.getUTCDate(), day.getUTCMonth(), day.getUTCFullYear());
  const event = random.pick(t.slots.event ?? []);
  const context: Record<string, string> = {
    city,
    CITY: city.toLocaleUpperCase(t.locale),
    date,
    weekday: t.weekdays[day.getUTCDay()] ?? '',
    event,
    unique: (1000 + index).toLocaleString(t.locale),
  };
  const fill = (template: string): string => {
    const text = expand(template, (slot) => lookup(slot, context, t, random));
    return text.charAt(0).toLocaleUpperCase(t.locale) + text.slice(1);
  };
  // Dealt like cards, so that one article repeats a sentence template only once the deck is used up.
  const [sentence, quoteLine] = [dealer(random, t.sentences), dealer(random, t.quoteLines)];
  const lead = `${fill(random.pick(t.leads))} ${fill(sentence())}`;
  const blocks: Block[] = [{ kind: 'paragraph', text: lead }];
  let textBytes = Buffer.byteLength(lead);
  while (textBytes < target) {
    const [draw, previous] = [random.next(), blocks.at(-1)?.kind];
    let block: Block;
    if (draw < 0.08 && previous === 'paragraph' && blocks.length > 2) block = { kind: 'heading', text: fill(random.pick(t.headings)) };
    else if (draw < 0.14 && previous !== 'figure')
      block = { kind: 'figure', file: photoFile(random), caption: `${fill(random.pick(t.captions))} ${random.pick(t.credits)}` };
    else block = { kind: 'paragraph', text: Array.from({ length: random.int(1, 4) }, () => fill(random.next() < 0.25 ? quoteLine() : sentence())).join(' ') };
    // Captions leave the body text on ingest, so they do not count towards its length.
    if (block.kind !== 'figure') textBytes += Buffer.byteLength(block.text) + 2;
    blocks.push(block);
  }
  const [family, given] = [random.pick(t.slots.family ?? []), random.pick((random.next() < 0.5 ? t.slots.givenF : t.slots.givenM) ?? [])];
  const byline = lang === 'vi' ? `${family} ${given}` : `${given} ${family}`;
  return {
    lang,
    index,
    headline: fill(random.pick(t.headlines)),
    byline,
    published: day.toISOString().slice(0, 10),
    site: random.pick(t.page.sites),
    blocks,
    textBytes,
  };
}

// A headline, a "Par/By" line, then paragraphs; a photo is its file name with the caption on the next line.
function renderText(story: Story): string {
  const prefix = corpusTemplates[story.lang].bylinePrefix;
  return `${[story.headline, ...(prefix ? [`${prefix} ${story.byline}`] : []), ...story.blocks.map(blockText)].join('\n\n')}\n`;
}

// A saved page: meta tags, cookie banner, navigation, the story with figures, related links, footer.
function renderHtmlPage(story: Story): string {
  const { page, bylinePrefix } = corpusTemplates[story.lang];
  const [url, title] = [storyUrl(story), escapeHtml(story.headline)];
  const nav = `<ul>${page.nav.map((item) => `<li><a href="/${slug(item)}">${escapeHtml(item)}</a></li>`).join('')}</ul>`;
  return `<!DOCTYPE html>
<html lang="${story.lang}">
<head>
  <meta charset="utf-8"><title>${title} | ${escapeHtml(story.site)}</title><link rel="canonical" href="${url}">
  <meta name="author" content="${escapeHtml(story.byline)}"><meta property="og:title" content="${title}"><meta property="og:url" content="${url}">
  <meta property="article:published_time" content="${story.published}T09:30:00Z">
  <script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({"pageType": "article"});</script>
</head>
<body>
  <div id="cookie-banner" class="cookie-banner"><p>${escapeHtml(page.cookie)}</p><button type="button">OK</button></div>
  <header class="site-header"><a class="logo" href="/">${escapeHtml(story.site)}</a><nav class="site-nav">${nav}</nav></header>
  <main>
    <article class="story">
      <h1>${title}</h1>
      <p class="byline">${bylinePrefix ? `${bylinePrefix} ` : ''}${escapeHtml(story.byline)}</p>
      ${story.blocks.map(blockHtml).join('\n      ')}
    </article>
    <aside class="related"><h3>${escapeHtml(page.related)}</h3>${nav}</aside>
  </main>
  <footer class="site-footer"><nav>${nav}</nav><p>© ${story.published.slice(0, 4)} ${escapeHtml(story.site)}. ${escapeHtml(page.rights)}.</p></footer>
</body>
</html>
`;
}

// A dataset record; some datasets keep the article's HTML fragment instead of its text.
function renderJsonLine(story: Story, isHtml: boolean): string {
  const record = { url: storyUrl(story), title: story.headline, published: story.published, lang: story.lang, byline: story.byline };
  return JSON.stringify(isHtml ? { ...record, html: story.blocks.map(blockHtml).join('') } : { ...record, text: story.blocks.map(blockText).join('\n\n') });
}

function blockText(block: Block): string {
  return block.kind === 'figure' ? `${block.file}\n${block.caption}` : block.text;
}

function blockHtml(block: Block): string {
  if (block.kind === 'figure') return `<figure><img src="/uploads/${block.file}" alt=""><figcaption>${escapeHtml(block.caption)}</figcaption></figure>`;
  return block.kind === 'heading' ? `<h2>${escapeHtml(block.text)}</h2>` : `<p>${escapeHtml(block.text)}</p>`;
}

function storyUrl(story: Story): string {
  return `https://www.${slug(story.site)}.example.com/${story.published.replaceAll('-', '/')}/${slug(story.headline).slice(0, 70)}-${story.index}`;
}

// "Hội nghị ở Đà Nẵng" -> "hoi-nghi-o-da-nang"
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function lookup(slot: string, context: Record<string, string>, t: LangTemplates, random: Random): string {
  const fromContext = context[slot];
  if (fromContext !== undefined) return fromContext;
  if (slot === 'n') return String(random.int(12, 140));
  if (slot === 'pct') return String(random.int(5, 95));
  if (slot === 'amount') return random.int(2, 900).toLocaleString(t.locale);
  if (slot === 'year') return String(random.int(2025, 2030));
  if (slot === 'monthName') return random.pick(t.months);
  const values = t.slots[slot];
  if (!values) throw new Error(`corpus template: no values for {${slot}} in ${t.locale}`);
  return random.pick(values);
}

// Slot values may hold slots ("M. {givenM} {family}"); three levels are all the templates use.
function expand(template: string, value: (slot: string) => string, depth = 0): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => (depth < 3 ? expand(value(slot), value, depth + 1) : value(slot)));
}

// The names photo desks and CMSs give uploads: "483920117_61200413_n.jpg", "GettyImages-2199301234.jpg".
function photoFile(random: Random): string {
  const shapes = [
    () => `${random.int(1e8, 9e8)}_${random.int(1e7, 9e7)}_n.jpg`,
    () => `GettyImages-${random.int(1e9, 2e9)}.jpg`,
    () => `IMG_${random.int(1000, 9999)}.JPG`,
    () => `summit-plenary-${random.int(10000, 99999)}.webp`,
  ];
  return random.pick(shapes)();
}

function dealer<T>(random: Random, items: readonly T[]): () => T {
  const deck: T[] = [];
  return () => {
    if (deck.length === 0) deck.push(...items);
    // Fisher-Yates, one step per card: swap a random remaining card to the end and deal it.
    const at = random.int(0, deck.length - 1);
    [deck[at], deck[deck.length - 1]] = [deck[deck.length - 1] as T, deck[at] as T];
    return deck.pop() as T;
  };
}

export type Random = { next: () => number; int: (min: number, max: number) => number; pick: <T>(items: readonly T[]) => T; gaussian: () => number };

// mulberry32: small, fast and good enough to vary templates; Math.random would change every run.
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('corpus template: empty list');
    return items[int(0, items.length - 1)] as T;
  };
  // Box-Muller; 1 - next() keeps the logarithm away from zero.
  const gaussian = (): number => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return { next, int, pick, gaussian };
}
