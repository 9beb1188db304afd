import { createRoot } from 'react-dom/client';
import type { ExcelPort } from '../adapters/excel/port';
import type { Lang } from '../core/i18n';
import { capabilitiesFrom } from '../services/requirements';
import { App } from './App';

const LANG_KEY = 'mine-plan.lang';

/** Every call fails with the reason the live port could not be created, so the pane still renders and says why. */
function unavailablePort(reason: unknown): ExcelPort {
  const fail = () => Promise.reject(reason instanceof Error ? reason : new Error(String(reason)));
  return { readWorkbook: fail, applyWritePlan: fail, insertTemplates: fail, selectCell: fail, clearMarks: fail, revert: fail };
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
 * resolves and the live port is wired. The live port is a dynamic import so nothing Office-specific runs before.
 */
Office.onReady().then(async () => {
  let port: ExcelPort;
  try {
    const { createLiveExcelPort } = await import('../adapters/excel/excelPortLive');
    port = createLiveExcelPort();
  } catch (e) {
    port = unavailablePort(e);
  }
  const requirements = Office.context?.requirements;
  const capabilities = capabilitiesFrom((name, version) => requirements?.isSetSupported(name, version) ?? false);
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  createRoot(container).render(
    <App
      port={port}
      capabilities={capabilities}
      workbookName={documentName(Office.context?.document?.url)}
      initialLang={storedLang()}
      onLangChange={rememberLang}
    />,
  );
});
