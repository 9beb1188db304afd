/** Errors of the xlsx adapter: a stable code, a zh-CN message for users, an English one for logs and --lang en. */

export type WorkbookReadErrorCode =
  | 'FILE_NOT_FOUND'
  | 'IS_DIRECTORY'
  | 'EMPTY_FILE'
  | 'FILE_TOO_LARGE'
  | 'ENCRYPTED_OR_XLS'
  | 'NOT_XLSX'
  | 'TRUNCATED'
  | 'ZIP_BOMB'
  | 'UNREADABLE';

export class WorkbookReadError extends Error {
  readonly code: WorkbookReadErrorCode;
  readonly messageEn: string;
  constructor(code: WorkbookReadErrorCode, messageZh: string, messageEn: string, options?: { cause?: unknown }) {
    super(messageZh);
    this.name = 'WorkbookReadError';
    this.code = code;
    this.messageEn = messageEn;
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}

export type WorkbookWriteErrorCode =
  | 'SAME_AS_SOURCE'
  | 'OUT_EXISTS'
  | 'OUT_DIR_MISSING'
  | 'SHEET_NOT_FOUND'
  | 'UNSUPPORTED_PACKAGE'
  | 'OUT_EXTENSION_MISMATCH'
  | 'WOULD_LOSE_PARTS'
  | 'WRITE_FAILED';

export class WorkbookWriteError extends Error {
  readonly code: WorkbookWriteErrorCode;
  readonly messageEn: string;
  constructor(code: WorkbookWriteErrorCode, messageZh: string, messageEn: string, options?: { cause?: unknown }) {
    super(messageZh);
    this.name = 'WorkbookWriteError';
    this.code = code;
    this.messageEn = messageEn;
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}
