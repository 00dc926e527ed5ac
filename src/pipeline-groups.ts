export type GroupOptions<T> = {
  // A group closes at this many items,
  size: number;
  // or when its items weigh this much together,
  weight: (item: T) => number;
  maxWeight: number;
  // or when the next item keeps it waiting this long (ms).
  waitMs: number;
};

// The items of `source` in groups, in order, none empty. An item that keeps the group waiting
// more than `waitMs` goes into the next group: what has come is handed on first, and so it is
// when the source fails.
export async function* inGroups<T>(source: AsyncIterable<T>, options: GroupOptions<T>): AsyncGenerator<T[]> {
  const iterator = source[Symbol.asyncIterator]();
  let group: T[] = [];
  let weight = 0;
  let pending = iterator.next();
  try {
    for (;;) {
      let next: IteratorResult<T> | null;
      try {
        next = group.length === 0 ? await pending : await withinWait(pending, options.waitMs);
      } catch (error) {
        if (group.length > 0) yield group;
        throw error;
      }
      const full = next !== null && !next.done && weight > 0 && weight + options.weight(next.value) > options.maxWeight;
      if (next === null || full) {
        yield group;
        [group, weight] = [[], 0];
        if (next === null) continue;
      }
      if (next.done) break;
      group.push(next.value);
      weight += options.weight(next.value);
      pending = iterator.next();
      if (group.length >= options.size) {
        yield group;
        [group, weight] = [[], 0];
      }
    }
    if (group.length > 0) yield group;
  } finally {
    await iterator.return?.();
  }
}

// The next item, or null when it takes longer than `ms` (it stays pending for the next look).
function withinWait<T>(pending: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((done) => (timer = setTimeout(() => done(null), ms)));
  return Promise.race([pending, timeout]).finally(() => clearTimeout(timer));
}
