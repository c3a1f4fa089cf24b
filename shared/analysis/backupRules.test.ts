import { describe, expect, it } from 'vitest';
import { analysisBackupProblems, type AnalysisRecords } from './backupRules';
import type { Analysis, AnalysisStep, AnalysisVersion } from './types';

const T = '2005-09-20T08:00:00.000Z';
const analysis = (extra: Partial<Analysis> = {}): Analysis => ({
  id: 'a1', unitId: 'u', memberId: 'm1', mode: 'self', state: 'final', version: 2,
  publicFrom: '2005-09-18', publicTo: '2005-09-20', createdAt: T, updatedAt: T, ...extra,
});
const version = (n: number): AnalysisVersion => ({ id: `v${n}`, unitId: 'u', analysisId: 'a1', version: n, problems: '问题', roots: '根源', measures: '措施', by: '张书记', savedAt: T });
const step = (event: AnalysisStep['event'], order: number, extra: Partial<AnalysisStep> = {}): AnalysisStep => ({
  id: `s${order}`, unitId: 'u', analysisId: 'a1', event, version: 1, reasons: [], by: '张书记', at: T, order, ...extra,
});
const good = (): AnalysisRecords => ({
  members: [{ id: 'm1', kind: 'party', name: '张三' }, { id: 'm2', kind: 'masses', name: '李四' }],
  analyses: [analysis()],
  analysisVersions: [version(1), version(2)],
  analysisSteps: [step('submit', 0), step('approve', 1), step('publish', 2), step('finalise', 3, { version: 2 })],
  analysisComments: [{ id: 'c1', unitId: 'u', analysisId: 'a1', from: '王五', text: '再具体些', date: '2005-09-19', createdAt: T }],
});

describe('a backup\'s 党性分析材料 against the app\'s rules', () => {
  it('accepts a material whose history backs its state', () => {
    expect(analysisBackupProblems(good())).toEqual([]);
  });

  it('refuses a material 定稿 without being submitted, reviewed or publicised, or missing a version', () => {
    const r = { ...good(), analysisSteps: [], analysisVersions: [version(2)], analysisComments: [] };
    expect(analysisBackupProblems(r)).toEqual([
      'records.analyses[0].version: 张三的材料应有第 1 至第 2 稿，每稿一份',
      'records.analyses[0].state: 张三的材料没有提交的记录，不能处于此状态',
      'records.analyses[0].state: 张三的材料没有审阅通过的记录，不能处于此状态',
      'records.analyses[0].state: 张三的材料没有公示的记录，不能处于此状态',
      'records.analyses[0].state: 张三的材料没有定稿的记录，不能处于此状态',
    ]);
  });

  it('refuses a return without a reason, a non-party author or recorder, two materials of one member, a comment before 公示', () => {
    const r = good();
    const problems = analysisBackupProblems({
      ...r,
      analyses: [analysis({ state: 'returned', publicFrom: undefined, publicTo: undefined, version: 1 }), analysis({ id: 'a2', memberId: 'm1', state: 'draft', version: 1, publicFrom: undefined, publicTo: undefined, mode: 'dictated', recorderId: 'm2' }), analysis({ id: 'a3', memberId: 'm2', state: 'draft', version: 1, publicFrom: undefined, publicTo: undefined })],
      analysisVersions: [version(1), { ...version(1), id: 'v21', analysisId: 'a2' }, { ...version(1), id: 'v31', analysisId: 'a3' }],
      analysisSteps: [step('submit', 0), step('return', 1)],
    });
    expect(problems).toEqual([
      'records.analyses[1].memberId: 张三有不止一份党性分析材料',
      'records.analyses[1].recorderId: 记录人李四不是党员',
      'records.analyses[2].memberId: 李四不是党员，不应有党性分析材料',
      'records.analysisSteps[1].reasons: 退回修改没有写明原因',
      'records.analysisComments[0].analysisId: 材料没有公示，不应有公示意见',
    ]);
  });
});
