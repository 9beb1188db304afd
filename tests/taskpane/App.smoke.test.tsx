import { renderToString } from 'react-dom/server';
import { App } from '../../src/taskpane/App';
import { FindingsPanel } from '../../src/taskpane/FindingsPanel';
import { STRINGS } from '../../src/taskpane/strings';
import { SummaryChart } from '../../src/taskpane/SummaryChart';
import { FakePort } from '../services/fakePort';
import { FINDINGS, stubReview } from '../services/fixtures';

// No jsdom here: a server render checks the components assemble and show the right texts; interaction is
// covered by the browser tests (playwright) on the built bundle.
describe('task pane (server-rendered smoke test)', () => {
  const props = { port: new FakePort({ sheets: [] }), capabilities: { mergeUndo: false, notes: true }, templates: [] };

  it('renders the six actions in zh-CN by default', () => {
    const html = renderToString(<App {...props} />);
    for (const label of ['插入模板', '计算并回填', '复核', '生成复核报告', '标记', '清除标记']) expect(html).toContain(`>${label}<`);
    expect(html).toContain('English');
  });

  it('renders in English when asked', () => {
    const html = renderToString(<App {...props} initialLang="en" />);
    expect(html).toContain('>Compute &amp; fill<');
    expect(html).toContain('>中文<');
  });

  it('lists findings grouped by sheet with clickable cells', () => {
    const html = renderToString(<FindingsPanel findings={FINDINGS} lang="zh-CN" s={STRINGS['zh-CN']} onShow={() => undefined} />);
    expect(html.indexOf('土石料平衡分析表')).toBeLessThan(html.indexOf('投资估算表'));
    expect(html).toContain('错误（2）');
    expect(html).toContain('豫自然资规〔2025〕13号 第二十五条');
    expect(html).toContain('>J3<');
    expect(html).toContain('整表');
  });

  it('draws the summary chart as plain SVG', () => {
    const html = renderToString(<SummaryChart results={stubReview().results} s={STRINGS['zh-CN']} />);
    expect(html).toContain('<svg');
    expect(html).toContain('建筑用砂岩（m³）');
    expect(html).toContain('工程施工费 3000 万元（75.0%）');
    expect(renderToString(<SummaryChart results={[]} s={STRINGS.en} />)).toBe('');
  });

  it('has the same keys in both languages', () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS['zh-CN']).sort());
  });
});
