import type { ReviewContext } from '../../context';
import { Decimal, ZERO } from '../../decimal';
import { t } from '../../i18n';
import { locateTable, type ColumnSpec, type LocatedTable, type TableRow } from '../../locate';
import { normalizeWidth } from '../../numbers';
import { cellText, type SheetSnapshot } from '../../snapshot';

/** Optional cash-flow table on the 收益测算 sheet (SPEC §3.5): 年度 | 投入 | 收入 | 运营成本 (万元). */
export const CASH_FLOW_COLUMNS: ColumnSpec[] = [
  { key: 'year', aliases: ['年度', '年份', '年序', '计算期'], required: true },
  { key: 'invest', aliases: ['投入', '投资', '建设投资', '投资支出', '投入资金'] },
  { key: 'income', aliases: ['收入', '收益', '现金流入', '营业收入'] },
  { key: 'opCost', aliases: ['运营成本', '经营成本', '运营费用'] },
  { key: 'net', aliases: ['净现金流量', '净现金流', '净流量'] },
];

export interface CashFlow {
  table: LocatedTable;
  /** Dense net flows, index = t (end of year t; t = 0 is time 0). */
  flows: Decimal[];
  rows: CashFlowRow[];
}

export interface CashFlowRow {
  row: TableRow;
  t: number;
  invest: Decimal;
  income: Decimal;
  opCost: Decimal;
  net: Decimal;
}

/**
 * The table when the sheet has one: a 年度 column and at least two amount columns. Three matched columns
 * keep the label/value block (label | value | unit) from passing for a table. Rows stop at the first blank
 * row, so a block written below the table is not read as cash flows.
 */
export function locateCashFlow(sheet: SheetSnapshot): LocatedTable | null {
  const table = locateTable(sheet, CASH_FLOW_COLUMNS);
  if (!table || !table.columns.has('year')) return null;
  const amounts = ['invest', 'income', 'opCost', 'net'].filter((k) => table.columns.has(k)).length;
  if (amounts < 2) return null;
  const rows: TableRow[] = [];
  let expected = table.headerRows[1] + 1;
  for (const row of table.rows) {
    // A units row right under the header is skipped by the locator; allow that one-row step.
    if (row.row !== expected && !(rows.length === 0 && row.row === expected + 1)) break;
    rows.push(row);
    expected = row.row + 1;
  }
  return { ...table, rows };
}

const CALENDAR_YEAR = 1900;

/** "3", "第3年", "2026年", 2026 → the number written, or null. */
function yearNumber(text: string): number | null {
  const m = /(\d{1,4})/.exec(normalizeWidth(text));
  return m ? Number(m[1]) : null;
}

/**
 * Parse the rows into net flows (收入 − 投入 − 运营成本). 年度 gives the period t: small numbers are used as
 * written (0 = time 0, 1 = end of year 1); calendar years (≥ 1900) count from the first one, which is t = 1
 * (end-of-year convention of 财务评价 and of Excel's NPV). A blank amount is no flow of that kind in that year.
 * Returns null (after reporting) when a year is missing, repeated or an amount is unusable: flows with a hole
 * would give a wrong NPV/IRR.
 */
export function readCashFlow(ctx: ReviewContext, table: LocatedTable): CashFlow | null {
  const sheet = table.sheet.name;
  let ok = true;
  const parsed: (Omit<CashFlowRow, 't'> & { year: number })[] = [];
  for (const row of table.rows) {
    if (row.isTotal) continue;
    const yearText = cellText(row.cell('year')).trim();
    const year = yearNumber(yearText);
    if (year === null) {
      if (yearText) ctx.optionalNumber({ sheet, addr: row.addr('year'), cell: row.cell('year'), label: `第${row.row}行 年度` });
      else ctx.requireNumber({ sheet, addr: row.addr('year'), cell: row.cell('year'), label: `第${row.row}行 年度` });
      ok = false;
      continue;
    }
    const amount = (key: 'invest' | 'income' | 'opCost', label: string): Decimal => {
      const ref = { sheet, addr: row.addr(key), cell: row.cell(key), label: `${yearText} ${label}` };
      const v = ctx.optionalNumber(ref);
      if (v === undefined) {
        if (!table.columns.has(key) || cellText(row.cell(key)).trim() === '') return ZERO;
        ok = false;
        return ZERO;
      }
      if (!ctx.nonNegative(ref, v)) ok = false;
      return v;
    };
    const income = amount('income', '收入');
    const invest = amount('invest', '投入');
    const opCost = amount('opCost', '运营成本');
    const net = income.minus(invest).minus(opCost);
    if (table.columns.has('net')) {
      ctx.derived({ sheet, addr: row.addr('net'), cell: row.cell('net'), label: `${yearText} 净现金流量` }, net, {
        unit: '万元',
        formula: t('收入 − 投入 − 运营成本', 'income − investment − operating cost'),
      });
    }
    parsed.push({ row, year, invest, income, opCost, net });
  }
  if (!ok || parsed.length === 0) return null;
  const first = Math.min(...parsed.map((p) => p.year));
  const calendar = first >= CALENDAR_YEAR;
  const rows: CashFlowRow[] = parsed.map(({ year, ...p }) => ({ ...p, t: calendar ? year - first + 1 : year }));
  const seen = new Map<number, TableRow>();
  for (const r of rows) {
    const dup = seen.get(r.t);
    if (dup) {
      ctx.report({
        code: 'INPUT_OUT_OF_RANGE',
        sheet,
        cell: r.row.addr('year'),
        found: cellText(r.row.cell('year')),
        message: t(`现金流量表年度重复（第${dup.row}行与第${r.row.row}行）`, `Cash-flow year repeated (rows ${dup.row} and ${r.row.row})`),
      });
      return null;
    }
    seen.set(r.t, r.row);
  }
  const flows: Decimal[] = Array.from({ length: Math.max(...rows.map((r) => r.t)) + 1 }, () => ZERO);
  for (const r of rows) flows[r.t] = r.net;
  return { table, flows, rows };
}

/** A 合计 row, when present, must equal the column sums (TOTAL_MISMATCH). */
export function checkCashFlowTotals(ctx: ReviewContext, cf: CashFlow): void {
  const total = cf.table.rows.find((r) => r.isTotal);
  if (!total) return;
  const labels: Record<string, string> = { invest: '投入', income: '收入', opCost: '运营成本', net: '净现金流量' };
  for (const key of ['invest', 'income', 'opCost', 'net'] as const) {
    if (!cf.table.columns.has(key)) continue;
    const exact = cf.rows.reduce((sum, r) => sum.plus(r[key]), ZERO);
    ctx.derived({ sheet: cf.table.sheet.name, addr: total.addr(key), cell: total.cell(key), label: `${labels[key]} 合计` }, exact, {
      unit: '万元',
      code: 'TOTAL_MISMATCH',
    });
  }
}
