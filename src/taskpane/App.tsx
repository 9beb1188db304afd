import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { ExcelPort } from '../adapters/excel/port';
import type { Finding } from '../core/findings';
import type { Lang } from '../core/i18n';
import type { TemplateKind } from '../core/review-model';
import { REPORT_SHEET_NAME } from '../core/write-plan';
import type { TemplateModule } from '../core/templates/types';
import { applyFill, proposeFill, undoFill, type FillProposal, type FillResult } from '../services/fillService';
import { insertTemplates, templateChoices } from '../services/insertTemplatesService';
import { clearMarks, markFindings, type Mark } from '../services/marksService';
import { writeReport } from '../services/reportService';
import type { HostCapabilities } from '../services/requirements';
import { runReview, showFinding, type ReviewRun, type ServiceDeps } from '../services/reviewService';
import { FillPreview } from './FillPreview';
import { FindingsPanel } from './FindingsPanel';
import { STRINGS } from './strings';
import { SummaryChart } from './SummaryChart';
import { TemplatePicker } from './TemplatePicker';
import { useExclusive } from './useExclusive';

export interface AppProps {
  /** Injected: the live Office.js port in Excel, a fake in tests and in the browser double. */
  port: ExcelPort;
  capabilities: HostCapabilities;
  workbookName?: string;
  initialLang?: Lang;
  /** Defaults to the engine's TEMPLATES; tests pass their own. */
  templates?: readonly TemplateModule[];
  /** Defaults to the engine's reviewWorkbook; UI tests may pass a stub review. */
  engine?: ServiceDeps['engine'];
  /** The whole engine run off the main thread (index.tsx passes the Web Worker engine); overrides `engine`. */
  runEngine?: ServiceDeps['runEngine'];
  onLangChange?(lang: Lang): void;
}

type Panel = 'none' | 'templates' | 'fill';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: '280px',
    boxSizing: 'border-box',
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  actions: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalS },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hash: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3, wordBreak: 'break-all' },
});

export function App(props: AppProps) {
  const { port, capabilities } = props;
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(props.initialLang ?? 'zh-CN');
  const s = STRINGS[lang];
  const { busy, error, run: exclusive } = useExclusive();
  const [notice, setNotice] = useState<string | undefined>();
  const [panel, setPanel] = useState<Panel>('none');
  const [review, setReview] = useState<ReviewRun | undefined>();
  /** The pane wrote cells or sheets since `review` was read: it stays on screen, but report and marks re-read first. */
  const [reviewStale, setReviewStale] = useState(false);
  const freshReview = (run: ReviewRun) => {
    setReview(run);
    setReviewStale(false);
  };
  const [proposal, setProposal] = useState<FillProposal | undefined>();
  const [chosenCells, setChosenCells] = useState<Set<string>>(new Set());
  const [lastFill, setLastFill] = useState<FillResult | undefined>();
  const [marks, setMarks] = useState<Mark[]>([]);
  const choices = useMemo(() => templateChoices(props.templates), [props.templates]);
  const [chosenTemplates, setChosenTemplates] = useState<Set<TemplateKind>>(() => new Set(choices.map((c) => c.kind)));

  const deps = (progress: ServiceDeps['progress']): ServiceDeps => ({
    port,
    workbookName: props.workbookName,
    progress,
    engine: props.engine,
    runEngine: props.runEngine,
  });
  const action = (label: string, body: (progress: NonNullable<ServiceDeps['progress']>) => Promise<void>) => {
    setNotice(undefined);
    return exclusive(label, body);
  };
  const ensureReview = async (progress: NonNullable<ServiceDeps['progress']>) => {
    if (review && !reviewStale) return review;
    const fresh = await runReview(deps(progress));
    freshReview(fresh);
    return fresh;
  };

  const onReview = () =>
    action(s.review, async (progress) => {
      setPanel('none');
      freshReview(await runReview(deps(progress)));
    });

  const onProposeFill = () =>
    action(s.computeAndFill, async (progress) => {
      const next = await proposeFill(deps(progress));
      freshReview(next.run);
      setProposal(next);
      setChosenCells(new Set(next.cells.map((c) => c.key)));
      setPanel('fill');
    });

  const onWriteFill = () =>
    action(s.computeAndFill, async (progress) => {
      if (!proposal) return;
      const result = await applyFill(port, proposal, chosenCells, progress);
      setLastFill(result);
      if (result.outcome.written.length > 0) setReviewStale(true);
      setPanel('none');
      setNotice(s.filled(result.outcome.written.length, result.outcome.skipped.length));
    });

  const onUndoFill = () =>
    action(s.undoFill, async () => {
      if (!lastFill) return;
      const n = await undoFill(port, lastFill);
      setLastFill(undefined);
      if (n > 0) setReviewStale(true);
      setNotice(s.undone(n));
    });

  const onInsert = () =>
    action(s.insertTemplates, async () => {
      const inserted = await insertTemplates(port, [...chosenTemplates], props.templates);
      setPanel('none');
      if (inserted.length > 0) setReviewStale(true);
      setNotice(s.inserted(inserted));
    });

  const onReport = () =>
    action(s.writeReport, async (progress) => {
      const outcome = await writeReport(port, await ensureReview(progress), lang, progress);
      // An existing 复核报告 is never overwritten: the port names the new sheet 复核报告(2), … and says which.
      setNotice(s.reportWritten(outcome.reportSheet ?? REPORT_SHEET_NAME));
    });

  const onMark = () =>
    action(s.mark, async (progress) => {
      const written = await markFindings(port, await ensureReview(progress), lang, capabilities, progress);
      setMarks(written);
      setNotice(s.marked(written.length) + (capabilities.notes ? '' : ` ${s.marksNoNotes}`));
    });

  const onClearMarks = () =>
    action(s.clearMarks, async () => {
      const n = await clearMarks(port, marks, review);
      setMarks([]);
      setNotice(s.marksCleared(n));
    });

  const onShow = (f: Finding) => action(s.review, async () => void (await showFinding(port, f)));

  const switchLang = () => {
    const next: Lang = lang === 'en' ? 'zh-CN' : 'en';
    setLang(next);
    props.onLangChange?.(next);
  };

  const disabled = busy !== undefined;
  const summary = review?.review.summary;
  return (
    <FluentProvider theme={webLightTheme} lang={lang === 'en' ? 'en' : 'zh-CN'}>
      <main className={styles.root} aria-busy={disabled}>
        <div className={styles.header}>
          <Text as="h1" className={styles.title}>{s.title}</Text>
          <ToggleButton size="small" checked={lang === 'en'} onClick={switchLang} data-testid="lang">
            {s.languageSwitch}
          </ToggleButton>
        </div>

        <div className={styles.actions}>
          <Button disabled={disabled} onClick={() => setPanel(panel === 'templates' ? 'none' : 'templates')}>{s.insertTemplates}</Button>
          <Button appearance="primary" disabled={disabled} onClick={onProposeFill}>{s.computeAndFill}</Button>
          <Button appearance="primary" disabled={disabled} onClick={onReview}>{s.review}</Button>
          <Button disabled={disabled} onClick={onReport}>{s.writeReport}</Button>
          <Button disabled={disabled} onClick={onMark}>{s.mark}</Button>
          <Button disabled={disabled} onClick={onClearMarks}>{s.clearMarks}</Button>
        </div>

        {busy && (
          <div className={styles.section} data-testid="progress">
            <ProgressBar
              thickness="large"
              value={busy.total ? (busy.done ?? 0) / busy.total : undefined}
              aria-label={busy.label}
            />
            <Spinner size="extra-tiny" labelPosition="after" label={busy.label || s.working} />
          </div>
        )}

        {error && (
          <MessageBar intent="error" data-testid="error">
            <MessageBarBody>
              <MessageBarTitle>{s.errorTitle}</MessageBarTitle>
              {error}
            </MessageBarBody>
          </MessageBar>
        )}
        {notice && (
          <MessageBar intent="success" data-testid="notice">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
        {lastFill && lastFill.undo.length > 0 && (
          <Button disabled={disabled} onClick={onUndoFill} data-testid="undo-fill">{s.undoFill}</Button>
        )}

        {panel === 'templates' && (
          <TemplatePicker
            choices={choices}
            selected={chosenTemplates}
            lang={lang}
            s={s}
            disabled={disabled}
            onToggle={(kind, on) => setChosenTemplates(toggled(chosenTemplates, kind, on))}
            onInsert={onInsert}
            onCancel={() => setPanel('none')}
          />
        )}
        {panel === 'fill' && proposal && (
          <FillPreview
            cells={proposal.cells}
            chosen={chosenCells}
            mergeUndo={capabilities.mergeUndo}
            s={s}
            disabled={disabled}
            onToggle={(key, on) => setChosenCells(toggled(chosenCells, key, on))}
            onToggleAll={(on) => setChosenCells(new Set(on ? proposal.cells.map((c) => c.key) : []))}
            onWrite={onWriteFill}
            onCancel={() => setPanel('none')}
          />
        )}

        {review && summary && (
          <section className={styles.section} data-testid="review">
            <Text weight="semibold">{s.reviewSummary(summary.errors, summary.warnings, summary.infos)}</Text>
            {reviewStale && (
              <Text size={200} italic data-testid="review-stale">
                {s.reviewStale}
              </Text>
            )}
            <FindingsPanel findings={review.review.findings} lang={lang} s={s} onShow={onShow} />
            <SummaryChart results={review.review.results} s={s} />
            <Text className={styles.hash}>{`${s.inputHash}: ${review.meta.inputSha256}`}</Text>
          </section>
        )}
      </main>
    </FluentProvider>
  );
}

function toggled<T>(set: ReadonlySet<T>, item: T, on: boolean): Set<T> {
  const next = new Set(set);
  if (on) next.add(item);
  else next.delete(item);
  return next;
}
