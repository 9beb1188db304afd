import { useCallback, useRef, useState } from 'react';
import type { ProgressReporter } from '../adapters/excel/port';

export interface Busy {
  label: string;
  done?: number;
  total?: number;
}

/**
 * Runs one task-pane action at a time. A click while an action runs is ignored (checked on a ref, so even a
 * click that lands before React re-renders the disabled buttons does nothing). Errors end up in `error`.
 */
export function useExclusive() {
  const running = useRef(false);
  const [busy, setBusy] = useState<Busy | undefined>();
  const [error, setError] = useState<string | undefined>();

  const run = useCallback(async (label: string, action: (progress: ProgressReporter) => Promise<void>): Promise<boolean> => {
    if (running.current) return false;
    running.current = true;
    setError(undefined);
    setBusy({ label });
    try {
      await action((step) => setBusy({ label: step.label || label, done: step.done, total: step.total }));
      return true;
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      return false;
    } finally {
      running.current = false;
      setBusy(undefined);
    }
  }, []);

  return { busy, error, setError, run, isRunning: () => running.current };
}
