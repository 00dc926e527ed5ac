import { z } from 'zod';

// Languages with a rule pack; anything else is stored as `und`.
export const supportedLangs = ['en', 'fr', 'vi'] as const;
export const LangSchema = z.enum([...supportedLangs, 'und']);
export type Lang = z.infer<typeof LangSchema>;

export const FormatSchema = z.enum(['text', 'html', 'jsonl']);
export type Format = z.infer<typeof FormatSchema>;

// A picture the article showed: page furniture, kept beside the body text, never inside it.
export const FigureSchema = z.object({
  file: z.string().nullable(),
  caption: z.string().nullable(),
  credit: z.string().nullable(),
  // index of the body paragraph the figure stood before (= paragraph count when it came last)
  paragraph: z.number().int().nonnegative(),
});
export type Figure = z.infer<typeof FigureSchema>;

// A span is [start, end) in UTF-16 code units of the document's NFC text.
export const SentenceSchema = z.object({
  index: z.number().int().nonnegative(),
  paragraph: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Sentence = z.infer<typeof SentenceSchema>;

export const DocumentSchema = z.object({
  id: z.string(),
  text: z.string().min(1),
  lang: LangSchema,
  format: FormatSchema,
  title: z.string().nullable(),
  byline: z.string().nullable(),
  published: z.string().nullable(),
  url: z.string().nullable(),
  figures: z.array(FigureSchema),
  sentences: z.array(SentenceSchema),
});
export type Document = z.infer<typeof DocumentSchema>;

export type IngestStatus = 'new' | 'updated' | 'unchanged' | 'failed';

// Where a document came from. `key` names the source across runs (a URL, an absolute path,
// a JSON Lines file and line); null when the input has no lasting name (standard input).
export type SourceRef = { key: string | null; label: string };

export function isSupportedLang(value: string): value is (typeof supportedLangs)[number] {
  return (supportedLangs as readonly string[]).includes(value);
}
