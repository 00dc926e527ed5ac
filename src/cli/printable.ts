// What the CLI prints of names it did not choose (file names, titles, URLs, messages that quote
// them) goes through here: a control character is shown as an escape, never sent to the terminal.
// "\x1b]0;pwned\x07" (sets the window title) prints as "\x1b]0;pwned\x07"; a newline in a file
// name prints as "\n" and forges no `error:` line; bidi controls ("\u202e") cannot reorder a line.
const controls = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(controls, (char) => {
    const code = char.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
