import { applyFill, cellKey, fillPlan, proposeFill, undoFill } from '../../src/services/fillService';
import { FakePort } from './fakePort';
import { EARTH, FIXED_CLOCK, earthWorkbook, stubReview } from './fixtures';

const deps = (port: FakePort) => ({ port, clock: FIXED_CLOCK, engine: stubReview });

describe('fillService (计算并回填)', () => {
  it('proposes the cells it would write without writing anything', async () => {
    const port = new FakePort(earthWorkbook());
    const proposal = await proposeFill(deps(port));
    expect(proposal.cells.map((c) => [c.key, c.label, c.value])).toEqual([
      [`${EARTH}!F3`, '建筑用砂岩 供应量小计', '1500.5'],
      [`${EARTH}!D3`, '(occupied: never written)', '999'],
    ]);
    expect(port.calls).toEqual(['readWorkbook']);
  });

  it('writes the chosen cells in one plan with no report, notes or highlights', async () => {
    const port = new FakePort(earthWorkbook());
    const proposal = await proposeFill(deps(port));
    const chosen = new Set([cellKey(EARTH, 'F3')]);
    expect(fillPlan(proposal, chosen)).toEqual({ patches: [proposal.run.review.patches[0]], notes: [], highlights: [] });
    const result = await applyFill(port, proposal, chosen);
    expect(port.calls).toEqual(['readWorkbook', 'applyWritePlan']);
    expect(result.outcome.written).toEqual([{ sheet: EARTH, cell: 'F3' }]);
    expect(result.undo).toEqual([{ sheet: EARTH, cell: 'F3', value: null }]);
    expect(port.valueAt(EARTH, 'F3')).toBe(1500.5);
  });

  it('reports cells the port refused (no longer empty) and never overwrites them', async () => {
    const port = new FakePort(earthWorkbook());
    const result = await applyFill(port, await proposeFill(deps(port)));
    expect(result.outcome.skipped).toEqual([{ sheet: EARTH, cell: 'D3', reason: 'not empty' }]);
    expect(port.valueAt(EARTH, 'D3')).toBe(1200);
  });

  it('undoes its own write with the saved previous values', async () => {
    const port = new FakePort(earthWorkbook());
    const result = await applyFill(port, await proposeFill(deps(port)));
    expect(await undoFill(port, result)).toBe(1);
    expect(port.valueAt(EARTH, 'F3')).toBeNull();
    expect(port.calls.at(-1)).toBe('revert');
  });

  it('does not call Excel when nothing is chosen', async () => {
    const port = new FakePort(earthWorkbook());
    const result = await applyFill(port, await proposeFill(deps(port)), new Set());
    expect(result.outcome.written).toEqual([]);
    expect(await undoFill(port, result)).toBe(0);
    expect(port.calls).toEqual(['readWorkbook']);
  });
});
