import { Button, Checkbox, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { Decimal } from '../core/decimal';
import { formatShort } from '../core/numbers';
import type { ProposedCell } from '../services/fillService';
import type { Strings } from './strings';

/**
 * A long list (a 100,000-row plan proposes 20,000 fills) renders only the rows in view: 20,000 checkboxes took
 * seconds to mount and re-rendered on every tick. Short lists render whole, as before.
 */
export const WINDOW_FROM = 200;
const ROW_PX = 32;
const LIST_PX = 220;
/** Rows rendered above and below the visible ones, so a fast scroll does not show blank space. */
const OVERSCAN = 10;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { maxHeight: `${LIST_PX}px`, overflowY: 'auto', display: 'flex', flexDirection: 'column' },
  windowed: { height: `${LIST_PX}px`, overflowY: 'auto', position: 'relative' },
  row: { position: 'absolute', left: 0, right: 0, height: `${ROW_PX}px`, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** What 计算并回填 will write, shown before anything is written; the undo warning is stated here. */
export function FillPreview(props: {
  cells: ProposedCell[];
  chosen: ReadonlySet<string>;
  mergeUndo: boolean;
  s: Strings;
  disabled: boolean;
  onToggle(key: string, on: boolean): void;
  /** Tick or untick every proposed cell. */
  onToggleAll(on: boolean): void;
  onWrite(): void;
  onCancel(): void;
}) {
  const { cells, chosen, s } = props;
  const styles = useStyles();
  const [scrollTop, setScrollTop] = useState(0);
  if (cells.length === 0) return <Text>{s.fillNothing}</Text>;
  const item = (c: ProposedCell) => (
    <Checkbox
      label={`${c.key}  ${c.label} = ${shown(c)}`}
      title={c.value}
      checked={chosen.has(c.key)}
      onChange={(_, data) => props.onToggle(c.key, data.checked === true)}
    />
  );
  const windowed = cells.length > WINDOW_FROM;
  const first = Math.max(0, Math.floor(scrollTop / ROW_PX) - OVERSCAN);
  const last = Math.min(cells.length, Math.ceil((scrollTop + LIST_PX) / ROW_PX) + OVERSCAN);
  return (
    <div className={styles.root} data-testid="fill-preview">
      <Text size={200}>{s.fillPreviewTitle(cells.length)}</Text>
      {cells.length > 1 && (
        <div className={styles.actions}>
          <Button size="small" appearance="subtle" disabled={props.disabled || chosen.size === cells.length} onClick={() => props.onToggleAll(true)}>
            {s.selectAll}
          </Button>
          <Button size="small" appearance="subtle" disabled={props.disabled || chosen.size === 0} onClick={() => props.onToggleAll(false)}>
            {s.selectNone}
          </Button>
        </div>
      )}
      {windowed ? (
        <div className={styles.windowed} data-testid="fill-list" onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
          <div style={{ height: `${cells.length * ROW_PX}px` }}>
            {cells.slice(first, last).map((c, i) => (
              <div key={c.key} className={styles.row} style={{ top: `${(first + i) * ROW_PX}px` }}>
                {item(c)}
              </div>
            ))}
          </div>
        </div>
      ) : (
        <div className={styles.list} data-testid="fill-list">
          {cells.map((c) => (
            <div key={c.key}>{item(c)}</div>
          ))}
        </div>
      )}
      <MessageBar intent={props.mergeUndo ? 'info' : 'warning'}>
        <MessageBarBody>{props.mergeUndo ? s.undoNoteMerge : s.undoWarningNoMerge}</MessageBarBody>
      </MessageBar>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={props.disabled || chosen.size === 0} onClick={props.onWrite}>
          {s.writeCells(chosen.size)}
        </Button>
        <Button onClick={props.onCancel}>{s.cancel}</Button>
      </div>
    </div>
  );
}

/**
 * The value as the list shows it: numbers to at most 4 decimals (the exact decimal string can run to 40 digits and
 * Excel stores a double anyway); the exact value is the item's tooltip.
 */
export function shown(c: Pick<ProposedCell, 'kind' | 'value'>): string {
  return c.kind === 'number' ? formatShort(new Decimal(c.value), 4) : c.value;
}
