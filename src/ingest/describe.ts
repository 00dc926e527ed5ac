import type { Article } from './article.js';
import { readDateline, type DatelineWords } from './dateline.js';
import { refusedDate } from './published.js';

// What a reader cites an article by, once its language is known: its title (the page's, else
// its first line, else its lead sentence shortened: never an id) and its publication date (the
// page's, else the dateline's, at the precision it gives). `warnings`: a dateline date refused
// when the article has no other date.
export function describeArticle(article: Article, words: DatelineWords): { title: string | null; published: string | null; warnings: string[] } {
  const paragraphs = article.text.split(/\n\s*\n/).filter((p) => p.trim());
  const dateline = readDateline(paragraphs, words);
  const lead = dateline ? [...paragraphs.slice(0, dateline.paragraph), (paragraphs[dateline.paragraph] ?? '').slice(dateline.end)] : paragraphs;
  return {
    title: article.title ?? leadTitle(lead.filter((p) => p.trim())[0] ?? ''),
    published: article.published ?? dateline?.date ?? null,
    warnings: !article.published && dateline?.refused ? [refusedDate(dateline.written, 'its dateline', dateline.refused)] : [],
  };
}

const longest = 90;

// "Britain closed the first global summit on AI safety on Thursday with…": the lead sentence,
// cut at a word before `longest` characters.
export function leadTitle(paragraph: string): string | null {
  const text = paragraph.trim();
  if (!text) return null;
  const stop = /[.!?…](?=\s|$)/u.exec(text);
  const sentence = stop && stop.index > 10 ? text.slice(0, stop.index) : text;
  if (sentence.length <= longest) return sentence;
  const cut = sentence.slice(0, longest);
  const space = cut.lastIndexOf(' ');
  return `${(space > longest / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:—–-]+$/u, '')}…`;
}
