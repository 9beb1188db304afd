import type { ExcelPort } from './port';

/**
 * STUB on the addin-shell branch: the Office.js implementation comes from the excel-adapter branch at merge
 * (same export name). The task pane imports it dynamically once Office.onReady has resolved.
 */
export function createLiveExcelPort(): ExcelPort {
  throw new Error('not implemented: createLiveExcelPort comes from the excel-adapter branch');
}
