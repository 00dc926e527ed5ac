// How often a source is polled, as people write it: `30m`, `2h`, `1d`, `90s`, or seconds alone.
// At least a minute, at most a week: a feed polled more often than that only loads its server.
const units: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };
export const shortestEvery = 60;
export const longestEvery = 7 * 86_400;
export const defaultEvery = 1800;

export function parseEvery(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$/i.exec(text);
  if (!match) throw new Error(`every ${text}: expected a duration such as 30m, 2h or 1d`);
  const seconds = Math.round(Number(match[1]) * (units[(match[2] || 's').toLowerCase()] ?? 1));
  if (seconds < shortestEvery || seconds > longestEvery) throw new Error(`every ${text}: expected from 1m to 7d`);
  return seconds;
}

// 1800 -> "30m", 7200 -> "2h".
export function formatEvery(seconds: number): string {
  for (const [unit, size] of [['d', 86_400], ['h', 3600], ['m', 60]] as const) if (seconds % size === 0) return `${seconds / size}${unit}`;
  return `${seconds}s`;
}
