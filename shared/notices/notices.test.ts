import { describe, expect, it } from 'vitest';
import { MEASURES } from '../campaign/measures';
import { makeSnapshot } from '../campaign/testing';
import { buildBranchNotice, buildLeadershipNotice } from '../documents';
import type { Evaluation } from '../evaluation/types';
import type { MeetingAttendance, MeetingTurn, SpecialMeeting } from '../meetings/types';
import type { FixItem } from '../throughout/types';
import { plainText, readDocx } from '../../test/fixtures/documents/readDocx';
import { noticeBackupProblems } from './backupRules';
import { branchNoticeModel, leadershipNoticeModel } from './documentModels';
import type { NoticeFacts } from './measures';
import { giveNoticeGate, type NoticeOrderFacts } from './order';
import { evaluationResults, prefillBranchNotice, prefillLeadershipNotice } from './prefill';
import type { Notice } from './types';

const T = '2005-09-22T09:00:00.000Z';
const TODAY = '2005-09-27';
const held = { status: 'held' as const, date: '2005-09-22' };
const texts = { facts: '会议情况', problems: '问题', measures: '措施', direction: '方向', results: '结果' };

const meeting = (over: Partial<SpecialMeeting> = {}): SpecialMeeting => ({
  id: 'm1',
  unitId: 'u',
  kind: 'orgLife',
  branchId: 'b1',
  status: 'held',
  date: '2005-09-22',
  place: '机关三楼会议室',
  hostName: '王建国',
  recorderName: '李红',
  nonParty: ['赵大妈'],
  higherNames: ['孙明'],
  higherOrgs: ['市直机关工委'],
  supervisorNames: ['钱督导'],
  agenda: ['党员逐一作党性分析'],
  conclusions: '坚持边议边改\n转入整改提高阶段',
  heldAt: T,
  createdAt: T,
  updatedAt: T,
  ...over,
});
const present = (memberId: string, ok = true, reason?: string): MeetingAttendance => ({
  id: `a-${memberId}`,
  unitId: 'u',
  meetingId: 'm1',
  memberId,
  present: ok,
  ...(reason ? { absentReason: reason } : {}),
  createdAt: T,
  updatedAt: T,
});
const turn = (memberId: string, order: number, analysis: string): MeetingTurn => ({
  id: `t-${memberId}`,
  unitId: 'u',
  meetingId: 'm1',
  memberId,
  order,
  presentation: 'inPerson',
  analysis,
  criticFrom: ['李四'],
  criticisms: ['学习不够深入'],
  massComments: '群众认为服务态度有改进',
  createdAt: T,
  updatedAt: T,
});
const names = new Map([
  ['p1', '张三'],
  ['p2', '李四'],
  ['p3', '王五'],
]);
const fix: FixItem = {
  id: 'f1',
  unitId: 'u',
  opinionIds: [],
  problem: '办事要跑多趟',
  measure: '实行一次性告知制度',
  ownerId: 'p1',
  ownerName: '张三',
  deadline: '2005-09-30',
  status: 'open',
  order: 0,
  createdAt: T,
  updatedAt: T,
};
const ev = (over: Partial<Evaluation> = {}): Pick<Evaluation, 'fulfils' | 'qualified' | 'proposal'> => ({ fulfils: true, qualified: true, ...over });

describe('the branch notice (R-NOTICE-BRANCH)', () => {
  it('R-NOTICE-BRANCH: is refused before the branch meeting is held, naming the members not yet evaluated', () => {
    const f: NoticeOrderFacts = { kind: 'branch', branchName: '机关第一党支部', meeting: { status: 'planned', date: '2005-09-25' }, unevaluated: ['王五', '赵六'] };
    const g = giveNoticeGate(f, texts, TODAY, TODAY);
    expect(g).toEqual({
      ok: false,
      reasons: [
        { rule: 'R-NOTICE-BRANCH', message: '机关第一党支部的专题组织生活会还没有召开（计划2005年9月25日），召开以后才能通报' },
        { rule: 'R-NOTICE-BRANCH', message: '2 名党员还没有评议意见，评议完成后才能通报', subjects: ['王五', '赵六'] },
      ],
    });
    expect(giveNoticeGate({ kind: 'branch', branchName: '机关第一党支部', unevaluated: [] }, texts, TODAY, TODAY).ok).toBe(false);
    expect(giveNoticeGate({ ...f, meeting: held, unevaluated: [] }, texts, TODAY, TODAY)).toEqual({ ok: true });
  });

  it('R-NOTICE-BRANCH: not before the meeting’s day, not after today, not with a section empty', () => {
    const f: NoticeOrderFacts = { kind: 'branch', branchName: '一支部', meeting: held, unevaluated: [] };
    const reasons = (givenOn: string, t = texts) => {
      const g = giveNoticeGate(f, t, givenOn, TODAY);
      return g.ok ? [] : g.reasons.map((r) => (r.subjects ? `${r.message}：${r.subjects.join('、')}` : r.message));
    };
    expect(reasons('2005-09-21')).toEqual(['通报日期不能早于会议召开的日期（2005年9月22日）']);
    expect(reasons('2005-09-28')).toEqual(['通报日期不能晚于今天']);
    expect(reasons('2005-09-25', { ...texts, results: ' ', direction: '' })).toEqual(['通报内容还没有写完，请填写：今后努力方向、民主评议党员结果']);
  });

  it('R-NOTICE-BRANCH: the draft carries the meeting, members’ problems, measures, direction and the evaluation in counts, with no grade and no name', () => {
    const s = prefillBranchNotice({
      branchName: '机关第一党支部',
      records: {
        meeting: meeting(),
        attendance: [present('p1'), present('p2'), present('p3', false, '病假')],
        turns: [turn('p2', 2, '服务群众意识不强'), turn('p1', 1, '理论学习不深入\n工作标准不高')],
      },
      names,
      partyCount: 3,
      evaluations: [ev(), ev(), ev({ fulfils: false, proposal: 'notFulfilling' })],
      fixItems: [fix],
    });
    expect(s.facts).toBe(
      '2005年9月22日，机关第一党支部在机关三楼会议室召开专题组织生活会，王建国主持。应到党员3名，实到2名，王五因病假缺席。' +
        '上级党组织市直机关工委孙明，督导组钱督导到会指导。邀请群众代表赵大妈列席。' +
        '会上，2名党员逐一作党性分析，开展批评和自我批评，群众代表参与评议，共提出批评意见2条。',
    );
    expect(s.problems).toBe('张三：理论学习不深入；工作标准不高\n李四：服务群众意识不强');
    expect(s.measures).toBe('实行一次性告知制度（张三负责，2005年9月30日前完成）');
    expect(s.direction).toBe('坚持边议边改\n转入整改提高阶段');
    expect(s.results).toBe(
      '经党员自评、党员互评、群众评议和支部评定，支部对3名党员逐一提出了评议意见。其中2名党员能够履行党员义务、符合党员条件；1名党员存在差距，支部已提出明确要求和整改期限，并确定专人帮助。拟定为不履行党员义务的1名，已按规定报上级党组织。',
    );
    for (const word of ['优秀', '合格', '格次', '等次', '票', '王五：', '张三能', '李四能']) expect(s.results).not.toContain(word);
  });

  it('R-NOTICE-BRANCH: the checklist names the branches that have not informed the masses', () => {
    const facts = (f: Partial<NoticeFacts>): NoticeFacts => ({ branches: 3, notGiven: 0, notGivenNames: [], leadership: { drafted: false }, ...f });
    const m = (f: NoticeFacts) => MEASURES['notices.branch'].compute(makeSnapshot(), { notices: f }, TODAY);
    expect(m(facts({ notGiven: 2, notGivenNames: ['第二党支部', '离退休党支部'] }))).toEqual({
      done: false,
      progress: { done: 1, total: 3 },
      detail: '2 个支部尚未向群众通报：第二党支部、离退休党支部',
    });
    expect(m(facts({ notGiven: 7, branches: 8, notGivenNames: ['一', '二', '三', '四', '五'] })).detail).toBe('7 个支部尚未向群众通报：一、二、三、四、五等 7 个支部');
    expect(m(facts({}))).toMatchObject({ done: true, detail: '3 个支部都已向群众通报民主评议情况' });
    expect(m(facts({ branches: 0 }))).toMatchObject({ done: false, detail: '尚未设置党支部' });
  });

  it('a long list of members not yet evaluated is cut after ten names', () => {
    const many = Array.from({ length: 12 }, (_, i) => `党员${i + 1}`);
    const g = giveNoticeGate({ kind: 'branch', branchName: '一支部', meeting: held, unevaluated: many }, texts, TODAY, TODAY);
    expect(g.ok ? [] : g.reasons[0].subjects?.join('、')).toBe('党员1、党员2、党员3、党员4、党员5、党员6、党员7、党员8、党员9、党员10等 12 人');
  });

  it('evaluation results in counts: all fulfil, or some still to decide', () => {
    expect(evaluationResults(2, [ev(), ev()])).toBe('经党员自评、党员互评、群众评议和支部评定，支部对2名党员逐一提出了评议意见。2名党员都能履行党员义务、符合党员条件。');
    expect(evaluationResults(3, [ev()])).toContain('尚有2名党员的评议意见待定。');
    expect(evaluationResults(3, [])).toBe('');
  });
});

describe('the leadership notice (R-NOTICE-LEADERSHIP)', () => {
  it('R-NOTICE-LEADERSHIP: is refused before the 专题民主生活会 is held, and allowed after', () => {
    const g = giveNoticeGate({ kind: 'leadership' }, texts, TODAY, TODAY);
    expect(g).toEqual({ ok: false, reasons: [{ rule: 'R-NOTICE-LEADERSHIP', message: '领导班子专题民主生活会还没有安排，召开以后才能通报' }] });
    expect(giveNoticeGate({ kind: 'leadership', meeting: { status: 'planned', date: '2005-09-24' } }, texts, TODAY, TODAY).ok).toBe(false);
    expect(giveNoticeGate({ kind: 'leadership', meeting: held }, texts, TODAY, TODAY)).toEqual({ ok: true });
    const empty = giveNoticeGate({ kind: 'leadership', meeting: held }, { ...texts, measures: '' }, TODAY, TODAY);
    expect(empty.ok ? [] : empty.reasons.map((r) => r.subjects)).toEqual([['整改措施']]);
  });

  it('R-NOTICE-LEADERSHIP: the draft has the basic facts, the problems found and the ledger’s measures', () => {
    const s = prefillLeadershipNotice({
      orgName: '中共某市经济局党组',
      records: { meeting: meeting({ kind: 'democraticLife', branchId: undefined, nonParty: [] }), attendance: [present('p1'), present('p2')], turns: [turn('p1', 1, '深入基层调查研究不够')] },
      names,
      fixItems: [fix, { ...fix, id: 'f2', measure: '精简会议', ownerName: '办公室', ownerId: undefined, status: 'done', order: 1 }],
    });
    expect(s.facts).toContain('2005年9月22日，中共某市经济局党组领导班子在机关三楼会议室召开专题民主生活会，王建国主持。应到班子成员2名，实到2名。');
    expect(s.facts).toContain('督导组钱督导到会指导');
    expect(s.problems).toBe('张三：深入基层调查研究不够');
    expect(s.measures).toBe('实行一次性告知制度（张三负责，2005年9月30日前完成）\n精简会议（办公室负责，已完成）');
  });

  it('R-NOTICE-LEADERSHIP: the checklist says whether and how the leadership meeting was reported', () => {
    const m = (leadership: NoticeFacts['leadership']) =>
      MEASURES['notices.leadership'].compute(makeSnapshot(), { notices: { branches: 1, notGiven: 0, notGivenNames: [], leadership } }, TODAY);
    expect(m({ drafted: false })).toEqual({ done: false, detail: '尚未通报领导班子专题民主生活会情况' });
    expect(m({ drafted: true })).toEqual({ done: false, detail: '通报已起草，尚未向干部群众通报' });
    expect(m({ drafted: true, givenOn: '2005-09-26', way: 'meeting' })).toEqual({ done: true, detail: '已于2005年9月26日以“召开通报会”方式通报' });
  });
});

describe('the notices on paper', () => {
  const notice = (over: Partial<Notice>): Notice => ({
    id: 'n1',
    unitId: 'u',
    kind: 'branch',
    branchId: 'b1',
    facts: '9月22日，支部召开专题组织生活会。',
    problems: '张三：理论学习不深入',
    measures: '实行一次性告知制度',
    direction: '转入整改提高阶段',
    results: '支部对3名党员逐一提出了评议意见。',
    date: '2005-09-27',
    createdAt: T,
    updatedAt: T,
    ...over,
  });

  it('the branch notice prints its four parts, the measures after the problems, signed by the branch', async () => {
    const xml = readDocx(await buildBranchNotice(branchNoticeModel(notice({}), '某市经济局机关第一党支部')))['word/document.xml'];
    const text = plainText(xml);
    for (const s of ['某市经济局机关第一党支部关于召开专题组织生活会和开展民主评议党员情况的通报', '全体党员和群众：', '张三：理论学习不深入', '针对查摆出的问题，制定了以下整改措施：', '实行一次性告知制度', '四、民主评议党员结果', '2005年9月27日']) {
      expect(text, s).toContain(s);
    }
  });

  it('the leadership notice prints the secretary’s own title, recipients and signature', async () => {
    const n = notice({ kind: 'leadership', branchId: undefined, title: '关于局党组专题民主生活会的通报', recipients: '局机关全体干部', issuer: '中共某市经济局党组' });
    const text = plainText(readDocx(await buildLeadershipNotice(leadershipNoticeModel(n, '不用')))['word/document.xml']);
    for (const s of ['关于局党组专题民主生活会的通报', '局机关全体干部：', '一、专题民主生活会基本情况', '三、整改措施', '中共某市经济局党组']) expect(text, s).toContain(s);
    expect(text).not.toContain('不用');
  });
});

describe('noticeBackupProblems', () => {
  const n = (over: Partial<Notice>): Notice => ({ id: 'n', unitId: 'u', kind: 'branch', branchId: 'b1', facts: '', problems: '', measures: '', date: '2005-09-27', createdAt: T, updatedAt: T, ...over });
  it('one notice per branch and one for the leadership, each on its own meeting', () => {
    expect(noticeBackupProblems({ notices: [n({ meetingId: 'm1' }), n({ id: 'l', kind: 'leadership', branchId: undefined })], specialMeetings: [meeting()] })).toEqual([]);
    expect(noticeBackupProblems({ notices: [n({}), n({ id: 'x' })], specialMeetings: [] })).toEqual(['records.notices[1]: 同一支部的通报重复（与第 1 条相同）']);
    expect(noticeBackupProblems({ notices: [n({ branchId: 'b2', meetingId: 'm1' })], specialMeetings: [meeting()] })).toEqual(['records.notices[0].meetingId: 通报所对应的会议不是本支部的专题组织生活会']);
  });
});
