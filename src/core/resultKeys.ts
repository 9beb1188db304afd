/**
 * Result-id keys from row names (README "Result ids"): the first row with a name keeps it, a repeated name gets
 * `#2`, `#3` … in sheet order, so every row keeps ids of its own. One keyer per table.
 */
export function uniqueKeyer(): (name: string) => string {
  const seen = new Map<string, number>();
  return (name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name}#${n}`;
  };
}
