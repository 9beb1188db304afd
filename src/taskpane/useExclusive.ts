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
        // Let the browser paint the progress indicator before the action starts: with a fast host (or the
        // engine's synchronous review) nothing would yield until the action is over, so it would never show.
        await nextPaint();
        // The port's step labels are English diagnostics; the pane shows the action's own (localised) label.
        await action((step) => setBusy({ label, done: step.done, total: step.total }));
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

/** Resolves after the next frame has been rendered (or after 50 ms where frames are not produced). */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
