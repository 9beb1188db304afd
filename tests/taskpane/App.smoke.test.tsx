import { renderToString } from 'react-dom/server';
import { App } from '../../src/taskpane/App';
import type { Finding } from '../../src/core/findings';
import { FillPreview, WINDOW_FROM } from '../../src/taskpane/FillPreview';
import { FINDINGS_PAGE, FindingsPanel } from '../../src/taskpane/FindingsPanel';
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

  it('shows the first 200 findings of a long list and offers the rest', () => {
    const many: Finding[] = Array.from({ length: 1000 }, (_, i) => ({
      code: 'INPUT_NOT_A_NUMBER', severity: 'error', sheet: '复垦地块表', cell: `E${i + 2}`, message: { zh: `第${i + 2}行面积应为数值`, en: `row ${i + 2}` },
    }));
    const html = renderToString(<FindingsPanel findings={many} lang="zh-CN" s={STRINGS['zh-CN']} onShow={() => undefined} />);
    expect(html.match(/<li/g)).toHaveLength(FINDINGS_PAGE);
    expect(html).toContain('错误（1000）');
    expect(html).toContain('>E201<');
    expect(html).not.toContain('>E202<');
    expect(html).toContain('显示更多（还有 800 条）');
  });

  it('renders a short fill list whole and a long one as a window, with select all / none', () => {
    const cells = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ key: `土石料平衡分析表!F${i + 2}`, sheet: '土石料平衡分析表', cell: `F${i + 2}`, label: `行${i + 2} 供应量小计`, value: `${i}`, kind: 'number' as const }));
    const render = (n: number) => {
      const list = cells(n);
      return renderToString(
        <FillPreview cells={list} chosen={new Set(list.map((c) => c.key))} mergeUndo s={STRINGS['zh-CN']} disabled={false}
          onToggle={() => undefined} onToggleAll={() => undefined} onWrite={() => undefined} onCancel={() => undefined} />,
      );
    };
    const short = render(WINDOW_FROM);
    expect(short.match(/type="checkbox"/g)).toHaveLength(WINDOW_FROM);
    expect(short).toContain('全不选');
    const long = render(20_000);
    expect(long.match(/type="checkbox"/g)!.length).toBeLessThan(40);
    expect(long).toContain('将写入以下 20000 个空白单元格');
    expect(long).toContain('写入 20000 个单元格');
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
