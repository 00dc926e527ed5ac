// Where the quotations of a text are: «...», “...”, "..." (and ‹...›). A quotation may run over
// several paragraphs, each new paragraph re-opening with the same mark and only the last one
// closing: the French and English convention for long quotes.
export type QuoteSpan = { start: number; end: number; text: string };

const pairs: Record<string, string> = { '«': '»', '“': '”', '"': '"', '‹': '›' };

export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: { mark: string; start: number } | null = null;
  let lineStart = true;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (char === '\n') {
      lineStart = true;
      continue;
    }
    const isFirst = lineStart && char.trim() !== '';
    if (char.trim() !== '') lineStart = false;
    if (open) {
      if (char === pairs[open.mark]) {
        spans.push({ start: open.start, end: i + 1, text: clean(text.slice(open.start + 1, i), open.mark) });
        open = null;
        continue;
      }
      // A new paragraph either re-opens the quote (it goes on) or shows it was never closed.
      if (!isFirst || char === open.mark) continue;
      open = null;
    }
    if (char in pairs) open = { mark: char, start: i };
  }
  return spans;
}

// The words inside, without the marks that re-open each continued paragraph.
function clean(inner: string, mark: string): string {
  return inner.replace(new RegExp(`\\n+\\s*${mark === '"' ? '"' : mark}\\s*`, 'g'), '\n\n').trim();
}
