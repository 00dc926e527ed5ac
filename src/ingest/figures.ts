import type { Figure, PageWords } from '../model/index.js';
import { pagePatterns } from './page-words.js';

// Scraped articles keep their pictures as a file-name line and a caption that ends with a
// credit: "476772171_5952_n.jpg" then "Le vice-ministre ... à Paris. Photo : MIC".
// Those lines are page furniture: they become figures and leave the body text.
const imageFile = /^(?:\S*\/)?[\w.%()~+-]+\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?|heic)(?:\?\S*)?$/i;

export type Separated = { body: string[]; figures: Figure[] };

export function separateFigures(paragraphs: string[], words: PageWords): Separated {
  const { credit } = pagePatterns(words);
  const body: string[] = [];
  const figures: Figure[] = [];
  for (let i = 0; i < paragraphs.length; i += 1) {
    const paragraph = paragraphs[i] as string;
    const next = paragraphs[i + 1];
    if (imageFile.test(paragraph)) {
      const caption = next !== undefined ? splitCredit(next, credit) : null;
      if (caption?.credit) i += 1;
      figures.push({ file: fileName(paragraph), ...(caption?.credit ? caption : { caption: null, credit: null }), paragraph: body.length });
      continue;
    }
    const caption = splitCredit(paragraph, credit);
    if (caption.credit && isCaptionSized(caption.caption)) {
      figures.push({ file: null, ...caption, paragraph: body.length });
      continue;
    }
    body.push(paragraph);
  }
  return { body, figures };
}

// "Texte. Photo : MIC" -> { caption: "Texte.", credit: "MIC" }; "(Ảnh: TTXVN)" as well.
export function splitCredit(text: string, credit: RegExp): { caption: string | null; credit: string | null } {
  const match = credit.exec(text);
  if (!match) return { caption: text, credit: null };
  const caption = text.slice(0, match.index).trim();
  return { caption: caption.length > 0 ? caption : null, credit: (match[1] ?? '').trim() };
}

function isCaptionSized(caption: string | null): boolean {
  return caption === null || caption.length <= 400;
}

// "ảnh%20hội%20nghị.jpg" -> "ảnh hội nghị.jpg"; a name with a bare "%" ("100%_ai.jpg") is kept
// as written, not an error that loses the article.
function fileName(line: string): string {
  const path = line.split('?')[0] ?? line;
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
