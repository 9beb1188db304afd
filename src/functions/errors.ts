/**
 * Errors of the MINEPLAN custom functions. In Excel they must be `CustomFunctions.Error` (shown as #VALUE! /
 * #NUM! with the message in the tooltip); under jest and in Node there is no Office runtime, so the same call
 * throws a plain Error carrying the code. The runtime is looked up at throw time, never imported.
 */
export type FunctionErrorCode = 'invalidValue' | 'invalidNumber';

interface CustomFunctionsRuntime {
  Error: new (code: string, message?: string) => Error;
  ErrorCode: Record<FunctionErrorCode, string>;
}

export class FunctionArgumentError extends Error {
  constructor(
    readonly code: FunctionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FunctionArgumentError';
  }
}

function runtime(): CustomFunctionsRuntime | undefined {
  const cf = (globalThis as { CustomFunctions?: Partial<CustomFunctionsRuntime> }).CustomFunctions;
  return cf && typeof cf.Error === 'function' && cf.ErrorCode ? (cf as CustomFunctionsRuntime) : undefined;
}

/** The error to throw: CustomFunctions.Error inside Excel, FunctionArgumentError elsewhere. */
export function functionError(code: FunctionErrorCode, message: string): Error {
  const cf = runtime();
  if (cf) return new cf.Error(cf.ErrorCode[code], message);
  return new FunctionArgumentError(code, message);
}
