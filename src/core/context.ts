import { Decimal, toPlainString } from './decimal';
import { FINDING_CODES, type Finding, type FindingCode, type Severity } from './findings';
import { t, type Text } from './i18n';
import { agrees, formatShort, plainNumberOf, readCellNumber, type NumberRead } from './numbers';
import { RULE_PACKS, citation, type PolicyRule, type Province, type RulePack } from './rulePacks';
import type { LocatedTable } from './locate';
import type { Patch, Result, TemplateKind, TemplateUse } from './review-model';
import { isBlank, type Cell, type WorkbookSnapshot } from './snapshot';
import type { SharedFacts } from './shared-facts';

export interface FindingInput {
  code: FindingCode;
  sheet: string;
  cell: string | null;
  expected?: string;
  found?: string;
  message: Text;
  /** Use this rule's citation (and severity). */
  rule?: { pack: RulePack; rule: PolicyRule };
  /** Severity other than the code's default, for a check that is advisory where it applies (cross-sheet). */
  severity?: Severity;
  /** A citation that is not a rule of a pack (e.g. the validity article of a document). */
  ruleOverride?: string;
}

/** Where a number lives, for messages and findings. */
export interface CellRef {
  sheet: string;
  addr: string | null;
  cell: Cell;
  /** Human label, e.g. "建筑用砂岩 原地遗留量". */
  label: string;
}

/**
 * Mutable state of one review run. Template modules read inputs through it (so missing/text inputs are
 * reported the same way everywhere) and push results, findings and patches into it.
 */
export class ReviewContext {
  readonly results: Result[] = [];
  readonly findings: Finding[] = [];
  readonly patches: Patch[] = [];
  readonly templates: TemplateUse[] = [];
  readonly claimedSheets = new Set<string>();
  readonly shared: SharedFacts = {};
  province: Province | null = null;
  planDate: string | null = null;
  packs: RulePack[] = [];

  constructor(readonly workbook: WorkbookSnapshot) {}

  useTemplate(sheet: string, kind: TemplateKind, rows: number): void {
    this.templates.push({ sheet, kind, rows });
    this.claimedSheets.add(sheet);
  }

  /**
   * The rule behind a finding code: the province's own packs first, then a national provision carried in
   * any pack. Undefined = no policy asks for this check here (the check is then skipped or uncited).
   */
  policy(code: FindingCode): { pack: RulePack; rule: PolicyRule } | undefined {
    // Asked once per row by long tables (第八条 per quantity): remember the answer for the current packs.
    if (this.policiesFor !== this.packs) {
      this.policiesFor = this.packs;
      this.policies.clear();
    }
    if (this.policies.has(code)) return this.policies.get(code);
    const found = this.findPolicy(code);
    this.policies.set(code, found);
    return found;
  }

  private policiesFor: RulePack[] | undefined;
  private readonly policies = new Map<FindingCode, { pack: RulePack; rule: PolicyRule } | undefined>();

  private findPolicy(code: FindingCode): { pack: RulePack; rule: PolicyRule } | undefined {
    for (const pack of this.packs) {
      const rule = pack.rules.find((r) => r.code === code);
      if (rule) return { pack, rule };
    }
    for (const pack of RULE_PACKS) {
      const rule = pack.rules.find((r) => r.code === code && r.national);
      if (rule) return { pack, rule };
    }
    return undefined;
  }

  /**
   * Every active rule with that code (e.g. two 山西 documents both capping something); when the province's
   * packs have none, the national provisions with that code (so a 河南 plan still gets the 25° farmland rule).
   */
  activeRules(code: FindingCode): { pack: RulePack; rule: PolicyRule }[] {
    const own = this.packs.flatMap((pack) => pack.rules.filter((r) => r.code === code).map((rule) => ({ pack, rule })));
    if (own.length) return own;
    return RULE_PACKS.flatMap((pack) => pack.rules.filter((r) => r.code === code && r.national).map((rule) => ({ pack, rule })));
  }

  report(input: FindingInput): void {
    const severity = input.severity ?? input.rule?.rule.severity ?? FINDING_CODES[input.code].severity;
    const finding: Finding = {
      code: input.code,
      severity,
      sheet: input.sheet,
      cell: input.cell,
      message: input.message,
    };
    if (input.expected !== undefined) finding.expected = input.expected;
    if (input.found !== undefined) finding.found = input.found;
    if (input.rule) {
      finding.rule = citation(input.rule.pack, input.rule.rule);
      finding.ruleId = input.rule.rule.id;
    } else if (input.ruleOverride) finding.rule = input.ruleOverride;
    this.findings.push(finding);
  }

  result(id: string, sheet: string, cell: string | null, label: string, value: Decimal | string, unit: string): void {
    this.results.push({ id, sheet, cell, label, value: typeof value === 'string' ? value : toPlainString(value), unit });
  }

  /**
   * Read a number the author must supply. Empty → INPUT_MISSING; text → INPUT_NOT_A_NUMBER; both return
   * undefined so the caller skips what depends on it and the review goes on.
   */
  requireNumber(ref: CellRef, rule?: { pack: RulePack; rule: PolicyRule }): Decimal | undefined {
    const cell = ref.cell;
    const plain = plainNumberOf(cell);
    if (plain) return plain;
    const read = readCellNumber(cell);
    if (read.kind === 'number') return read.value;
    if (read.kind === 'empty') {
      const formula = cell.formula;
      this.report({
        code: 'INPUT_MISSING',
        sheet: ref.sheet,
        cell: ref.addr,
        found: formula,
        message: formula
          ? t(`${ref.label}的公式 ${formula} 没有计算结果（文件未经 Excel 计算保存），按缺失处理`, `${ref.label}: the formula ${formula} has no computed result (the file was not saved by Excel); treated as missing`)
          : t(`${ref.label}为空：必填数据缺失（空白不按0处理）`, `${ref.label} is empty: required input missing (blank is not zero)`),
        rule,
      });
      return undefined;
    }
    this.notANumber(ref, read.text);
    return undefined;
  }

  /**
   * One MISSING_COLUMN per required column a recognised sheet lacks (SPEC §6); `labelOf` names a column
   * when its first alias is not the label users know; `ruleFor` cites a provision that asks for it.
   */
  reportMissingColumns(
    table: LocatedTable,
    opts: { labelOf?: (key: string) => string | undefined; ruleFor?: (key: string) => { pack: RulePack; rule: PolicyRule } | undefined } = {},
  ): boolean {
    const sheet = table.sheet.name;
    for (const spec of table.missing) {
      const label = opts.labelOf?.(spec.key) ?? spec.aliases[0];
      this.report({
        code: 'MISSING_COLUMN',
        sheet,
        cell: null,
        expected: label,
        message: t(`${sheet}缺少必需列“${label}”，相关计算无法复核`, `${sheet} lacks the required column "${label}"; its checks are skipped`),
        rule: opts.ruleFor?.(spec.key),
      });
    }
    return table.missing.length > 0;
  }

  /** Read an optional number: empty → undefined silently; text → INPUT_NOT_A_NUMBER. */
  optionalNumber(ref: CellRef): Decimal | undefined {
    const cell = ref.cell;
    const plain = plainNumberOf(cell);
    if (plain) return plain;
    const read = readCellNumber(cell);
    if (read.kind === 'number') return read.value;
    if (read.kind === 'nan') this.notANumber(ref, read.text);
    return undefined;
  }

  private notANumber(ref: CellRef, text: string): void {
    this.report({
      code: 'INPUT_NOT_A_NUMBER',
      sheet: ref.sheet,
      cell: ref.addr,
      found: text,
      message: t(`${ref.label}应为数值，实为“${text}”`, `${ref.label} must be a number, found "${text}"`),
    });
  }

  /** Negative where only ≥ 0 makes sense → INPUT_OUT_OF_RANGE. Returns whether the value is usable. */
  nonNegative(ref: CellRef, value: Decimal | undefined): value is Decimal {
    if (value === undefined) return false;
    if (value.isNegative() && !value.isZero()) {
      this.report({
        code: 'INPUT_OUT_OF_RANGE',
        sheet: ref.sheet,
        cell: ref.addr,
        expected: '≥ 0',
        found: toPlainString(value),
        message: t(`${ref.label}不能为负数（${toPlainString(value)}）`, `${ref.label} cannot be negative (${toPlainString(value)})`),
      });
      return false;
    }
    return true;
  }

  /**
   * Compare an author's derived cell with the exact value (tolerance from its displayed precision), or plan
   * to fill it when empty. Formulas are compared by their cached value and never replaced.
   */
  derived(
    ref: CellRef,
    exact: Decimal,
    opts: { unit: string; code?: FindingCode; numberFormat?: string; formula?: Text; rule?: { pack: RulePack; rule: PolicyRule } },
  ): NumberRead {
    const cell = ref.cell;
    const read = readCellNumber(cell);
    if (read.kind === 'empty' && isBlank(cell) && !cell.formula) {
      if (ref.addr) {
        this.patches.push({
          sheet: ref.sheet,
          cell: ref.addr,
          value: toPlainString(exact),
          kind: 'number',
          numberFormat: opts.numberFormat,
          label: ref.label,
        });
      }
      return read;
    }
    if (read.kind === 'nan') {
      this.notANumber(ref, read.text);
      return read;
    }
    if (read.kind === 'number' && !agrees(read, exact)) {
      const how = opts.formula ? t(`（${opts.formula.zh}）`, ` (${opts.formula.en})`) : t('', '');
      this.report({
        code: opts.code ?? 'VALUE_MISMATCH',
        sheet: ref.sheet,
        cell: ref.addr,
        expected: toPlainString(exact),
        found: toPlainString(read.value),
        message: t(
          `${ref.label}填写为 ${toPlainString(read.value)}${opts.unit}，复核值为 ${formatShort(exact)}${opts.unit}${how.zh}`,
          `${ref.label} is ${toPlainString(read.value)} ${opts.unit}, recomputed ${formatShort(exact)} ${opts.unit}${how.en}`,
        ),
        rule: opts.rule,
      });
    }
    return read;
  }
}
