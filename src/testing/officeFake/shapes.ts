/**
 * The slice of Office.js the live port uses, named against @types/office-js: every member listed here must
 * exist on the real type (a misspelt name fails tsc) and properties keep the real types. The fake classes
 * implement these shapes; the live port is compiled against the real types, so both sides are checked.
 */
type Method<T, K extends keyof T> = T[K] extends (...args: infer A) => unknown ? (...args: A) => unknown : never;

export type Shape<T, P extends keyof T, M extends keyof T = never> = Pick<T, P> & { [K in M]: Method<T, K> };

export type RangeFillShape = Shape<Excel.RangeFill, 'color' | 'pattern', 'clear' | 'load'>;
export type RangeFontShape = Shape<Excel.RangeFont, 'bold', 'load'>;
export type RangeFormatShape = Shape<Excel.RangeFormat, 'columnWidth', 'autofitColumns' | 'load'> & {
  readonly fill: RangeFillShape;
  readonly font: RangeFontShape;
};

export type RangeShape = Shape<
  Excel.Range,
  'address' | 'rowCount' | 'columnCount' | 'values' | 'formulas' | 'numberFormat' | 'valueTypes' | 'isNullObject',
  'load' | 'select' | 'getCell'
> & { readonly format: RangeFormatShape };

export type NoteShape = Shape<Excel.Note, 'content' | 'isNullObject', 'delete' | 'load'>;
export type NoteCollectionShape = Shape<Excel.NoteCollection, never, 'add' | 'getItemOrNullObject'>;

export type WorksheetShape = Shape<
  Excel.Worksheet,
  'name' | 'visibility' | 'isNullObject',
  'load' | 'getRange' | 'getCell' | 'getUsedRange' | 'getUsedRangeOrNullObject' | 'activate'
> & { readonly notes: NoteCollectionShape };

export type WorksheetCollectionShape = Shape<Excel.WorksheetCollection, never, 'load' | 'getItem' | 'getItemOrNullObject' | 'add'> & {
  readonly items: WorksheetShape[];
};

export type SettingShape = Shape<Excel.Setting, 'key' | 'value' | 'isNullObject', 'delete' | 'load'>;
export type SettingCollectionShape = Shape<Excel.SettingCollection, never, 'load' | 'add' | 'getItemOrNullObject'> & {
  readonly items: SettingShape[];
};

export interface WorkbookShape {
  readonly worksheets: WorksheetCollectionShape;
  readonly settings: SettingCollectionShape;
}

export type RequestContextShape = Shape<Excel.RequestContext, never, 'sync'> & { readonly workbook: WorkbookShape };

export type ExcelShape = Pick<typeof Excel, 'run'>;
export interface OfficeShape {
  context: { requirements: Pick<Office.RequirementSetSupport, 'isSetSupported'> };
}
