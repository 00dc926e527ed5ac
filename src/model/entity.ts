export const entityKinds = ['country', 'city', 'organization', 'event', 'declaration', 'initiative', 'person'] as const;
export type EntityKind = (typeof entityKinds)[number];

// One real thing, with its names in every language of data/lang/, by language code. `id` is `kind:key`: `country:FR`,
// `event:ai-action-summit-2025`, `person:jd-vance`, the same ids the reference dataset uses.
export type Entity = { id: string; kind: EntityKind; key: string; label: string; names: Record<string, string[]> };

export function entityId(kind: EntityKind, key: string): string {
  return `${kind}:${key}`;
}

// The key names are compared by (the normalisation of ../shared/eval/README.md): NFKD without
// combining marks (`đ` -> `d`), lower case, typographic apostrophes and quotes made plain, no
// dots, hyphens, underscores and runs of spaces as one space.
// "Trung Quốc" -> "trung quoc", "J.D. Vance" -> "jd vance".
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[“”«»„‟]/g, '"')
    .replace(/\./g, '')
    .replace(/[-_‐-―\s]+/g, ' ')
    .trim();
}
