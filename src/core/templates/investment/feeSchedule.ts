import type { ReviewContext } from '../../context';
import type { FeeBracket, FeeStandard } from '../../feeStandards';
import { findTable } from '../../locate';
import { cellText } from '../../snapshot';
import { FEE_SCHEDULE_COLUMNS, FEE_SCHEDULE_SHEET_NAMES } from './columns';
import { readRate } from './rate';

/**
 * A workbook's own 取费标准 sheet (SPEC §3.4): rows `费用名称 | 计费基数 | 下限(万元) | 上限(万元) | 费率(%)`,
 * one row per bracket; a blank 费用名称 continues the fee above. Blank 下限 = the previous 上限 (or 0),
 * blank 上限 = open-ended. Each fee becomes a FeeStandard that wins over built-ins of the same name.
 */
export function readFeeSchedule(ctx: ReviewContext): FeeStandard[] {
  const table = findTable(ctx.workbook, FEE_SCHEDULE_SHEET_NAMES, FEE_SCHEDULE_COLUMNS, ctx.claimedSheets);
  if (!table) return [];
  const sheet = table.sheet.name;
  ctx.claimedSheets.add(sheet);
  const byName = new Map<string, FeeStandard>();
  let current: FeeStandard | undefined;
  for (const r of table.rows) {
    if (r.isTotal) continue;
    const name = cellText(r.cell('name')).trim();
    if (name) {
      current = byName.get(name);
      if (!current) {
        current = {
          id: `${sheet}!${name}`,
          name,
          aliases: [name],
          document: cellText(r.cell('source')).trim() || '取费标准表（用户提供）',
          article: `${sheet}!${r.addr('name')}`,
          basis: cellText(r.cell('base')).trim(),
          validity: { from: null, to: null, note: '工作簿取费标准表提供' },
          method: '差额定率累进',
          brackets: [],
          source: `${sheet}!${r.addr('name')}`,
        };
        byName.set(name, current);
      }
    }
    if (!current) continue;
    const label = (col: string) => `${sheet} ${current?.name} ${col}`;
    const rate = readRate(r.cell('rate'));
    if (rate.kind !== 'number') {
      ctx.requireNumber({ sheet, addr: r.addr('rate'), cell: r.cell('rate'), label: label('费率') });
      continue;
    }
    const lower = ctx.optionalNumber({ sheet, addr: r.addr('lower'), cell: r.cell('lower'), label: label('下限') });
    const upper = ctx.optionalNumber({ sheet, addr: r.addr('upper'), cell: r.cell('upper'), label: label('上限') });
    const prev = current.brackets[current.brackets.length - 1];
    const bracket: FeeBracket = {
      lowerWan: lower?.toFixed() ?? prev?.upperWan ?? '0',
      upperWan: upper?.toFixed() ?? null,
      ratePercent: rate.value.times(100).toFixed(),
    };
    current.brackets.push(bracket);
  }
  return [...byName.values()].filter((s) => s.brackets.length > 0);
}
