import { earthBars, earthScale, investSlices } from '../../src/taskpane/chartData';
import { stubReview } from '../services/fixtures';

describe('summary chart data', () => {
  const results = stubReview().results;

  it('takes earth bars from earth.<label>.supply|disposable, without the total row', () => {
    expect(earthBars(results)).toEqual([{ label: '建筑用砂岩', unit: 'm³', supply: '1500.5', disposable: '-20' }]);
  });

  it('keeps a label that itself contains a dot', () => {
    const bars = earthBars([{ id: 'earth.砂岩 1.2 级.supply', sheet: 's', cell: null, label: '', value: '5', unit: 't' }]);
    expect(bars).toEqual([{ label: '砂岩 1.2 级', unit: 't', supply: '5' }]);
  });

  it('scales bars per unit by the largest absolute value', () => {
    expect(earthScale(earthBars(results)).get('m³')?.toString()).toBe('1500.5');
  });

  it('splits the investment by category, shares summing to 1, invest.total excluded', () => {
    expect(investSlices(results)).toEqual([
      { category: '工程施工费', unit: '万元', value: '3000', share: 0.75 },
      { category: '其他费用', unit: '万元', value: '1000', share: 0.25 },
    ]);
  });
});
