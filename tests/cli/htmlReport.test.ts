import { existsSync, mkdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { cli } from '../support/cli';
import { tempDir } from '../support/xlsx';
import { planFile } from './reviewerFixtures';

const CHROMIUM = '/usr/bin/chromium';

describe('mine-plan review --html', () => {
  let dir: string;
  let html: string;
  beforeAll(async () => {
    dir = tempDir();
    const file = await planFile(dir, 'plan.xlsx', {
      bids: [['建筑用砂岩', '甲<b>公司</b>', 240], ['建筑用砂岩', '乙公司', 231], ['<script>document.title="pwned"</script>', '丙公司', 1]],
    });
    html = join(dir, 'report.html');
    const { code, stdout, stderr } = await cli('review', file, '--html', html);
    expect(stderr).toBe('');
    expect(code).toBe(1); // the hostile lot has no floor: INPUT_MISSING
    expect(stdout).toContain('计算复核报告'); // the text report still goes to stdout
    expect(stdout).toContain(`已写出 HTML 复核报告：${html}`);
  });

  it('writes the report with the results and keeps --json output unchanged', async () => {
    const text = readFileSync(html, 'utf8');
    expect(text).toContain('bids.建筑用砂岩.winner');
    expect(text).toContain('甲&lt;b&gt;公司&lt;/b&gt;');
    expect(text).toContain('&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;');
    expect(text).not.toContain('<script');
    const { stdout } = await cli('review', await planFile(tempDir(), 'p.xlsx'), '--json', '--html', join(tempDir(), 'r.html'));
    expect(() => JSON.parse(stdout)).not.toThrow();
  });

  it('refuses to overwrite an existing file without --force (exit 2)', async () => {
    const { code, stderr } = await cli('review', await planFile(tempDir(), 'q.xlsx'), '--html', html);
    expect(code).toBe(2);
    expect(stderr).toContain('已存在');
  });

  const browserTest = existsSync(CHROMIUM) ? it : it.skip;
  if (!existsSync(CHROMIUM)) {
    console.warn(`skipping the headless-Chromium test of the HTML report: ${CHROMIUM} is absent (apt-get install -y chromium fonts-wqy-microhei)`);
  }
  browserTest('opens in headless Chromium with no script run, no request, and a screenshot saved', async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      const requests: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith('file:')) requests.push(r.url());
      });
      await page.goto(`file://${html}`);
      expect(await page.title()).not.toBe('pwned');
      expect(await page.locator('h1').innerText()).toContain('计算复核报告');
      expect(await page.locator('svg.chart').count()).toBeGreaterThanOrEqual(1);
      expect(await page.locator('script').count()).toBe(0);
      expect(await page.getByText('<script>document.title="pwned"</script>', { exact: false }).count()).toBeGreaterThanOrEqual(1);
      expect(requests).toEqual([]);
      const artifacts = join(__dirname, '..', '..', 'test-artifacts');
      mkdirSync(artifacts, { recursive: true });
      await page.screenshot({ path: join(artifacts, 'html-report.png'), fullPage: true });
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.length).toBeGreaterThan(1000);
    } finally {
      await browser.close();
    }
  });
});
