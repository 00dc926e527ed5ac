// Whitespace and Unicode clean-up shared by every format. The output is a list of
// paragraphs in NFC, each on one line with single spaces; the stored text joins them
// with blank lines, so every offset later points into exactly this text.

// Zero-width characters, soft hyphens and BOMs carry no text.
const invisible = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// Control characters other than tab and newline.
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// Tabs, no-break spaces (French puts U+202F before « : ; ! ?) and the other space separators.
const spaces = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000 ]+/g;

export function cleanLine(line: string): string {
  return line.normalize('NFC').replace(invisible, '').replace(controls, '').replace(spaces, ' ').trim();
}

export function cleanParagraphs(raw: string): string[] {
  const text = raw.replace(/\r\n?/g, '\n').replace(/[\u2028\u2029\u0085]/g, '\n');
  const paragraphs: string[] = [];
  for (const block of text.split(/\n[ \t\u00A0]*\n/)) {
    const lines = block
      .split('\n')
      .map(cleanLine)
      .filter((line) => line.length > 0);
    paragraphs.push(...joinWrappedLines(lines));
  }
  return paragraphs;
}

// A line that stops mid-sentence and a next line that starts in lowercase are one paragraph
// hard-wrapped: "les délégations de\nplus de cent pays". A title line followed by text is not.
function joinWrappedLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const previous = out.at(-1);
    if (previous !== undefined && !/[.!?:;»”"')\]…]$/.test(previous) && /^\p{Ll}/u.test(line)) {
      out[out.length - 1] = `${previous} ${line}`;
    } else {
      out.push(line);
    }
  }
  return out;
}
