import { ReviewContext } from '../../../../src/core/context';
import { compensation } from '../../../../src/core/templates/compensation';
import { HEADERS } from '../../../../src/core/templates/compensation/blank';
import type { Cell, CellValue, SheetSnapshot, WorkbookSnapshot } from '../../../../src/core/snapshot';

/** A cell given either as a bare value or as a full Cell (to set numberFormat). */
export type Input = CellValue | Cell;

const isCell = (v: Input): v is Cell => v !== null && typeof v === 'object' && !(v instanceof Date) && 'value' in v;

export function sheetOf(name: string, rows: Input[][]): SheetSnapshot {
  return { name, origin: { row: 1, col: 1 }, cells: rows.map((r) => r.map((v) => (isCell(v) ? v : { value: v }))) };
}

/** Title row, the standard header row, then the given rows: data rows start at Excel row 3. */
export function compensationBook(rows: Input[][], headers: string[] = HEADERS, name = '补偿测算表'): WorkbookSnapshot {
  return { sheets: [sheetOf(name, [['补偿测算表'], headers, ...rows])] };
}

export function run(wb: WorkbookSnapshot): ReviewContext {
  const ctx = new ReviewContext(wb);
  compensation.review(ctx);
  return ctx;
}

export function resultValue(ctx: ReviewContext, id: string): string | undefined {
  return ctx.results.find((r) => r.id === id)?.value;
}

/** Leading significant digits of an exact decimal string. */
export function sig(value: string | undefined, digits: number): string {
  if (value === undefined) return 'undefined';
  const neg = value.startsWith('-');
  const body = neg ? value.slice(1) : value;
  const [int, frac = ''] = body.split('.');
  const all = (int + frac).replace(/^0+/, '');
  const lead = all.slice(0, digits);
  const intDigits = int.replace(/^0+/, '').length;
  let out: string;
  if (intDigits === 0) {
    const zeros = frac.length - frac.replace(/^0+/, '').length;
    out = `0.${'0'.repeat(zeros)}${lead}`;
  } else out = lead.length <= intDigits ? lead : `${lead.slice(0, intDigits)}.${lead.slice(intDigits)}`;
  return (neg ? '-' : '') + out;
}

export const codes = (ctx: ReviewContext) => ctx.findings.map((f) => f.code);

/**
 * Row builder in the header order: name, case, area, certPrice, certTerm, agriPrice, agriTerm, n, M, r,
 * amount, holder, collective, note.
 */
export function row(o: {
  name?: Input; situation?: Input; area?: Input; certPrice?: Input; certTerm?: Input; agriPrice?: Input; agriTerm?: Input;
  n?: Input; max?: Input; r?: Input; amount?: Input; holder?: Input; collective?: Input;
}): Input[] {
  return [o.name ?? null, o.situation ?? null, o.area ?? null, o.certPrice ?? null, o.certTerm ?? null, o.agriPrice ?? null, o.agriTerm ?? null,
    o.n ?? null, o.max ?? null, o.r ?? null, o.amount ?? null, o.holder ?? null, o.collective ?? null, null];
}

/** The three sample rows (one per 情形), without author figures. */
export const STATE = { name: '海南某矿业有限公司', situation: '国有未到期', area: 20000, certPrice: 600, certTerm: 50, agriPrice: 60, n: 23, max: 50, r: 0.06 };
export const COLLECTIVE_EXPIRED = { name: '某村股份经济合作社', situation: '集体同时到期', area: 15000, certPrice: 420, certTerm: 50, agriPrice: 55, agriTerm: 30, max: 50, r: 0.06 };
export const COLLECTIVE_ACTIVE = { name: '某村/某石材厂', situation: '集体未到期', area: 12000, certPrice: 450, certTerm: 50, agriPrice: 50, n: 18, max: 50, r: 0.06 };
