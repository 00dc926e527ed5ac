import type { Scene } from './party-lists.js';

// Where a rule may start in a sentence, so that it visits only those positions.

// Where a name may open, read once per sentence (many rules open with a name slot).
const namesOf = new WeakMap<Scene, number[]>();
export function nameStarts(scene: Scene): number[] {
  let names = namesOf.get(scene);
  if (!names) {
    names = [];
    for (let at = 0; at < scene.keys.length; at += 1) if (mayOpenName(at, scene)) names.push(at);
    namesOf.set(scene, names);
  }
  return names;
}

// The positions of a pattern's first words, in order: a few words are looked for, many are
// looked up at each word of the sentence.
export function wordStarts(firstWords: Map<string, unknown>, scene: Scene): number[] {
  const { keys } = scene;
  const starts: number[] = [];
  if (firstWords.size > 4) {
    for (let at = 0; at < keys.length; at += 1) if (firstWords.has(keys[at] as string)) starts.push(at);
    return starts;
  }
  for (const word of firstWords.keys()) for (let at = keys.indexOf(word); at !== -1; at = keys.indexOf(word, at + 1)) starts.push(at);
  return starts.length > 1 && firstWords.size > 1 ? starts.sort((a, b) => a - b) : starts;
}

// A name, a capitalised word (a name no gazetteer knows) or determiners before one of these.
function mayOpenName(start: number, scene: Scene): boolean {
  let at = start;
  while (scene.determiners.has(scene.keys[at] ?? '') && at - start < 3) at += 1;
  return scene.mentionsAt.has(at) || (scene.tokens[at]?.isUpper ?? false);
}
