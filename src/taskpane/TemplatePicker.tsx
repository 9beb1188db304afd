import { Button, Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { pick, type Lang } from '../core/i18n';
import type { TemplateKind } from '../core/review-model';
import type { TemplateChoice } from '../services/insertTemplatesService';
import type { Strings } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export function TemplatePicker(props: {
  choices: TemplateChoice[];
  selected: ReadonlySet<TemplateKind>;
  lang: Lang;
  s: Strings;
  disabled: boolean;
  onToggle(kind: TemplateKind, on: boolean): void;
  onInsert(): void;
  onCancel(): void;
}) {
  const { choices, selected, lang, s } = props;
  const styles = useStyles();
  if (choices.length === 0) return <Text>{s.noTemplates}</Text>;
  return (
    <div className={styles.root} data-testid="template-picker">
      <Text size={200}>{s.chooseTemplates}</Text>
      {choices.map((c) => (
        <Checkbox
          key={c.kind}
          label={lang === 'en' ? `${pick(c.title, lang)} (${c.sheetName})` : c.sheetName}
          checked={selected.has(c.kind)}
          onChange={(_, data) => props.onToggle(c.kind, data.checked === true)}
        />
      ))}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={props.disabled || selected.size === 0} onClick={props.onInsert}>
          {s.insertChosen}
        </Button>
        <Button onClick={props.onCancel}>{s.cancel}</Button>
      </div>
    </div>
  );
}
