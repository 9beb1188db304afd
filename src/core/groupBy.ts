/**
 * Items grouped by key, groups in first-seen order, items in their order. One push per item: copying a group's
 * array for every item added (the way it was written in three places) took 9 s for the 40,000 results of a
 * 100,000-row plan.
 */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
