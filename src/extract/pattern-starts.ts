import type { Scene } from './party-lists.js';

// Where a sentence's words stand (key -> positions, in order), and where a name may open: read
// once per sentence, so a rule visits only the positions it may start at.
const positionsOf = new WeakMap<Scene, { byKey: Map<string, number[]>; names: number[] }>();
function positions(scene: Scene): { byKey: Map<string, number[]>; names: number[] } {
  let found = positionsOf.get(scene);
  if (!found) {
    const byKey = new Map<string, number[]>();
    const names: number[] = [];
    scene.keys.forEach((key, at) => {
      const list = byKey.get(key);
      if (list) list.push(at);
      else byKey.set(key, [at]);
      if (mayOpenName(at, scene)) names.push(at);
    });
    positionsOf.set(scene, (found = { byKey, names }));
  }
  return found;
}

export function nameStarts(scene: Scene): number[] {
  return positions(scene).names;
}

// The positions of a pattern's first words, in order: looked up from the smaller side.
export function wordStarts(firstWords: Map<string, unknown>, scene: Scene): number[] {
  const { byKey } = positions(scene);
  const starts: number[] = [];
  if (firstWords.size < byKey.size) {
    for (const word of firstWords.keys()) for (const at of byKey.get(word) ?? []) starts.push(at);
  } else {
    for (const [key, at] of byKey) if (firstWords.has(key)) starts.push(...at);
  }
  return starts.length > 1 ? starts.sort((a, b) => a - b) : starts;
}

// A name, a capitalised word (a name no gazetteer knows) or determiners before one of these.
function mayOpenName(start: number, scene: Scene): boolean {
  let at = start;
  while (scene.determiners.has(scene.keys[at] ?? '') && at - start < 3) at += 1;
  return scene.mentionsAt.has(at) || (scene.tokens[at]?.isUpper ?? false);
}

