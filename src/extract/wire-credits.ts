import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readYamlFile, type Document } from '../model/index.js';

// The wire agencies a text credits, from data/gazetteers/wires.yaml and the packs' credit words
// (`wire_credits`: "according to", "avec", "Theo"). Shapes of a credit, whatever the language:
// the agency in brackets ("PARIS (AFP) -", "(TTXVN)"), after a dash at the very end ("... — AFP",
// "— with AFP"), after a credit word ("Theo TTXVN", "selon l'AFP"), or in the byline
// ("By Jane Doe | Reuters"). A name alone in a sentence ("AFP reported") is no credit.
const WiresSchema = z.array(z.object({ id: z.string(), name: z.string(), forms: z.array(z.string()).min(1), sources: z.array(z.string()) }));
export type Wire = z.infer<typeof WiresSchema>[number];
export type WireData = { agencies: Wire[]; patterns: RegExp[]; byName: Map<string, string> };
export type WireCredit = { wire: string; start: number; end: number; words: string };

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Throws naming the file on a bad list; no file: no agencies.
export function loadWires(dataDir: string, creditWords: string[]): WireData {
  const path = join(dataDir, 'gazetteers', 'wires.yaml');
  const parsed = existsSync(path) ? WiresSchema.safeParse(readYamlFile(path)) : { success: true as const, data: [] };
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const byName = new Map(parsed.data.flatMap((w) => w.forms.map((f) => [f, w.id] as const)));
  if (byName.size === 0) return { agencies: parsed.data, patterns: [], byName };
  // Longest names first: "Agence France-Presse" before "AFP".
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  const agency = `(?<name>${names})(?![\\p{L}\\p{N}])`;
  // "selon l'AFP": a word ending in an apostrophe takes the name without a space.
  const words = creditWords.map((w) => (/['’]$/.test(w) ? escape(w) : `${escape(w)}\\s+`)).join('|');
  const shapes = [
    `[(\\[]\\s*${agency}\\s*[)\\]]`,
    `[—–-]\\s*(?:(?:${words || '(?!)'}))?${agency}\\s*\\.?\\s*$`,
    `(?<![\\p{L}\\p{N}])(?:${words || '(?!)'})${agency}`,
  ];
  return { agencies: parsed.data, patterns: shapes.map((shape) => new RegExp(shape, 'gu')), byName };
}

// Every credit in the text, with its span, and the agencies the byline names.
export function findWireCredits(document: Pick<Document, 'text' | 'byline'>, wires: WireData): WireCredit[] {
  const credits: WireCredit[] = [];
  for (const match of wires.patterns.flatMap((pattern) => [...document.text.matchAll(pattern)])) {
    const name = match.groups?.name;
    const wire = name === undefined ? undefined : wires.byName.get(name);
    if (wire !== undefined) credits.push({ wire, start: match.index, end: match.index + match[0].length, words: match[0] });
  }
  for (const [name, wire] of wires.byName)
    if (document.byline !== null && new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'u').test(document.byline))
      credits.push({ wire, start: -1, end: -1, words: document.byline });
  return credits;
}

// The agencies credited, each once, sorted: what the store keeps of a document.
export function creditedWires(document: Pick<Document, 'text' | 'byline'>, wires: WireData): string[] {
  return [...new Set(findWireCredits(document, wires).map((c) => c.wire))].sort();
}
