import { Decimal } from '../../../src/core/decimal';
import { appraisalValue, disposableVolume, reserveFloor, supplySubtotal } from '../../../src/core/earth/formulas';

const d = (v: string | number) => new Decimal(v);

describe('earth-stone row formulas (SPEC §3.2)', () => {
  it('supply, disposable (negative kept), appraisal in 万元, floor', () => {
    expect(supplySubtotal(d('1200.5'), d(800)).toFixed()).toBe('2000.5');
    expect(disposableVolume(d('1200.5'), d(800), d('500.25')).toFixed()).toBe('1500.25');
    expect(disposableVolume(d(100), d(0), d(150)).toFixed()).toBe('-50');
    expect(appraisalValue(d(12345), d('38.5')).toFixed()).toBe('47.52825');
    expect(reserveFloor(d('47.52825')).toFixed()).toBe('47.52825');
    expect(reserveFloor(d(100), d('1.1')).toFixed()).toBe('110');
  });
});
