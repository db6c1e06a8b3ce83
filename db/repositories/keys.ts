/** A readable actor key from a name: "Léa Martin-Dubois" → "lea-martin-dubois". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug || 'actor';
}

/** The first of `base`, `base-2`, `base-3`… that `isTaken` refuses. */
export function uniqueKey(base: string, isTaken: (key: string) => boolean): string {
  if (!isTaken(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!isTaken(candidate)) return candidate;
  }
}
