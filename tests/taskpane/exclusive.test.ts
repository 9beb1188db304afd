import { Exclusive } from '../../src/taskpane/exclusive';

describe('one action at a time', () => {
  it('ignores a second request while the first runs, and accepts one after it ends', async () => {
    const guard = new Exclusive();
    let release!: () => void;
    let calls = 0;
    const first = guard.run(() => {
      calls += 1;
      return new Promise<string>((resolve) => (release = () => resolve('done')));
    });
    expect(guard.isRunning).toBe(true);
    expect(await guard.run(async () => void (calls += 1))).toEqual({ started: false });
    expect(calls).toBe(1);
    release();
    expect(await first).toEqual({ started: true, value: 'done' });
    expect(guard.isRunning).toBe(false);
    expect(await guard.run(async () => 2)).toEqual({ started: true, value: 2 });
  });

  it('is free again after an action fails', async () => {
    const guard = new Exclusive();
    await expect(guard.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(guard.isRunning).toBe(false);
  });
});
