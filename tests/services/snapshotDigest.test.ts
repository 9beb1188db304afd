import { createHash } from 'crypto';
import { canonicalSnapshot, sha256Hex, snapshotSha256 } from '../../src/services/snapshotDigest';
import type { WorkbookSnapshot } from '../../src/core/snapshot';

const sheet = (cells: WorkbookSnapshot['sheets'][0]['cells']): WorkbookSnapshot => ({
  sheets: [{ name: '项目信息', origin: { row: 1, col: 1 }, cells }],
});

describe('canonical snapshot serialisation', () => {
  it('writes typed values, formulas, formats and errors in a fixed shape', () => {
    const wb = sheet([
      [{ value: '项目' }, { value: 1.5, numberFormat: '0.00' }, { value: true }],
      [{ value: new Date(Date.UTC(2025, 10, 3)) }, { value: 3, formula: '=B1*2' }, { value: null, error: '#REF!' }],
    ]);
    expect(canonicalSnapshot(wb)).toBe(
      '{"v":1,"sheets":[["项目信息",1,1,[' +
        '[[{"s":"项目"},null,null,null],[{"n":"1.5"},null,"0.00",null],[{"b":true},null,null,null]],' +
        '[[{"d":"2025-11-03T00:00:00.000Z"},null,null,null],[{"n":"3"},"=B1*2",null,null],[null,null,null,"#REF!"]]' +
        ']]]}',
    );
  });

  it('tells the number 1 from the text "1"', () => {
    expect(canonicalSnapshot(sheet([[{ value: 1 }]]))).not.toBe(canonicalSnapshot(sheet([[{ value: '1' }]])));
  });

  it('ignores trailing empty cells and rows, and the General format', () => {
    const a = sheet([[{ value: 'x' }]]);
    const b = sheet([[{ value: 'x', numberFormat: 'General' }, { value: null }, { value: null }], [], [{ value: null }]]);
    expect(canonicalSnapshot(b)).toBe(canonicalSnapshot(a));
  });

  it('keeps an empty string apart from an empty cell (both are blank to the engine, not to the hash)', () => {
    expect(canonicalSnapshot(sheet([[{ value: '' }]]))).not.toBe(canonicalSnapshot(sheet([[{ value: null }]])));
  });
});

describe('SHA-256 with crypto.subtle', () => {
  it('matches Node’s hash of the same UTF-8 text', async () => {
    const text = '矿山 ∑ 1,234.50';
    expect(await sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('hashes the canonical form of a snapshot', async () => {
    const wb = sheet([[{ value: 1 }]]);
    expect(await snapshotSha256(wb)).toBe(createHash('sha256').update(canonicalSnapshot(wb), 'utf8').digest('hex'));
  });
});
