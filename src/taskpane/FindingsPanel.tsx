import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Link,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding, Severity } from '../core/findings';
import { pick, type Lang } from '../core/i18n';
import { groupFindings } from '../services/reviewService';
import type { Strings } from './strings';

const BADGE: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

/**
 * Findings shown per severity list at first, and added per "显示更多": a workbook whose every row is wrong can
 * have 100,000 findings, and mounting them all froze the pane.
 */
export const FINDINGS_PAGE = 200;

const useStyles = makeStyles({
  header: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'center', flexWrap: 'wrap' },
  sheet: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  severity: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200, marginTop: tokens.spacingVerticalXS },
  item: { fontSize: tokens.fontSizeBase200, wordBreak: 'break-word' },
  code: { color: tokens.colorNeutralForeground3 },
});

/** Findings grouped by sheet and severity with counts; a finding with a cell selects it when clicked. */
export function FindingsPanel(props: { findings: Finding[]; lang: Lang; s: Strings; onShow(f: Finding): void }) {
  const { findings, lang, s, onShow } = props;
  const styles = useStyles();
  if (findings.length === 0) return <Text>{s.noFindings}</Text>;
  const groups = groupFindings(findings);
  return (
    <Accordion multiple collapsible defaultOpenItems={groups.map((g) => g.sheet)} data-testid="findings">
      {groups.map((g) => (
        <AccordionItem key={g.sheet} value={g.sheet}>
          <AccordionHeader size="small">
            <span className={styles.header}>
              <span className={styles.sheet}>{g.sheet}</span>
              {(['error', 'warning', 'info'] as const)
                .filter((sev) => g.counts[sev] > 0)
                .map((sev) => (
                  <Badge key={sev} color={BADGE[sev]} size="small" aria-label={`${s.severity[sev]} ${g.counts[sev]}`}>
                    {g.counts[sev]}
                  </Badge>
                ))}
            </span>
          </AccordionHeader>
          <AccordionPanel>
            {g.bySeverity.map((sev) => (
              <div key={sev.severity}>
                <div className={styles.severity}>{s.severityCount(sev.severity, sev.findings.length)}</div>
                <FindingList findings={sev.findings} lang={lang} s={s} onShow={onShow} />
              </div>
            ))}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

/** One severity's findings, FINDINGS_PAGE at a time. */
function FindingList(props: { findings: Finding[]; lang: Lang; s: Strings; onShow(f: Finding): void }) {
  const { findings, lang, s, onShow } = props;
  const styles = useStyles();
  const [shownCount, setShownCount] = useState(FINDINGS_PAGE);
  const left = findings.length - shownCount;
  return (
    <>
      <ul className={styles.list}>
        {findings.slice(0, shownCount).map((f, i) => {
          const text = f.rule ? s.cited(pick(f.message, lang), f.rule) : pick(f.message, lang);
          return (
            <li key={i} className={styles.item}>
              {f.cell ? <Link as="button" onClick={() => onShow(f)}>{f.cell}</Link> : <span>{s.sheetLevel}</span>}{' '}
              <span className={styles.code}>{f.code}</span> {text}
            </li>
          );
        })}
      </ul>
      {left > 0 && (
        <Button size="small" appearance="subtle" onClick={() => setShownCount(shownCount + FINDINGS_PAGE)}>
          {s.showMore(left)}
        </Button>
      )}
    </>
  );
}
