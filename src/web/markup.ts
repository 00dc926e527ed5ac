// The one way pages write HTML: every interpolated value is escaped unless it is already Html
// built by this tag. Data never reaches the page by string concatenation.
// markup`<p title="${name}">${name}</p>` with name = `<img onerror=x>` gives inert text.
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Part = Html | string | number | null | undefined | false | readonly Part[];

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const special = /[&<>"']/;

// Most values hold none of the five characters: they are given back as they are.
export function escapeText(text: string): string {
  return special.test(text) ? text.replace(/[&<>"']/g, (c) => entities[c] as string) : text;
}

// Appended piece by piece: a page is some hundred kilobytes built from thousands of parts.
function render(part: Part): string {
  if (typeof part === 'string') return escapeText(part);
  if (part instanceof Html) return part.value;
  if (part === null || part === undefined || part === false) return '';
  if (!Array.isArray(part)) return escapeText(String(part));
  let out = '';
  for (const item of part as readonly Part[]) out += render(item);
  return out;
}

export function markup(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i += 1) out += render(values[i]) + (strings[i + 1] ?? '');
  return new Html(out);
}

// Markup we built ourselves from numbers and constants (SVG path data), never from stored text.
export function trusted(markup: string): Html {
  return new Html(markup);
}

// Only http(s) links leave the site; anything else (`javascript:`, `data:`) is shown as text.
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

// An outside link when the URL is http(s), plain text otherwise.
export function outLink(url: string | null | undefined, label?: Part): Html {
  const href = safeHref(url);
  const text = label ?? shortUrl(url ?? '');
  return href ? markup`<a href="${href}" rel="noopener noreferrer nofollow">${text}</a>` : markup`<span class="plain-url">${text}</span>`;
}

// "https://www.example.com/a/long/path" -> "example.com/a/long/path" (trimmed for tables).
export function shortUrl(url: string, max = 48): string {
  const bare = url.replace(/^https?:\/\/(www\.)?/, '');
  return bare.length > max ? `${bare.slice(0, max - 1)}…` : bare;
}
