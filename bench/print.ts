// How benchmarks speak: progress on stderr, figures with thousands separators.
export function note(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

export function count(value: number): string {
  return value.toLocaleString('en-US');
}

export function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
