import { parseA1 } from '../../core/snapshot';
import { ErrorCode, FakeOfficeError } from './errors';
import { cachedUsedRect, cellKey } from './model';
import type { FakeSheetModel, FakeWorkbookModel } from './model';
import { FakeRange, rangeOn, singleCell } from './range';
import { FakeClientObject, jsonBytes } from './runtime';
import type { FakeBatch } from './runtime';
import type { NoteCollectionShape, NoteShape, WorksheetShape } from './shapes';

export class FakeWorksheet extends FakeClientObject<FakeSheetModel> implements WorksheetShape {
  private notesProxy: FakeNoteCollection | undefined;

  constructor(batch: FakeBatch, resolve: (() => FakeSheetModel | null) | FakeSheetModel, nullable = false, creates = false) {
    super(batch, resolve, nullable, 'Worksheet', creates);
  }

  protected readonly loadable: Record<string, (t: FakeSheetModel) => unknown> = {
    name: (t) => t.name,
    visibility: (t) => t.visibility ?? 'Visible',
  };

  get name(): string {
    return this.read('name');
  }
  get visibility(): Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden' {
    return this.read('visibility');
  }

  get notes(): FakeNoteCollection {
    this.notesProxy ??= new FakeNoteCollection(this.batch, () => this.targetOrNull());
    return this.notesProxy;
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.batch, () => {
      const sheet = this.resolved();
      if (address === undefined || address === '') throw new FakeOfficeError(ErrorCode.invalidArgument, 'The fake needs an explicit address');
      return rangeOn(sheet, address);
    });
  }

  /** 0-based row and column (Excel.Worksheet.getCell). */
  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.batch, () => ({
      sheet: this.resolved(),
      rect: { top: row + 1, left: column + 1, bottom: row + 1, right: column + 1 },
    }));
  }

  /** On an empty sheet Excel returns A1. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.batch, () => {
      const sheet = this.resolved();
      return { sheet, rect: cachedUsedRect(sheet, valuesOnly === true, this.batch.runtime.version) ?? { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.batch,
      () => {
        const sheet = this.targetOrNull();
        const rect = sheet ? cachedUsedRect(sheet, valuesOnly === true, this.batch.runtime.version) : null;
        return sheet && rect ? { sheet, rect } : null;
      },
      true,
    );
  }

  activate(): void {
    this.write(0, (t) => {
      this.batch.runtime.model.selection = { sheet: t.name, address: 'A1' };
    });
  }
}

export interface NoteTarget {
  sheet: FakeSheetModel;
  key: string;
}

export class FakeNote extends FakeClientObject<NoteTarget> implements NoteShape {
  constructor(batch: FakeBatch, resolve: () => NoteTarget | null, nullable: boolean, creates = false) {
    super(batch, resolve, nullable, 'Note', creates);
  }

  protected readonly loadable: Record<string, (t: NoteTarget) => unknown> = {
    content: (t) => t.sheet.notes?.[t.key] ?? '',
  };

  get content(): string {
    return this.read('content');
  }
  set content(text: string) {
    this.forget('content');
    this.write(jsonBytes(text), (t) => {
      t.sheet.notes ??= {};
      t.sheet.notes[t.key] = text;
    });
  }

  delete(): void {
    this.write(0, (t) => {
      if (!t.sheet.notes) return;
      delete t.sheet.notes[t.key];
      if (Object.keys(t.sheet.notes).length === 0) delete t.sheet.notes;
    });
  }
}

function noteKey(address: string): string {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const { row, col } = parseA1(local.replace(/\$/g, ''));
  return cellKey(row, col);
}

/** Worksheet.notes (ExcelApi 1.18); gated by the runtime's supported sets. */
export class FakeNoteCollection extends FakeClientObject<FakeSheetModel> implements NoteCollectionShape {
  constructor(batch: FakeBatch, resolve: () => FakeSheetModel | null) {
    super(batch, resolve, false, 'NoteCollection');
  }

  protected readonly loadable: Record<string, (t: FakeSheetModel) => unknown> = {};

  private requireNotes(): void {
    if (!this.batch.runtime.supports('ExcelApi', '1.18')) throw new FakeOfficeError('ApiNotFound', 'Notes need ExcelApi 1.18');
  }

  add(cellAddress: string | Excel.Range, content: unknown): FakeNote {
    this.requireNotes();
    if (typeof cellAddress !== 'string') throw new FakeOfficeError(ErrorCode.invalidArgument, 'The fake takes note addresses as strings');
    const key = noteKey(cellAddress);
    return new FakeNote(
      this.batch,
      () => {
        const sheet = this.resolved();
        singleCell(sheet, key);
        if (sheet.notes?.[key] !== undefined) throw new FakeOfficeError(ErrorCode.invalidArgument, `The cell ${key} already has a note`);
        sheet.notes ??= {};
        sheet.notes[key] = String(content);
        return { sheet, key };
      },
      false,
      true,
    );
  }

  getItemOrNullObject(key: string): FakeNote {
    this.requireNotes();
    const k = noteKey(key);
    return new FakeNote(
      this.batch,
      () => {
        const sheet = this.resolved();
        return sheet.notes?.[k] !== undefined ? { sheet, key: k } : null;
      },
      true,
    );
  }
}

export function findSheet(model: FakeWorkbookModel, name: string): FakeSheetModel | null {
  const lower = name.toLowerCase();
  return model.sheets.find((s) => s.name.toLowerCase() === lower) ?? null;
}
