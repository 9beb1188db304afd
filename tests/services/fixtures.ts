import type { Finding } from '../../src/core/findings';
import { t } from '../../src/core/i18n';
import type { Review } from '../../src/core/review-model';
import type { WorkbookSnapshot } from '../../src/core/snapshot';

export const EARTH = '土石料平衡分析表';

/** A workbook with one earth row whose 供应量小计 (F3) is empty. */
export function earthWorkbook(): WorkbookSnapshot {
  return {
    sheets: [
      {
        name: EARTH,
        origin: { row: 1, col: 1 },
        cells: [
          [{ value: '土石料平衡分析表' }],
          [{ value: '序号' }, { value: '土石料类别' }, { value: '单位' }, { value: '原地遗留量' }, { value: '新产生量' }, { value: '供应量小计' }],
          [{ value: 1 }, { value: '建筑用砂岩' }, { value: 'm³' }, { value: 1200 }, { value: 300.5 }, { value: null }],
        ],
      },
    ],
  };
}

const finding = (f: Partial<Finding> & Pick<Finding, 'code' | 'severity' | 'sheet' | 'cell'>): Finding => ({
  message: t(`${f.code} 说明`, `${f.code} message`),
  ...f,
});

export const FINDINGS: Finding[] = [
  finding({ code: 'EARTH_SALE_EXCEEDS_DISPOSABLE', severity: 'error', sheet: EARTH, cell: 'J3', rule: '豫自然资规〔2025〕13号 第二十五条' }),
  finding({ code: 'VALUE_MISMATCH', severity: 'error', sheet: '投资估算表', cell: 'G5' }),
  finding({ code: 'FLOOR_BELOW_APPRAISAL', severity: 'warning', sheet: EARTH, cell: 'N3' }),
  finding({ code: 'INPUT_MISSING', severity: 'error', sheet: EARTH, cell: 'J3' }),
  finding({ code: 'MISSING_SHEET', severity: 'info', sheet: '收益测算', cell: null }),
];

/** A review as the engine would return it for earthWorkbook(): one fill patch, results, findings. */
export function stubReview(): Review {
  return {
    province: '河南',
    planDate: '2025-12-01',
    rulePacks: [],
    templates: [{ sheet: EARTH, kind: 'earthBalance', rows: 1 }],
    results: [
      { id: 'earth.建筑用砂岩.supply', sheet: EARTH, cell: 'F3', label: '建筑用砂岩 供应量小计', value: '1500.5', unit: 'm³' },
      { id: 'earth.建筑用砂岩.disposable', sheet: EARTH, cell: 'H3', label: '建筑用砂岩 剩余可处置量', value: '-20', unit: 'm³' },
      { id: 'earth.total.supply', sheet: EARTH, cell: 'F4', label: '合计', value: '1500.5', unit: 'm³' },
      { id: 'invest.工程施工费', sheet: '投资估算表', cell: 'G4', label: '工程施工费', value: '3000', unit: '万元' },
      { id: 'invest.其他费用', sheet: '投资估算表', cell: 'G9', label: '其他费用', value: '1000', unit: '万元' },
      { id: 'invest.total', sheet: '投资估算表', cell: 'G12', label: '总投资', value: '4000', unit: '万元' },
    ],
    findings: FINDINGS,
    patches: [
      { sheet: EARTH, cell: 'F3', value: '1500.5', kind: 'number', label: '建筑用砂岩 供应量小计', numberFormat: '0.00' },
      { sheet: EARTH, cell: 'D3', value: '999', kind: 'number', label: '(occupied: never written)' },
    ],
    summary: { errors: 3, warnings: 1, infos: 1 },
  };
}

export const FIXED_CLOCK = () => new Date('2026-01-02T03:04:05.000Z');
