import { ErrorCode, FakeOfficeError } from './errors';
import type { FakeWorkbookModel } from './model';
import { FakeClientObject, jsonBytes, propertyNames } from './runtime';
import type { FakeBatch } from './runtime';
import type { SettingCollectionShape, SettingShape, WorkbookShape, WorksheetCollectionShape } from './shapes';
import { FakeWorksheet, findSheet } from './worksheet';

const INVALID_SHEET_CHARS = /[\\/?*[\]:]/;

export class FakeWorksheetCollection extends FakeClientObject<FakeWorkbookModel> implements WorksheetCollectionShape {
  private loadedItems: FakeWorksheet[] | undefined;

  constructor(batch: FakeBatch) {
    super(batch, batch.runtime.model, false, 'WorksheetCollection');
  }

  protected readonly loadable: Record<string, (t: FakeWorkbookModel) => unknown> = {};

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) return this.read('items');
    return this.loadedItems;
  }

  /** load('items/name,items/visibility') or load('name, visibility'): the items with those properties. */
  override load(names?: string | string[] | { select?: string | string[] }): this {
    const list = propertyNames(names, ['name', 'visibility']).map((n) => n.replace(/^items\//, ''));
    this.batch.enqueue({
      write: false,
      requestBytes: 0,
      apply: (stage) => {
        const items = this.batch.runtime.model.sheets.map((s) => new FakeWorksheet(this.batch, s));
        for (const item of items) item.stageLoad(stage, list);
        stage.deliver(() => (this.loadedItems = items), 0);
      },
    });
    return this;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.batch, () => findSheet(this.batch.runtime.model, key));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.batch, () => findSheet(this.batch.runtime.model, key), true);
  }

  add(name?: string): FakeWorksheet {
    return new FakeWorksheet(
      this.batch,
      () => {
        const model = this.batch.runtime.model;
        const actual = name ?? `Sheet${model.sheets.length + 1}`;
        if (actual.length === 0 || actual.length > 31 || INVALID_SHEET_CHARS.test(actual) || /^'|'$/.test(actual)) {
          throw new FakeOfficeError(ErrorCode.invalidArgument, `Invalid sheet name: ${actual}`);
        }
        if (findSheet(model, actual)) throw new FakeOfficeError(ErrorCode.itemAlreadyExists, `A sheet named ${actual} already exists`);
        const sheet = { name: actual, cells: {} };
        model.sheets.push(sheet);
        return sheet;
      },
      false,
      true,
    );
  }
}

export interface SettingTarget {
  model: FakeWorkbookModel;
  key: string;
}

export class FakeSetting extends FakeClientObject<SettingTarget> implements SettingShape {
  constructor(batch: FakeBatch, resolve: (() => SettingTarget | null) | SettingTarget, nullable = false, creates = false) {
    super(batch, resolve, nullable, 'Setting', creates);
  }

  protected readonly loadable: Record<string, (t: SettingTarget) => unknown> = {
    key: (t) => t.key,
    value: (t) => t.model.settings?.[t.key],
  };

  get key(): string {
    return this.read('key');
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Excel.Setting.value is any
  get value(): any {
    return this.read('value');
  }
  set value(v: unknown) {
    this.forget('value');
    this.write(jsonBytes(v), (t) => {
      t.model.settings ??= {};
      t.model.settings[t.key] = stored(v);
    });
  }

  delete(): void {
    this.write(0, (t) => {
      if (t.model.settings) delete t.model.settings[t.key];
    });
  }
}

/** Settings travel as JSON, so what is stored is what JSON keeps. */
function stored(v: unknown): unknown {
  return v === undefined ? null : JSON.parse(JSON.stringify(v));
}

export class FakeSettingCollection extends FakeClientObject<FakeWorkbookModel> implements SettingCollectionShape {
  private loadedItems: FakeSetting[] | undefined;

  constructor(batch: FakeBatch) {
    super(batch, batch.runtime.model, false, 'SettingCollection');
  }

  protected readonly loadable: Record<string, (t: FakeWorkbookModel) => unknown> = {};

  get items(): FakeSetting[] {
    if (!this.loadedItems) return this.read('items');
    return this.loadedItems;
  }

  override load(names?: string | string[] | { select?: string | string[] }): this {
    const list = propertyNames(names, ['key', 'value']).map((n) => n.replace(/^items\//, ''));
    this.batch.enqueue({
      write: false,
      requestBytes: 0,
      apply: (stage) => {
        const model = this.batch.runtime.model;
        const items = Object.keys(model.settings ?? {}).map((key) => new FakeSetting(this.batch, { model, key }));
        for (const item of items) item.stageLoad(stage, list);
        stage.deliver(() => (this.loadedItems = items), 0);
      },
    });
    return this;
  }

  add(key: string, value: unknown): FakeSetting {
    const bytes = jsonBytes(value);
    const setting = new FakeSetting(
      this.batch,
      () => {
        const model = this.batch.runtime.model;
        model.settings ??= {};
        model.settings[key] = stored(value);
        return { model, key };
      },
      false,
      true,
    );
    this.batch.enqueue({ write: true, requestBytes: bytes, apply: () => undefined });
    return setting;
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(
      this.batch,
      () => {
        const model = this.batch.runtime.model;
        return model.settings && key in model.settings ? { model, key } : null;
      },
      true,
    );
  }
}

export class FakeWorkbook implements WorkbookShape {
  readonly worksheets: FakeWorksheetCollection;
  readonly settings: FakeSettingCollection;

  constructor(batch: FakeBatch) {
    this.worksheets = new FakeWorksheetCollection(batch);
    this.settings = new FakeSettingCollection(batch);
  }
}
