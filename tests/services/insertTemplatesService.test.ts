import { t } from '../../src/core/i18n';
import type { TemplateModule } from '../../src/core/templates/types';
import { insertTemplates, templateChoices } from '../../src/services/insertTemplatesService';
import { FakePort } from './fakePort';

const template = (kind: TemplateModule['kind'], zh: string): TemplateModule => ({
  kind,
  title: t(zh, kind),
  sheetNames: [zh],
  review: () => false,
  blank: () => ({ name: zh, rows: [[zh], ['项目', '值']], headerRow: 1 }),
});

const TEMPLATES = [template('projectInfo', '项目信息'), template('earthBalance', '土石料平衡分析表'), template('bids', '竞价记录')];

describe('insertTemplatesService (插入模板)', () => {
  it('offers every template in engine order', () => {
    expect(templateChoices(TEMPLATES).map((c) => [c.kind, c.sheetName])).toEqual([
      ['projectInfo', '项目信息'],
      ['earthBalance', '土石料平衡分析表'],
      ['bids', '竞价记录'],
    ]);
  });

  it('inserts the chosen blank sheets in engine order, in one call', async () => {
    const port = new FakePort({ sheets: [] });
    const inserted = await insertTemplates(port, ['bids', 'projectInfo'], TEMPLATES);
    expect(port.calls).toEqual(['insertTemplates']);
    expect(port.inserted.map((s) => s.name)).toEqual(['项目信息', '竞价记录']);
    expect(inserted).toEqual([
      { requested: '项目信息', actual: '项目信息' },
      { requested: '竞价记录', actual: '竞价记录' },
    ]);
  });

  it('does not call Excel when nothing is chosen', async () => {
    const port = new FakePort({ sheets: [] });
    expect(await insertTemplates(port, [], TEMPLATES)).toEqual([]);
    expect(port.calls).toEqual([]);
  });
});
