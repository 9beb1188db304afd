/** The chart data lives in core (the HTML report draws the same charts); the pane imports it from here. */
export { earthBars, earthScale, investSlices, type EarthBar, type InvestSlice } from '../core/report/chartData';
