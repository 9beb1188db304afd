/**
 * One action at a time: while an action runs, further requests are refused at once (not queued), so a second
 * click on 计算并回填 cannot start a second write. Plain class so it is testable without rendering React.
 */
export class Exclusive {
  private running = false;

  get isRunning(): boolean {
    return this.running;
  }

  /** Runs `action` unless another one is running; `started` says which happened. Errors propagate. */
  async run<T>(action: () => Promise<T>): Promise<{ started: true; value: T } | { started: false }> {
    if (this.running) return { started: false };
    this.running = true;
    try {
      return { started: true, value: await action() };
    } finally {
      this.running = false;
    }
  }
}
