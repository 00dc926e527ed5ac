import { describe, expect, it } from 'vitest';
import { inGroups, type GroupOptions } from '../src/pipeline-groups.js';

async function* from<T>(items: T[], delays: number[] = []): AsyncGenerator<T> {
  for (const [i, item] of items.entries()) {
    if (delays[i]) await new Promise((done) => setTimeout(done, delays[i]));
    yield item;
  }
}

const options = (over: Partial<GroupOptions<string>> = {}): GroupOptions<string> => ({ size: 3, weight: (s) => s.length, maxWeight: 100, waitMs: 1000, ...over });

async function groups(source: AsyncIterable<string>, over: Partial<GroupOptions<string>> = {}): Promise<string[][]> {
  const found: string[][] = [];
  for await (const group of inGroups(source, options(over))) found.push(group);
  return found;
}

describe('inGroups', () => {
  it('closes a group at its size and keeps the order, the last group short', async () => {
    expect(await groups(from(['a', 'b', 'c', 'd', 'e', 'f', 'g']))).toEqual([['a', 'b', 'c'], ['d', 'e', 'f'], ['g']]);
  });

  it('gives nothing for nothing', async () => {
    expect(await groups(from([]))).toEqual([]);
  });

  it('closes a group before the item that would make it too heavy; a heavy item alone is a group', async () => {
    const items = ['x'.repeat(40), 'y'.repeat(40), 'z'.repeat(40), 'w'.repeat(500), 'v'];
    expect((await groups(from(items))).map((g) => g.map((s) => s[0]).join(''))).toEqual(['xy', 'z', 'w', 'v']);
  });

  it('hands on what has come when the next item is slow, and the slow item goes in the next group', async () => {
    const found = await groups(from(['a', 'b', 'c', 'd'], [0, 0, 300, 0]), { size: 10, waitMs: 50 });
    expect(found).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('stops the source when the reader stops', async () => {
    let finished = false;
    async function* source(): AsyncGenerator<string> {
      try {
        for (let i = 0; ; i += 1) yield String(i);
      } finally {
        finished = true;
      }
    }
    for await (const group of inGroups(source(), options())) {
      expect(group).toEqual(['0', '1', '2']);
      break;
    }
    expect(finished).toBe(true);
  });

  it('passes on an error of the source after the groups before it', async () => {
    async function* source(): AsyncGenerator<string> {
      yield* ['a', 'b', 'c', 'd'];
      throw new Error('disk gone');
    }
    const found: string[][] = [];
    await expect(
      (async () => {
        for await (const group of inGroups(source(), options())) found.push(group);
      })(),
    ).rejects.toThrow('disk gone');
    expect(found).toEqual([['a', 'b', 'c'], ['d']]);
  });
});
