/** Entries a memo keeps before starting afresh: a column of a long table holds a handful of distinct values. */
const LIMIT = 4096;

/**
 * `fn` computed once per distinct key. A 100k-row table repeats a few texts (地类, 权属, 是/否, units) and a few
 * Decimal instances (numbers.ts shares one per distinct cell number), so most calls are one Map lookup.
 * Bounded: cleared when full, so a sheet of all-distinct values costs a lookup, never unbounded memory.
 */
export function memo<K, V>(fn: (key: K) => V): (key: K) => V {
  const seen = new Map<K, V>();
  return (key) => {
    const hit = seen.get(key);
    if (hit !== undefined || seen.has(key)) return hit as V;
    const value = fn(key);
    if (seen.size >= LIMIT) seen.clear();
    seen.set(key, value);
    return value;
  };
}
