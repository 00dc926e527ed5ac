import { coreKeys, scoredKeys, type Counts, type DocumentScore, type ScoredKey } from './score.js';

export type Metric = Counts & { precision: number | null; recall: number | null; f1: number | null };
export type Report = {
  documents: number;
  keys: Record<ScoredKey, Metric>;
  core: Metric;
  all: Metric;
  byLang: Record<string, { documents: number; core: Metric; all: Metric; quotes: Metric }>;
};

export function metric({ tp, fp, fn }: Counts): Metric {
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = tp + fn === 0 ? null : tp / (tp + fn);
  const f1 = tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn);
  return { tp, fp, fn, precision, recall, f1 };
}

function sum(scores: DocumentScore[], keys: readonly ScoredKey[]): Counts {
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const score of scores) {
    for (const key of keys) {
      total.tp += score.keys[key].tp;
      total.fp += score.keys[key].fp;
      total.fn += score.keys[key].fn;
    }
  }
  return total;
}

// Sums true and false positives and negatives over all documents, then computes the ratios.
export function buildReport(scores: DocumentScore[]): Report {
  const keys = Object.fromEntries(scoredKeys.map((key) => [key, metric(sum(scores, [key]))])) as Record<ScoredKey, Metric>;
  const langs = [...new Set(scores.map((s) => s.lang))].sort();
  const byLang = Object.fromEntries(
    langs.map((lang) => {
      const subset = scores.filter((s) => s.lang === lang);
      return [
        lang,
        { documents: subset.length, core: metric(sum(subset, coreKeys)), all: metric(sum(subset, scoredKeys)), quotes: metric(sum(subset, ['quotes'])) },
      ];
    }),
  );
  return { documents: scores.length, keys, core: metric(sum(scores, coreKeys)), all: metric(sum(scores, scoredKeys)), byLang };
}

const cell = (value: number | null): string => (value === null ? '    -' : value.toFixed(3));

export function formatReport(report: Report): string {
  const row = (name: string, m: Metric): string =>
    `${name.padEnd(16)} ${cell(m.precision)}  ${cell(m.recall)}  ${cell(m.f1)}  ${String(m.tp).padStart(5)} ${String(m.fp).padStart(5)} ${String(m.fn).padStart(5)}`;
  const lines = [`${report.documents} document(s)`, `${'key'.padEnd(16)}  prec  recall     f1     tp    fp    fn`];
  for (const key of scoredKeys) lines.push(row(key, report.keys[key]));
  lines.push(row('core', report.core), row('all', report.all));
  for (const [lang, part] of Object.entries(report.byLang)) {
    lines.push(row(`${lang} core`, part.core), row(`${lang} quotes`, part.quotes), row(`${lang} all`, part.all));
  }
  return `${lines.join('\n')}\n`;
}
