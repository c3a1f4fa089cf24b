import { describe, expect, it } from 'vitest';
import { evaluationBackupProblems } from './backupRules';
import { SERIOUS, goodDraft, shortDraft } from './testing';
import type { Evaluation, EvaluationReport } from './types';

const T = '2005-09-26T08:00:00.000Z';
const members = [
  { id: 'wang', kind: 'party', name: '王伟' },
  { id: 'qian', kind: 'masses', name: '钱小红' },
];
const record = (memberId: string, d = goodDraft(memberId), over: Partial<Evaluation> = {}): Evaluation => {
  const { requirement, helperName, facts, help, peerOpinion, massOpinion, ...rest } = d;
  return {
    ...rest,
    ...(requirement ? { requirement } : {}),
    ...(helperName ? { helperName } : {}),
    ...(facts ? { facts } : {}),
    ...(help ? { help } : {}),
    ...(peerOpinion ? { peerOpinion } : {}),
    ...(massOpinion ? { massOpinion } : {}),
    id: `e-${memberId}`,
    unitId: 'u',
    createdAt: T,
    updatedAt: T,
    ...over,
  };
};
const report = (over: Partial<EvaluationReport> = {}): EvaluationReport => ({
  id: 'r',
  unitId: 'u',
  recipients: '市委组织部、市先进性教育活动办公室',
  intro: '',
  supervisorReview: '同意',
  date: '2005-09-28',
  sentOn: '2005-09-28',
  memberIds: ['wang'],
  createdAt: T,
  updatedAt: T,
  ...over,
});

describe('a backup’s evaluation records', () => {
  it('passes what the page writes', () => {
    const proposed = shortDraft('wang', { distinctions: SERIOUS, proposal: 'notFulfilling', facts: '不参加组织生活', help: '三次谈心' });
    expect(evaluationBackupProblems({ members, evaluations: [record('wang', proposed)], evaluationReports: [report()] }, false)).toEqual([]);
  });

  it('R-EVAL-NOGRADE: refuses a grade the unit’s template forbids, keeps it where grades are allowed', () => {
    const graded = record('wang', goodDraft('wang', { grade: 'excellent' }));
    expect(evaluationBackupProblems({ members, evaluations: [graded], evaluationReports: [] }, false)).toEqual([
      'records.evaluations[0]: 王伟：本次活动不确定党员格次，评议意见中不能填写格次',
    ]);
    expect(evaluationBackupProblems({ members, evaluations: [graded], evaluationReports: [] }, true)).toEqual([]);
  });

  it('R-EVAL-FIVE: refuses a shortfall recorded without the five distinctions gone through', () => {
    const p = evaluationBackupProblems({ members, evaluations: [record('wang', shortDraft('wang', { distinctions: {} }))], evaluationReports: [] }, false);
    expect(p).toEqual(['records.evaluations[0]: 王伟：认定党员没有履行义务或不符合条件之前，要对照“五个区别开来”逐条作出判断，还有这几条没有判断（7 条）']);
  });

  it('refuses two opinions on one member, an opinion on a non-party person, and reports that do not say whom they carried', () => {
    const p = evaluationBackupProblems(
      {
        members,
        evaluations: [record('wang'), { ...record('wang'), id: 'e2' }, record('qian')],
        evaluationReports: [report({ memberIds: [] }), report({ id: 'r2', sentOn: '2005-09-27', memberIds: ['wang', 'wang'] })],
      },
      false,
    );
    expect(p).toEqual([
      'records.evaluations[1].memberId: 王伟有不止一份评议意见',
      'records.evaluations[2].memberId: 钱小红不是党员，不应有评议意见',
      'records.evaluationReports: 一个单位只应有一份拟上报党员情况报告',
      'records.evaluationReports[0].memberIds: 已报送的报告没有记录上报了哪些党员',
      'records.evaluationReports[1].memberIds: 上报的党员重复',
      'records.evaluationReports[1].sentOn: 报送日期早于报告日期',
    ]);
  });
});
