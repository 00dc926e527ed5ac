// A JSON object written piece by piece, its large arrays streamed element by element, so that
// memory holds one element at a time. The text is what JSON.stringify(object, null, indent)
// would give for the same object, byte for byte.

export type JsonField = readonly [key: string, value: unknown | (() => AsyncIterable<unknown>)];

// How much text is gathered before it is handed on: fewer, larger chunks for the socket.
const chunkChars = 64 * 1024;

// `fields` in order; a function value is a streamed array whose elements it yields.
export async function* jsonObject(fields: readonly JsonField[], indent = 0): AsyncGenerator<string> {
  const pad = (depth: number): string => (indent > 0 ? `\n${' '.repeat(indent * depth)}` : '');
  const colon = indent > 0 ? ': ' : ':';
  let buffer = '{';
  for (const [index, [key, value]] of fields.entries()) {
    buffer += `${index > 0 ? ',' : ''}${pad(1)}${JSON.stringify(key)}${colon}`;
    if (typeof value !== 'function') {
      buffer += nested(value, indent, 1);
      continue;
    }
    buffer += '[';
    let count = 0;
    for await (const element of (value as () => AsyncIterable<unknown>)()) {
      buffer += `${count > 0 ? ',' : ''}${pad(2)}${nested(element, indent, 2)}`;
      count += 1;
      if (buffer.length >= chunkChars) {
        yield buffer;
        buffer = '';
      }
    }
    buffer += count > 0 ? `${pad(1)}]` : ']';
  }
  yield `${buffer}${fields.length > 0 ? pad(0) : ''}}`;
}

// JSON Lines: one compact JSON value a line.
export async function* jsonLines(values: AsyncIterable<unknown>): AsyncGenerator<string> {
  let buffer = '';
  for await (const value of values) {
    buffer += `${JSON.stringify(value)}\n`;
    if (buffer.length >= chunkChars) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

// A value as it stands `depth` levels deep: its inner lines indented that much further. JSON
// strings hold no raw line breaks, so every line break is one of the layout's.
function nested(value: unknown, indent: number, depth: number): string {
  const text = JSON.stringify(value, null, indent) ?? 'null';
  return indent > 0 ? text.replace(/\n/g, `\n${' '.repeat(indent * depth)}`) : text;
}
