import { t } from '../../../src/core/i18n';
import { buildHtmlReport, esc } from '../../../src/core/report/html';
import type { ReviewMeta } from '../../../src/core/report/meta';
import { reviewWorkbook } from '../../../src/core/review';
import type { Review } from '../../../src/core/review-model';
import { projectInfo, sheet, workbook } from '../../support/snapshot';

const META: ReviewMeta = { file: 'plan<1>.xlsx', inputSha256: 'a'.repeat(64), reviewedAt: '2026-01-02T03:04:05.000Z', inputsDigest: { sha256: 'b'.repeat(64), sheets: [] } };
const HOSTILE = '<script>alert("x")</script>';

function hostileReview(): Review {
  const wb = workbook(
    projectInfo([['省份', '河南'], ['编制日期', '2025-12-01']]),
    sheet('土石料平衡分析表', [
      ['序号', '土石料类别', '单位', '原地遗留量', '新产生量', '供应量小计', '本工程利用量', '剩余可处置量', '拟对外销售量', '评估单价（元/m³）', '评估价值（万元）', '处置底价（万元）'],
      [1, HOSTILE, 'm³', 1000, 500, null, 2000, null, 0, 10, null, null],
      [2, '表土', 'm³', 3000, 0, null, 1000, null, 500, 12, null, null],
    ]),
    sheet('竞价记录', [['标的', '竞买人', '报价（万元）'], ['表土', '<img src=x onerror=alert(1)>', 1]]),
  );
  return reviewWorkbook(wb);
}

describe('buildHtmlReport', () => {
  it('escapes the five HTML specials', () => {
    expect(esc(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;');
  });

  it('never lets workbook text through unescaped: a <script> in a cell appears as text', () => {
    const html = buildHtmlReport(hostileReview(), META, 'zh-CN');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('plan&lt;1&gt;.xlsx');
  });

  it('is standalone: no external resource, CSP forbids scripts and fetches', () => {
    const html = buildHtmlReport(hostileReview(), META, 'zh-CN');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
    expect(html).not.toMatch(/@import|url\(/);
  });

  it('has the summary, rule packs with validity, results, findings grouped by sheet with citations, and the charts', () => {
    const review = hostileReview();
    const html = buildHtmlReport(review, META, 'zh-CN');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('豫自然资规〔2025〕13号');
    expect(html).toContain('在有效期内');
    expect(html).toContain('earth.表土.disposable');
    expect(html).toContain('b'.repeat(64));
    // EARTH_SHORTFALL on the hostile row (use 2000 > supply 1500), under its sheet's heading
    expect(review.findings.some((f) => f.code === 'EARTH_SHORTFALL')).toBe(true);
    expect(html).toMatch(/<h3>土石料平衡分析表（\d+）<\/h3>/);
    expect(html).toContain('EARTH_SHORTFALL');
    expect(html).toContain('<svg class="chart"');
    expect(html).toContain('#a4262c'); // the negative disposable bar is drawn red
  });

  it('speaks English with lang en, and a plan outside a pack is flagged', () => {
    const review: Review = { ...hostileReview(), planDate: '2020-01-01', findings: [{ code: 'POLICY_EXPIRED', severity: 'warning', sheet: '项目信息', cell: null, message: t('过期', 'expired') }] };
    const html = buildHtmlReport(review, META, 'en');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('not in force');
    expect(html).toContain('expired');
  });
});
