import { readConfig } from '../config.js';
import { langCodes } from '../text/index.js';

// `--lang CODE`: a pack of data/lang/ or `und`. Returns the message that refuses any other code.
export function langFlagError(lang: string | undefined): string | null {
  if (lang === undefined) return null;
  const codes = [...langCodes(readConfig().dataDir), 'und'];
  return codes.includes(lang) ? null : `--lang ${lang}: expected one of ${codes.join(', ')}`;
}
