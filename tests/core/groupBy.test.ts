import { groupBy } from '../../src/core/groupBy';

describe('groupBy', () => {
  it('keeps groups in first-seen order and items in their order', () => {
    const groups = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (s) => s[0]);
    expect([...groups]).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1', 'a2']],
      ['c', ['c1']],
    ]);
  });

  it('groups 200,000 items in one pass (the old copy-per-item grouping was quadratic)', () => {
    const items = Array.from({ length: 200_000 }, (_, i) => i);
    const groups = groupBy(items, (i) => i % 3);
    expect(groups.get(0)).toHaveLength(66_667);
    expect(groups.get(2)?.[1]).toBe(5);
  });
});
