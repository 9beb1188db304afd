import { createRoot } from 'react-dom/client';
import type { ExcelPort } from '../adapters/excel/port';
import type { Lang } from '../core/i18n';
import { capabilitiesFrom } from '../services/requirements';
import { App } from './App';
import { startWorkerEngine } from './startWorkerEngine';

const LANG_KEY = 'mine-plan.lang';

/**
 * The live port, loaded on first use: the pane renders at once and the Office.js adapter chunk downloads in the
 * background (awaiting it before the first render cost a network round trip). If it cannot be loaded, every call
 * fails with the reason, so the pane still renders and says why.
 */
function lazyLivePort(): ExcelPort {
  const loading: Promise<ExcelPort> = import('../adapters/excel/excelPortLive').then((m) => m.createLiveExcelPort());
  loading.catch(() => undefined); // reported by the first call that needs the port
  const call =
    <K extends keyof ExcelPort>(name: K) =>
    async (...args: Parameters<ExcelPort[K]>): Promise<Awaited<ReturnType<ExcelPort[K]>>> => {
      const port = await loading;
      return (port[name] as (...a: Parameters<ExcelPort[K]>) => Promise<Awaited<ReturnType<ExcelPort[K]>>>)(...args);
    };
  return {
    readWorkbook: call('readWorkbook'),
    applyWritePlan: call('applyWritePlan'),
    insertTemplates: call('insertTemplates'),
    selectCell: call('selectCell'),
    clearMarks: call('clearMarks'),
    revert: call('revert'),
  };
}

function storedLang(): Lang {
  try {
    return window.localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

function rememberLang(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Storage may be blocked in the Office webview; the choice then lasts for this session only.
  }
}

/** The document's file name from its URL or path, for the report's 文件 line. */
function documentName(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const last = url.split(/[\\/]/).pop();
  return last ? decodeURIComponent(last.split('?')[0]) : undefined;
}

/*
 * Inside Excel, or in a page whose script defines `Office` and `Excel` (the browser tests), Office.onReady
 * resolves and the live port is wired. The live port is a dynamic import (a separate chunk, fetched while the
 * pane renders) so nothing Office-specific runs before.
 */
Office.onReady().then(() => {
  const port = lazyLivePort();
  const runEngine = startWorkerEngine();
  const requirements = Office.context?.requirements;
  const capabilities = capabilitiesFrom((name, version) => requirements?.isSetSupported(name, version) ?? false);
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  createRoot(container).render(
    <App
      port={port}
      runEngine={runEngine}
      capabilities={capabilities}
      workbookName={documentName(Office.context?.document?.url)}
      initialLang={storedLang()}
      onLangChange={rememberLang}
    />,
  );
});
