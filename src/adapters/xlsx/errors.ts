/** Errors of the xlsx adapter: a stable code, a zh-CN message for users, an English one for logs and --lang en. */

/** A failure with a stable code and a message in both languages (the CLI prints `message` or `messageEn`). */
abstract class BilingualError<Code extends string> extends Error {
  constructor(readonly code: Code, messageZh: string, readonly messageEn: string, options?: { cause?: unknown }) {
    super(messageZh);
    this.name = new.target.name;
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}

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

export class WorkbookReadError extends BilingualError<WorkbookReadErrorCode> {}

export type WorkbookWriteErrorCode =
  | 'SAME_AS_SOURCE'
  | 'OUT_EXISTS'
  | 'OUT_DIR_MISSING'
  | 'SHEET_NOT_FOUND'
  | 'UNSUPPORTED_PACKAGE'
  | 'OUT_EXTENSION_MISMATCH'
  | 'WOULD_LOSE_PARTS'
  | 'WRITE_FAILED';

export class WorkbookWriteError extends BilingualError<WorkbookWriteErrorCode> {}
