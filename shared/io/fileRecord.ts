/**
 * Records keyed by text that comes from an imported file (attribute names, column headers, GML
 * and JSON keys). A plain `{}` inherits `constructor`, `toString`, `hasOwnProperty` and the
 * `__proto__` setter from Object.prototype: a column or attribute with one of those names would
 * read back as a function or vanish when set (issue 14). A record without a prototype has none of
 * them, so every name is an ordinary key; `Object.hasOwn` is how to ask whether a key is there
 * (the `in` operator would see inherited names on any record that has a prototype).
 */
export function fileRecord<V>(entries?: Iterable<readonly [string, V]>): Record<string, V> {
  const record = Object.create(null) as Record<string, V>;
  if (entries) for (const [key, value] of entries) record[key] = value;
  return record;
}

/** Whether the record holds `key` itself (never an inherited name). */
export const hasKey = (record: object, key: string): boolean => Object.hasOwn(record, key);

/**
 * The value a fixed table (synonyms, words) holds for a name read from a file: only its own
 * entries, so `constructor` finds nothing rather than Object's constructor function.
 */
export const ownValue = <V>(table: Readonly<Record<string, V>>, key: string): V | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;
