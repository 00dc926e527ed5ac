// Partial ISO dates: `2025`, `2025-02`, `2025-02-10`. Sources give every precision.
const isoPrefix = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T ])/;

export function toPartialDate(value: string | null | undefined): string | null {
  const raw = value?.trim();
  if (!raw) return null;
  const iso = isoPrefix.exec(raw);
  if (iso) return isValidParts(iso[1], iso[2], iso[3]) ? trimParts(iso[1], iso[2], iso[3]) : null;
  // "Tue, 11 Feb 2025 10:00:00 GMT" and other forms Date understands; keep the calendar day.
  const parsed = new Date(raw);
  if (Number.isNaN(parsed.getTime())) return null;
  return parsed.toISOString().slice(0, 10);
}

function isValidParts(year: string | undefined, month?: string, day?: string): boolean {
  if (!year) return false;
  if (month && (Number(month) < 1 || Number(month) > 12)) return false;
  if (day && (Number(day) < 1 || Number(day) > 31)) return false;
  return true;
}

function trimParts(year = '', month?: string, day?: string): string {
  return [year, month, day].filter(Boolean).join('-');
}
