import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LangSchema, readYamlFile } from '../model/index.js';

// data/settings.yaml: choices about the languages that belong to no one pack.
// `label_language: en` names entities in English where one label is needed (a country's label,
// exports that need one language).
const SettingsSchema = z.object({ label_language: LangSchema });
export type Settings = z.infer<typeof SettingsSchema>;

// Throws naming the file when it is bad or names a language with no pack (`langs`).
export function loadSettings(dataDir: string, langs: string[]): Settings {
  const path = join(dataDir, 'settings.yaml');
  if (!existsSync(path)) throw new Error(`${path}: missing (it names the label_language)`);
  const result = SettingsSchema.safeParse(readYamlFile(path));
  if (!result.success) throw new Error(`${path}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  if (!langs.includes(result.data.label_language)) throw new Error(`${path}: label_language ${result.data.label_language} has no pack in data/lang/`);
  return result.data;
}
