import { Decimal } from '../../../src/core/decimal';
import { FEE_STANDARDS, describeTieredFee, documentNumbers, findStandard, tieredFee, type FeeStandard } from '../../../src/core/feeStandards';

const STD_504 = FEE_STANDARDS.find((s) => s.id.startsWith('财建〔2016〕504号'))!;
const fee = (base: string) => tieredFee(new Decimal(base), STD_504);

describe('财建〔2016〕504号 项目建设管理费 (差额定率累进)', () => {
  it('carries its source and only the confirmed brackets', () => {
    expect(STD_504.document).toContain('财建〔2016〕504号');
    expect(STD_504.article).toContain('附件2');
    expect(STD_504.brackets).toEqual([
      { lowerWan: '0', upperWan: '1000', ratePercent: '2.0' },
      { lowerWan: '1000', upperWan: '5000', ratePercent: '1.5' },
      { lowerWan: '5000', upperWan: '10000', ratePercent: '1.2' },
      { lowerWan: '10000', upperWan: '50000', ratePercent: '1.0' },
    ]);
  });

  it.each([
    ['0', '0'],
    ['500', '10'], //                     500 × 2%
    ['1000', '20'], //                    at the first bound: 1000 × 2%
    ['1000.01', '20.00015'], //           just across: 20 + 0.01 × 1.5%
    ['5000', '80'], //                    20 + 4000 × 1.5%
    ['6000', '92'], //                    80 + 1000 × 1.2%
    ['10000', '140'], //                  80 + 5000 × 1.2%
    ['28000', '320'], //                  140 + 18000 × 1%
    ['50000', '540'], //                  140 + 40000 × 1%: top of the confirmed table
  ])('base %s 万元 → %s 万元', (base, expected) => {
    const r = fee(base);
    expect(r.amount.toFixed()).toBe(expected);
    expect(r.beyondTable).toBe(false);
  });

  it('does not compute above the last confirmed bracket', () => {
    const r = fee('50000.01');
    expect(r.beyondTable).toBe(true);
    expect(r.amount.toFixed()).toBe('540');
  });

  it('shows the bracket computation', () => {
    expect(describeTieredFee(fee('6000'))).toBe('1000×2% + 4000×1.5% + 1000×1.2% = 92');
    expect(describeTieredFee(fee('0'))).toBe('0');
  });
});

describe('tieredFee on other tables', () => {
  const open: FeeStandard = { ...STD_504, id: 'x!t', brackets: [
    { lowerWan: '0', upperWan: '200', ratePercent: '3' },
    { lowerWan: '201', upperWan: '500', ratePercent: '2.5' }, // written "201–500": charged above 200
    { lowerWan: '500', upperWan: null, ratePercent: '2' },
  ] };
  it('an open-ended top bracket takes the rest; "201" lower bounds read as "above 200"', () => {
    expect(tieredFee(new Decimal(368), open).amount.toFixed()).toBe('10.2'); //  200×3% + 168×2.5%
    expect(tieredFee(new Decimal(800), open).amount.toFixed()).toBe('19.5'); //  6 + 7.5 + 300×2%
    expect(tieredFee(new Decimal(800), open).beyondTable).toBe(false);
  });
  it('brackets in any order are sorted', () => {
    const shuffled = { brackets: [...open.brackets].reverse() };
    expect(tieredFee(new Decimal(800), shuffled).amount.toFixed()).toBe('19.5');
  });
});

describe('finding the standard of a fee row', () => {
  it('by name or alias', () => {
    expect(findStandard('建设管理费', '')?.id).toBe(STD_504.id);
    expect(findStandard('项目建设管理费（万元）', '')?.id).toBe(STD_504.id);
  });
  it('业主管理费 is not silently taken as 504号 (财综〔2011〕128号 rates are not shipped)', () => {
    expect(findStandard('业主管理费', '工程施工费')).toBeUndefined();
  });
  it('by a document cited in 计费基数/备注, brackets folded', () => {
    expect(findStandard('业主管理费', '参照财建[2016]504号')?.id).toBe(STD_504.id);
    expect(findStandard('业主管理费', '按财建〔2016〕504号计取')?.id).toBe(STD_504.id);
    expect(findStandard('业主管理费', '按财建〔2016〕505号计取')).toBeUndefined();
  });
  it('a workbook standard of the same name wins', () => {
    const mine: FeeStandard = { ...STD_504, id: '取费标准!建设管理费', aliases: ['建设管理费'] };
    expect(findStandard('建设管理费', '', [mine])?.id).toBe('取费标准!建设管理费');
  });
  it('document numbers', () => {
    expect(documentNumbers('财政部 财建〔2016〕504号 关于…')).toEqual(['财建〔2016〕504号']);
  });
});
