import { z } from 'zod';

// A language is the code of a pack in data/lang/ (2-3 lowercase letters: `fr`, `xx`), or `und`
// for text no pack fits. Which codes exist is known only once the packs are loaded.
export const langCodePattern = /^[a-z]{2,3}$/;
export const LangSchema = z.string().regex(langCodePattern, 'a language code: 2-3 lowercase letters');
export type Lang = string;
export const undetermined = 'und';

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
  // The site that published it (og:site_name, JSON-LD publisher, else the URL's host).
  outlet: z.string().nullable().optional(),
  // Written by us (data/samples, `ingest --sample`): never passed for news, never a status on its own.
  sample: z.boolean().optional(),
  // The wire agencies its text credits ("PARIS (AFP) -", "Theo TTXVN"): ids of
  // data/gazetteers/wires.yaml, found by src/extract; copies crediting one agency cluster together.
  wires: z.array(z.string()).optional(),
  figures: z.array(FigureSchema),
  sentences: z.array(SentenceSchema),
});
export type Document = z.infer<typeof DocumentSchema>;

// `copy`: the same text was stored already from another source; this one is kept beside it.
export type IngestStatus = 'new' | 'updated' | 'unchanged' | 'copy' | 'failed';

// Where a document came from. `key` names the source across runs (a URL, an absolute path,
// a JSON Lines file and line); null when the input has no lasting name (standard input).
export type SourceRef = { key: string | null; label: string };

// What ingest needs of the languages before it knows an article's: every pack's words together.
// Credits ("Photo : MIC", "Photo by Jane Doe"), bylines ("By Jane Doe"), name particles ("van").
export type PageWords = { creditMarkers: string[]; creditLinks: string[]; bylineOpeners: string[]; bylinePrefixes: string[]; nameParticles: string[] };
