import { useCallback, useRef, useState } from 'react';
import type { ProgressReporter } from '../adapters/excel/port';
import { Exclusive } from './exclusive';

export interface Busy {
  label: string;
  done?: number;
  total?: number;
}

/**
 * Runs one task-pane action at a time. A click while an action runs is ignored (the guard is a plain object in a
 * ref, so even a click that lands before React re-renders the disabled buttons does nothing). Errors end up in
 * `error` for the MessageBar.
 */
export function useExclusive() {
  const guard = useRef(new Exclusive());
  const [busy, setBusy] = useState<Busy | undefined>();
  const [error, setError] = useState<string | undefined>();

  const run = useCallback(async (label: string, action: (progress: ProgressReporter) => Promise<void>): Promise<boolean> => {
    if (guard.current.isRunning) return false;
    try {
      const outcome = await guard.current.run(async () => {
        setError(undefined);
        setBusy({ label });
        await action((step) => setBusy({ label: step.label || label, done: step.done, total: step.total }));
      });
      return outcome.started;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    } finally {
      if (!guard.current.isRunning) setBusy(undefined);
    }
  }, []);

  return { busy, error, run };
}
