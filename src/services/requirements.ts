/**
 * Office requirement sets. The manifest declares the minimum (tests/manifest checks it matches this list);
 * newer sets are feature-gated at run time with Office.context.requirements.isSetSupported.
 */
export interface RequirementSet {
  name: string;
  version: string;
  why: string;
}

export const MANIFEST_MINIMUM: RequirementSet[] = [
  { name: 'ExcelApi', version: '1.4', why: 'worksheet.getUsedRangeOrNullObject (reading a sheet that may be empty)' },
  { name: 'SharedRuntime', version: '1.1', why: 'task pane and custom functions share one long-lived runtime' },
];

export const RUNTIME_GATED: RequirementSet[] = [
  { name: 'ExcelApi', version: '1.18', why: 'notes on flagged cells (otherwise only the highlight is written)' },
  { name: 'ExcelApi', version: '1.20', why: 'Excel.run({ mergeUndoGroup: true }): one undo step for a whole fill' },
];

/** What the pane needs to know about the host; injected so tests and the browser double can choose. */
export interface HostCapabilities {
  /** Excel keeps the fill as one undo step (ExcelApi 1.20 mergeUndoGroup). */
  mergeUndo: boolean;
  /** Notes can be written (ExcelApi 1.18). */
  notes: boolean;
}

export function capabilitiesFrom(isSetSupported: (name: string, version: string) => boolean): HostCapabilities {
  return { mergeUndo: isSetSupported('ExcelApi', '1.20'), notes: isSetSupported('ExcelApi', '1.18') };
}
