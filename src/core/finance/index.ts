/** Pure finance functions (Decimal in, Decimal out), used by the 收益测算 template and MINEPLAN custom functions. */
export { RETURN_MODES, annuityPayment, growthFactor, investmentRecovery, parseReturnMode, reasonableReturn } from './returns';
export type { ReturnMode } from './returns';
export { discountedFlows, npv, polynomialAt, signChanges } from './npv';
export { IRR_SCAN_FROM, IRR_SCAN_TO, irr } from './irr';
export type { IrrResult } from './irr';
export { dynamicPaybackPeriod, paybackPeriod } from './payback';
export type { Payback } from './payback';
export { pppAnnualPayment, pppMode, pppSchedule } from './ppp';
export type { PppInputs, PppMode } from './ppp';
