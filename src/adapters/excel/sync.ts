/** context.sync() with a count, so an outcome can report how many round trips it took. */
export interface CountedSync {
  context: Excel.RequestContext;
  count: number;
  sync(): Promise<void>;
}

export function countedSync(context: Excel.RequestContext): CountedSync {
  const counter: CountedSync = {
    context,
    count: 0,
    async sync() {
      counter.count += 1;
      await context.sync();
    },
  };
  return counter;
}

/**
 * Excel on the web refuses a request above 5 MB. Writes are queued into the one write batch while their
 * estimated JSON size stays under the budget; a write plan bigger than that (a report of tens of
 * thousands of rows) is flushed in extra syncs — the only case where writing takes more than one sync.
 */
export class RequestBudget {
  private bytes = 0;

  constructor(
    private readonly s: CountedSync,
    private readonly budgetBytes: number,
  ) {}

  async reserve(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > this.budgetBytes) {
      await this.s.sync();
      this.bytes = 0;
    }
    this.bytes += bytes;
  }
}

export function estimateBytes(v: unknown): number {
  // JSON length with CJK text at 3 bytes a character; close enough for a budget.
  const s = JSON.stringify(v) ?? '';
  let n = s.length;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) n += 2;
  return n;
}
