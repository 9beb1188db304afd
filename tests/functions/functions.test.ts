import {
  APPRAISAL, COMPENSATION, DISPOSABLE, FLOOR, MU, RETURN, TERMFACTOR, TERMVALUE, TIEREDFEE, TOHECTARE, TOSQM,
} from '../../src/functions/functions';

/** Expect a FunctionArgumentError with this code and a Chinese message matching `text`. */
function expectError(fn: () => unknown, code: 'invalidValue' | 'invalidNumber', text?: RegExp): void {
  try {
    fn();
  } catch (e) {
    expect(e).toMatchObject({ code });
    if (text) expect((e as Error).message).toMatch(text);
    return;
  }
  throw new Error('expected the call to throw');
}

const bad = 'abc' as unknown as number;

describe('TERMFACTOR / TERMVALUE', () => {
  it('worked example to 12 significant digits, rate as 0.06 or 6', () => {
    expect(TERMFACTOR(0.06, 23, 50).toPrecision(12)).toBe('0.780579099337');
    expect(TERMFACTOR(6, 23, 50)).toBe(TERMFACTOR(0.06, 23, 50));
    expect(TERMVALUE(600, 0.06, 23, 50).toPrecision(15)).toBe('468.347459602312');
  });
  it('omitted m (undefined or null) is an infinite base term; K > 1 when n > m', () => {
    expect(TERMFACTOR(0.06, 23).toPrecision(15)).toBe('0.738202738765823');
    expect(TERMFACTOR(0.06, 23, null as unknown as number)).toBe(TERMFACTOR(0.06, 23));
    expect(TERMFACTOR(0.06, 50, 30)).toBeGreaterThan(1);
  });
  it('bad arguments', () => {
    expectError(() => TERMFACTOR(bad, 23, 50), 'invalidValue', /应为数值/);
    expectError(() => TERMFACTOR(0, 23, 50), 'invalidNumber', /超出范围/);
    expectError(() => TERMFACTOR(1, 23, 50), 'invalidNumber', /超出范围/);
    expectError(() => TERMFACTOR(100, 23, 50), 'invalidNumber', /超出范围/);
    expectError(() => TERMFACTOR(0.06, 0, 50), 'invalidNumber', /须大于0/);
    expectError(() => TERMFACTOR(0.06, 23, 0), 'invalidNumber', /无限年期请省略/);
    expectError(() => TERMFACTOR(0.06, Number.NaN, 50), 'invalidNumber', /有限/);
    expectError(() => TERMVALUE(-1, 0.06, 23, 50), 'invalidNumber', /不能为负/);
    expectError(() => TERMVALUE(600, 0.06, bad, 50), 'invalidValue');
  });
});

describe('DISPOSABLE', () => {
  it('legacy + new − use, negative kept (shortfall)', () => {
    expect(DISPOSABLE(1200.5, 800, 500.25)).toBe(1500.25);
    expect(DISPOSABLE(0.1, 0.2, 0)).toBe(0.3);
    expect(DISPOSABLE(100, 0, 150)).toBe(-50);
  });
  it('bad arguments', () => {
    expectError(() => DISPOSABLE(-1, 0, 0), 'invalidNumber', /不能为负/);
    expectError(() => DISPOSABLE(1, bad, 0), 'invalidValue');
    expectError(() => DISPOSABLE(1, 0, Number.POSITIVE_INFINITY), 'invalidNumber');
  });
});

describe('RETURN', () => {
  it('单利 / 复利 / 等额年金 on 1000 万元 at 8 % for 5 years', () => {
    expect(RETURN(1000, 0.08, 5, '单利')).toBe(400);
    expect(RETURN(1000, 8, 5, '复利')).toBe(469.3280768);
    expect(RETURN(1000, 0.08, 5, '等额年金').toPrecision(12)).toBe('252.282272834');
    expect(RETURN(1000, 0, 5, '复利')).toBe(0);
  });
  it('bad arguments', () => {
    expectError(() => RETURN(1000, 0.08, 5, '月息'), 'invalidValue', /单利、复利、等额年金/);
    expectError(() => RETURN(1000, 0.08, 5, ''), 'invalidValue', /应为文字/);
    expectError(() => RETURN(-1, 0.08, 5, '单利'), 'invalidNumber');
    expectError(() => RETURN(1000, -0.08, 5, '单利'), 'invalidNumber', /超出范围/);
    expectError(() => RETURN(1000, 0.08, -5, '单利'), 'invalidNumber');
    expectError(() => RETURN(bad, 0.08, 5, '单利'), 'invalidValue');
  });
});

describe('TIEREDFEE', () => {
  const standard504 = [
    [0, 1000, 2],
    [1000, 5000, 1.5],
    [5000, 10000, 1.2],
    [10000, null, 1],
  ];
  it('progressive brackets with rates in percent; open last bracket as blank, "以上" or 0', () => {
    expect(TIEREDFEE(3000, standard504)).toBe(50);
    expect(TIEREDFEE(12000, standard504)).toBe(160);
    expect(TIEREDFEE(12000, [...standard504.slice(0, 3), [10000, '以上', 1]])).toBe(160);
    expect(TIEREDFEE(12000, [...standard504.slice(0, 3), [10000, 0, 1]])).toBe(160);
    expect(TIEREDFEE(12000, [...standard504, ['', '', '']])).toBe(160);
  });
  it('bad arguments', () => {
    expectError(() => TIEREDFEE(100, [] as unknown[][]), 'invalidValue', /为空/);
    expectError(() => TIEREDFEE(100, 5 as unknown as unknown[][]), 'invalidValue', /取费标准区域/);
    expectError(() => TIEREDFEE(100, [[0, 1000]]), 'invalidValue', /3 列/);
    expectError(() => TIEREDFEE(100, [[0, 1000, '两']]), 'invalidNumber', /费率 应为数值/);
    expectError(() => TIEREDFEE(100, [[null, 1000, 2]]), 'invalidValue', /下限 应为数值/);
    // "1001–5000" continues from 1000, as 差额定率累进 tables are read (and as the review reads them)
    expect(TIEREDFEE(2000, [[0, 1000, 2], [1001, 5000, 1.5]])).toBe(35);
    expectError(() => TIEREDFEE(2000, [[0, 1000, 2]]), 'invalidNumber', /超出/);
    expectError(() => TIEREDFEE(-1, standard504), 'invalidNumber', /不能为负/);
  });
});

describe('MU / TOHECTARE / TOSQM', () => {
  it('exact conversions (1 亩 = 10000/15 m²)', () => {
    expect(MU(20000)).toBe(30);
    expect(MU(20000, 'm²')).toBe(30);
    expect(MU(2, '公顷')).toBe(30);
    expect(MU(1, 'km2')).toBe(1500);
    expect(TOHECTARE(1200, '亩')).toBe(80);
    expect(TOSQM(1.5, '亩')).toBe(1000);
  });
  it('bad arguments', () => {
    expectError(() => MU(1, '块'), 'invalidValue', /无法识别的面积单位/);
    expectError(() => MU(-1, '亩'), 'invalidNumber', /不能为负/);
    expectError(() => TOHECTARE(bad, '亩'), 'invalidValue');
    expectError(() => TOSQM(1, 5 as unknown as string), 'invalidValue', /面积单位/);
  });
});

describe('APPRAISAL / FLOOR', () => {
  it('万元 from volume × 元 price; floor = appraisal × coefficient (default 1)', () => {
    expect(APPRAISAL(12345, 38.5)).toBe(47.52825);
    expect(FLOOR(47.52825)).toBe(47.52825);
    expect(FLOOR(100, 1.1)).toBe(110);
  });
  it('bad arguments', () => {
    expectError(() => APPRAISAL(-1, 38.5), 'invalidNumber');
    expectError(() => APPRAISAL(1, bad), 'invalidValue');
    expectError(() => FLOOR(100, 0), 'invalidNumber', /须大于0/);
    expectError(() => FLOOR(-100), 'invalidNumber');
  });
});

describe('COMPENSATION', () => {
  it('the three 情形 agree with the 补偿测算表 review', () => {
    expect(COMPENSATION('国有未到期', 20000, 600, 50, 60, 23, 0.06).toPrecision(15)).toBe('848.110590552725');
    expect(COMPENSATION('集体同时到期', 15000, 420, 50, 55, 0, 6, 30).toPrecision(15)).toBe('535.530733490956');
    expect(COMPENSATION('集体未到期', 12000, 450, 50, 50, 18, 0.06, undefined, 50).toPrecision(15)).toBe('854.210072750432');
  });
  it('bad arguments', () => {
    expectError(() => COMPENSATION('国有同时到期', 1, 1, 50, 1, 10, 0.06), 'invalidValue', /未规定补偿/);
    expectError(() => COMPENSATION('租赁', 1, 1, 50, 1, 10, 0.06), 'invalidValue', /无法识别/);
    expectError(() => COMPENSATION('国有未到期', 1, 1, 50, 1, 0, 0.06), 'invalidNumber', /剩余年期/);
    expectError(() => COMPENSATION('国有未到期', 1, 1, 50, 1, 51, 0.06), 'invalidNumber', /超过法定最高年限/);
    expect(COMPENSATION('国有未到期', 1, 1, 50, 1, 50, 0.06)).toBeGreaterThan(0);
    expectError(() => COMPENSATION('国有未到期', -1, 1, 50, 1, 10, 0.06), 'invalidNumber', /面积不能为负/);
    expectError(() => COMPENSATION('国有未到期', 1, 1, 50, 1, 10, 0), 'invalidNumber', /超出范围/);
    expectError(() => COMPENSATION('国有未到期', 1, 1, 50, 1, 10, 0.06, 0), 'invalidNumber', /无限年期请省略/);
    expectError(() => COMPENSATION('国有未到期', 1, 1, 0, 1, 10, 0.06), 'invalidNumber', /基准年期须大于0/);
    expectError(() => COMPENSATION(5 as unknown as string, 1, 1, 50, 1, 10, 0.06), 'invalidValue');
  });
});
