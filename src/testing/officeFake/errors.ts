/** The error shape Office.js rejects with (OfficeExtension.Error): a code plus a message. */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string };

  constructor(code: string, message: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message };
  }
}

export const ErrorCode = {
  propertyNotLoaded: 'PropertyNotLoaded',
  invalidArgument: 'InvalidArgument',
  itemNotFound: 'ItemNotFound',
  itemAlreadyExists: 'ItemAlreadyExists',
  generalException: 'GeneralException',
  responseTooLarge: 'ResponsePayloadSizeLimitExceeded',
  requestTooLarge: 'RequestPayloadSizeLimitExceeded',
  invalidOperation: 'InvalidOperation',
} as const;
