import { functionError, FunctionArgumentError } from '../../src/functions/errors';

describe('functionError', () => {
  afterEach(() => {
    delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
  });

  it('without Office: a plain Error carrying the code', () => {
    const e = functionError('invalidNumber', '须大于0');
    expect(e).toBeInstanceOf(FunctionArgumentError);
    expect(e).toMatchObject({ code: 'invalidNumber', message: '须大于0' });
  });

  it('inside the Office runtime: new CustomFunctions.Error(ErrorCode.x, message)', () => {
    class FakeCfError extends Error {
      constructor(readonly code: string, message?: string) {
        super(message);
      }
    }
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
      Error: FakeCfError,
      ErrorCode: { invalidValue: '#VALUE!', invalidNumber: '#NUM!' },
    };
    const num = functionError('invalidNumber', '须大于0');
    expect(num).toBeInstanceOf(FakeCfError);
    expect(num).toMatchObject({ code: '#NUM!', message: '须大于0' });
    expect(functionError('invalidValue', 'x')).toMatchObject({ code: '#VALUE!' });
  });
});
