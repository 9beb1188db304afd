import { buildOutline, levelsOf } from '../../../../src/core/templates/investment/hierarchy';
import { chineseNumber, parseSerial } from '../../../../src/core/templates/investment/serial';

describe('序号 parsing', () => {
  it.each([
    ['一、', 'chinese', [1]],
    ['一', 'chinese', [1]],
    ['十二', 'chinese', [12]],
    ['二十', 'chinese', [20]],
    ['第三部分', 'chinese', [3]],
    ['1', 'arabic', [1]],
    ['1.', 'arabic', [1]],
    ['1、', 'arabic', [1]],
    ['１２', 'arabic', [12]],
    ['1.1', 'arabic', [1, 1]],
    ['2.3.4', 'arabic', [2, 3, 4]],
    ['(1)', 'paren', [1]],
    ['（2）', 'paren', [2]],
    ['3)', 'paren', [3]],
    ['⑷', 'paren', [4]],
    ['（一）', 'paren', [1]],
    ['①', 'circled', [1]],
  ])('%s → %s %j', (text, kind, parts) => {
    expect(parseSerial(text)).toMatchObject({ kind, parts });
  });

  it.each(['', '合计', '一二', 'A', '1-2', '约1'])('%j is not a serial', (text) => {
    expect(parseSerial(text)).toBeNull();
  });

  it('reads numbers stored as numbers', () => {
    expect(parseSerial(3)).toMatchObject({ kind: 'arabic', parts: [3] });
    expect(parseSerial(1.2)).toMatchObject({ kind: 'arabic', parts: [1, 2] });
  });

  it('Chinese numerals up to 99', () => {
    expect(chineseNumber('九十九')).toBe(99);
    expect(chineseNumber('十')).toBe(10);
    expect(chineseNumber('二十十')).toBeUndefined();
  });
});

describe('outline', () => {
  const s = (t: string) => parseSerial(t);
  it('一 / 1 / (1) give levels 1 / 2 / 3', () => {
    const levels = levelsOf([s('一'), s('1'), s('(1)')]);
    expect([...levels.values()]).toEqual([1, 2, 3]);
  });

  it('a sheet numbered only 1 / 1.1 / 1.1.1 has levels from the dots', () => {
    const nodes = buildOutline(['1', '1.1', '1.1.1', '1.1.2', '1.2', '2'].map((t) => ({ serial: s(t), leafLike: false })));
    expect(nodes.map((n) => n.level)).toEqual([1, 2, 3, 3, 2, 1]);
    expect(nodes.map((n) => n.parent)).toEqual([-1, 0, 1, 1, 0, -1]);
  });

  it('mixed 一 / 1 / 1.1 / (1)', () => {
    const nodes = buildOutline(['一', '1', '1.1', '(1)', '(2)', '1.2', '二'].map((t) => ({ serial: s(t), leafLike: false })));
    expect(nodes.map((n) => n.level)).toEqual([1, 2, 3, 4, 4, 3, 1]);
    expect(nodes.map((n) => n.parent)).toEqual([-1, 0, 1, 2, 2, 1, -1]);
    expect(nodes[2].children).toEqual([3, 4]);
  });

  it('rows without 序号 are leaves of the last numbered heading, siblings of a numbered item', () => {
    const rows = [
      { serial: s('一'), leafLike: false }, // 0
      { serial: s('1'), leafLike: false }, //  1 heading
      { serial: null, leafLike: true }, //      2 → child of 1
      { serial: null, leafLike: true }, //      3 → child of 1
      { serial: s('2'), leafLike: true }, //    4 item with quantities
      { serial: null, leafLike: true }, //      5 → sibling of 4: child of 一
      { serial: s('二'), leafLike: false }, //  6
    ];
    const nodes = buildOutline(rows);
    expect(nodes.map((n) => n.parent)).toEqual([-1, 0, 1, 1, 0, 0, -1]);
    expect(nodes[0].children).toEqual([1, 4, 5]);
    expect(nodes.map((n) => n.level)).toEqual([1, 2, 3, 3, 2, 2, 1]);
  });

  it('a skipped level still nests under the nearest open heading', () => {
    const nodes = buildOutline(['一', '(1)', '(2)', '二', '1'].map((t) => ({ serial: s(t), leafLike: false })));
    expect(nodes.map((n) => n.parent)).toEqual([-1, 0, 0, -1, 3]);
  });
});
