import { Button, Checkbox, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Decimal } from '../core/decimal';
import { formatShort } from '../core/numbers';
import type { ProposedCell } from '../services/fillService';
import type { Strings } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { maxHeight: '220px', overflowY: 'auto', display: 'flex', flexDirection: 'column' },
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
  onWrite(): void;
  onCancel(): void;
}) {
  const { cells, chosen, s } = props;
  const styles = useStyles();
  if (cells.length === 0) return <Text>{s.fillNothing}</Text>;
  return (
    <div className={styles.root} data-testid="fill-preview">
      <Text size={200}>{s.fillPreviewTitle(cells.length)}</Text>
      <div className={styles.list}>
        {cells.map((c) => (
          <Checkbox
            key={c.key}
            label={`${c.key}  ${c.label} = ${shown(c)}`}
            title={c.value}
            checked={chosen.has(c.key)}
            onChange={(_, data) => props.onToggle(c.key, data.checked === true)}
          />
        ))}
      </div>
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
