import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { schemaOrderViolations } from '../../test/fixtures/documents/schemaOrder';
import { buildProgressReport, progressReportModel } from './report';
import type { BoardRow } from './board';
import type { UnitSummary } from './summary';

const summary = (name: string, over: Partial<UnitSummary> = {}): UnitSummary => ({
  unitId: name,
  unitName: name,
  orgName: `中共${name}委员会`,
  year: 2005,
  asOf: '2005-09-13',
  people: 40,
  party: 35,
  current: { id: 'analysis', title: '分析评议阶段', due: '2005-09-30', overdue: false, daysLeft: 17 },
  focus: { id: 'analysis', title: '分析评议阶段', locked: false },
  progress: { done: 11, total: 34 },
  steps: [{ id: 'talks', title: '谈心', state: 'overdue', done: 0, total: 3, items: [] }],
  gates: [],
  overdue: [],
  overdueCount: 0,
  mobilisation: { state: 'done', deadline: '2005-09-04' },
  satisfaction: { floor: 0.7, below: false },
  acceptances: [{ stageId: 'study', stageTitle: '学习动员阶段', passed: true, date: '2005-08-31', supervisor: '刘振华', signed: false }],
  ...over,
});

const rows: BoardRow[] = [
  { summary: summary('东城区商务局', { overdueCount: 1, overdue: [{ title: '制定谈心计划', due: '2005-09-08' }] }) },
  {
    summary: summary('西城区教育局', { satisfaction: { rate: 0.65, round: 1, floor: 0.7, below: true }, gates: [{ title: '召开领导班子专题民主生活会（六个不开）', reasons: ['4. 参会党员达到规定数量：实到 0 人'] }] }),
    mark: { note: '服务对象意见征求得广', by: '刘振华', date: '2005-09-20' },
  },
];

describe('R-SUPERVISE: the progress report upwards', () => {
  it('says where each unit stands, what is overdue or below 70 %, what is not yet possible, the acceptances and the 典型', () => {
    const m = progressReportModel(rows, [{ unitId: '东城区商务局', stageTitle: '分析评议阶段', passed: true, date: '2005-09-20' }], { group: '市第三督导组', date: '2005-09-20' });
    expect(m.intro).toContain('收到 2 个单位的数据包，其中 2 个处于分析评议阶段');
    expect(m.intro).toContain('1 个单位有超期事项');
    expect(m.units.map((u) => u.acceptance)).toEqual(['分析评议阶段合格（已签发回执）', '学习动员阶段合格（纸质验收）']);
    expect(m.units[1].satisfaction).toBe('65%');
    expect(m.problems).toEqual([
      '东城区商务局：1 项超期，制定谈心计划。',
      '西城区教育局：群众满意率65%，低于70%，须补课后重新测评。',
      '西城区教育局：召开领导班子专题民主生活会（六个不开）的条件尚未具备，4. 参会党员达到规定数量：实到 0 人。',
    ]);
    expect(m.typical).toEqual([{ unit: '西城区教育局', note: '服务对象意见征求得广' }]);
    expect(m.steps).toEqual([{ title: '谈心', done: 0, going: 0, notStarted: 0, overdue: 2 }]);
  });

  it('builds a Word file in the schema’s order, with every unit and the 典型 in it', async () => {
    const bytes = await buildProgressReport(progressReportModel(rows, [], { group: '市第三督导组', date: '2005-09-20' }));
    const parts = unzipSync(bytes);
    const xml = new TextDecoder().decode(parts['word/document.xml']);
    for (const text of ['市第三督导组', '东城区商务局', '西城区教育局', '服务对象意见征求得广', '发现的典型']) expect(xml).toContain(text);
    for (const name of ['word/document.xml', 'word/styles.xml', 'word/settings.xml']) expect(schemaOrderViolations(new TextDecoder().decode(parts[name]))).toEqual([]);
  });
});
