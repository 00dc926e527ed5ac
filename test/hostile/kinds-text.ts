import { article, file, type Kind } from './corpus.js';

// Plain text that is odd, not in a known language, or dated with junk.
const lead = (name: string): string => article(name).split('\n\n')[1] as string;

export const textKinds: Kind[] = [
  {
    name: 'unknown language',
    build: file('made-up.txt', 'Zorblat kreminu vashto plenar drosk. Ulvani tesh morgrav elnu sprack vilo. Krennu dast obru fenlik.'),
    expect: [{ warned: /language not recognised as .*stored as und/ }],
  },
  {
    name: 'right-to-left text',
    build: file('rtl.txt', 'وقعت كينيا وتشيلي الإعلان في باريس يوم الاثنين، حسبما قال المسؤولون. واجتمع المندوبون مرة أخرى يوم الثلاثاء.'),
    expect: [{ warned: /language not recognised/ }],
  },
  { name: 'emoji only', build: file('emoji.txt', '🤖🌍🇫🇷🇰🇪 ✍️📜\n\n👏👏👏 🎉'), expect: [{ warned: /language not recognised/ }] },
  {
    name: 'zero-width characters',
    build: file('zero-width.txt', article('zero width').replace(/a/g, 'a\u200b').replace(/e/g, '\u200de\ufeff')),
    expect: ['stored'],
  },
  { name: 'bidi controls in the text', build: file('bidi.txt', `\u202e${article('bidi text')}\u202c \u2067x\u2069`), expect: ['stored'] },
  {
    name: 'control characters in the title line',
    build: file('title.txt', `Summit\x1b]0;pwned\x07 report\x08\n\n${article('title controls')}`),
    expect: ['stored'],
  },
  { name: 'combining marks piled up', build: file('zalgo.txt', `${article('zalgo')} Z${'\u0301\u0316\u0338'.repeat(300)}algo.`), expect: ['stored'] },
  { name: 'decomposed accents', build: file('nfd.txt', `Les de\u0301le\u0301gue\u0301s ont signe\u0301 a\u0300 Paris. ${article('nfd')}`), expect: ['stored'] },
  { name: 'punctuation only', build: file('punct.txt', '... --- !!! ??? ;;; ,,, «» “” —'), expect: [{ warned: /language not recognised/ }] },
  {
    name: 'a picture line with %',
    build: file('caption.txt', `${article('caption')}\n\nphoto-100%-final%E9.jpg\n\nThe talks end on Friday (caption).`),
    expect: ['stored'],
  },
  {
    name: 'a dateline in figures, either order',
    build: file('us-dateline.txt', `A headline\n\nLONDON, 10/11/2025 — ${lead('us dateline')}`),
    expect: [{ warned: /publication date "10\/11\/2025" \(its dateline\) refused: ambiguous/ }],
  },
  {
    name: 'a dateline on no calendar',
    build: file('feb-dateline.txt', `Un titre\n\nPARIS, 31 février 2025 — Les délégués se sont réunis mardi pour discuter des règles, a indiqué le ministère.`),
    expect: [{ warned: /"31 février 2025" \(its dateline\) refused: 2025-02 has no day 31/ }],
  },
  {
    name: 'a dateline in the year 0',
    build: file('year-dateline.txt', `A headline\n\nGENEVA, March 3, 0001 — ${lead('year dateline')}`),
    expect: [{ warned: /year 0001 is outside/ }],
  },
  {
    name: 'a markdown file with a table',
    build: file('table.md', `# Summit\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n${article('markdown')}`),
    expect: ['stored'],
  },
  { name: 'a 100,000-word paragraph', build: file('paragraph.txt', `${article('paragraph')}\n\n${'word '.repeat(100_000)}`), expect: ['stored'] },
];
