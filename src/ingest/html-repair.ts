// A page whose </head> and <body> are lost ("<head><title>T</title><p>Text…") shows its text in
// a browser: the HTML parser ends the head at the first thing a head cannot hold. linkedom does
// not, and reads the whole page as head. The same rule, applied before parsing: `</head><body>`
// goes before the first text or tag that belongs to a body.

const headOnly = /^(?:base|link|meta|title|script|style|noscript|template|basefont|bgsound)$/;
const withText = /^(?:title|script|style|noscript|template)$/;

export function closeHead(markup: string): string {
  const head = /<head\b[^>]*>/i.exec(markup);
  if (!head || /<\/head\s*>|<body\b/i.test(markup)) return markup;
  let at = head.index + head[0].length;
  const tag = /<(\/?)([a-zA-Z][\w:-]*)[^>]*>|<!--[\s\S]*?-->/g;
  for (;;) {
    tag.lastIndex = at;
    const next = tag.exec(markup);
    const text = markup.slice(at, next ? next.index : markup.length);
    if (text.trim() !== '' || !next) return text.trim() === '' && !next ? markup : `${markup.slice(0, at)}</head><body>${markup.slice(at)}`;
    const name = (next[2] ?? '').toLowerCase();
    if (next[2] !== undefined && !headOnly.test(name) && next[1] !== '/') return `${markup.slice(0, next.index)}</head><body>${markup.slice(next.index)}`;
    at = next.index + next[0].length;
    // "<title>…</title>", "<script>…</script>": their content is no body text.
    if (next[1] !== '/' && withText.test(name)) {
      const close = new RegExp(`</${name}\\s*>`, 'i').exec(markup.slice(at));
      if (!close) return markup;
      at += close.index + close[0].length;
    }
  }
}
