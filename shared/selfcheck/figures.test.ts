import { describe, expect, it } from 'vitest';
import type { AnalysisFacts } from '../analysis/measures';
import { presenceOf } from '../opinions/coverage';
import type { OpinionFacts } from '../opinions/measures';
import type { TalkFacts } from '../talks/facts';
import { draftAssessments, draftShortcomings, gist } from './drafts';
import { figuresOf, flattenFigures, measuredFigures, type LaterFacts, type SelfCheckSources } from './figures';
import { selfCheckReportModel } from './reportModel';
import { SELF_CHECK_POINTS } from './points';

const names = (count: number, ...list: string[]) => ({ count, names: list });

function sources(over: { later?: Partial<LaterFacts>; today?: string } = {}): SelfCheckSources {
  const opinions: OpinionFacts = {
    presence: presenceOf(
      [
        { target: 'organisation', category: 'ideals', source: 'masses', channel: 'box' },
        { target: 'leadership', category: 'work', source: 'client', channel: 'forum' },
        { target: 'member', category: 'style', source: 'party', channel: 'talk' },
      ],
      42,
      17,
    ),
    lastYear: { fixed: 0, partial: 0, notFixed: 0 },
    feedback: { required: 20, missingCount: 3, missingNames: ['张三', '李四', '王五'], problems: [] },
  };
  const talks: TalkFacts = {
    hasParty: true,
    pairs: 30,
    awayPairs: 2,
    unlisted: 0,
    planned: 27,
    unplanned: names(3),
    done: 21,
    silent: names(2, '赵六', '钱七'),
    owing: names(0),
    noPartyTalk: names(0),
    noMassesTalk: null,
    leaders: [
      { name: '陈局长', total: 10, done: 10, missing: names(0) },
      { name: '王副局长', total: 10, done: 7, missing: names(3) },
    ],
  };
  const analysis: AnalysisFacts = {
    party: 40,
    notWritten: names(5, '彭晓东'),
    noRecorder: names(0),
    written: 35,
    dictated: 2,
    received: 1,
    waiting: names(4),
    returned: names(3),
    reviewed: 25,
    notPublic: names(0),
    publicNow: names(0),
    final: 12,
  };
  const later: LaterFacts = {
    branches: 3,
    democraticLife: { status: 'held', date: '2005-09-22' },
    orgLife: { planned: 1, held: 2 },
    attendance: { expected: 30, present: 28 },
    turns: 26,
    criticisms: 57,
    evaluated: 26,
    notices: { branchGiven: 2, leadershipGiven: true },
    survey: { rounds: 2, latest: { round: 2, status: 'closed', rate: 0.75, floor: 0.7, date: '2005-09-27' } },
    ...over.later,
  };
  return {
    opinions,
    talks,
    analysis,
    fix: { items: 8, done: 5, open: [{ label: '窗口排队', deadline: '2005-09-20' }, { label: '收费公开', deadline: '2005-10-10' }, { label: '回复', deadline: '2005-09-30' }], massesUnanswered: 1, massesUnansweredLabels: ['“x”'] },
    later,
    floor: 0.7,
    today: over.today ?? '2005-09-28',
  };
}

const value = (f: { label: string; value: string }[], label: string) => f.find((x) => x.label === label)?.value;

describe('the measured figures', () => {
  it('R-STAGE-SELFCHECK: each point shows the figures the records give: coverage, talks, material states, meetings, the ledger, satisfaction', () => {
    const f = measuredFigures(sources());
    expect(value(f.opinions, '征求到意见')).toBe('42条');
    expect(value(f.opinions, '涉及党员')).toBe('17名（共有党员40名）');
    expect(value(f.opinions, '提意见的有')).toBe('党员、群众、服务对象');
    expect(value(f.opinions, '征求方式')).toBe('3种（个别交谈、征求意见箱、座谈会）');
    expect(value(f.opinions, '已反馈意见')).toBe('17/20人');
    expect(f.talks).toEqual([
      { label: '应谈', value: '30对' },
      { label: '已安排时间地点', value: '27对' },
      { label: '已谈', value: '21对' },
      { label: '还没有谈心的', value: '2人' },
      { label: '与所在支部党员全部谈完的党员领导干部', value: '1/2人' },
    ]);
    expect(value(f.analysis, '已交')).toBe('35份（口述代记2份，外出党员寄回1份）');
    expect(value(f.analysis, '审阅通过')).toBe('25份');
    expect(value(f.analysis, '公示后定稿')).toBe('12份');
    expect(value(f.meetings, '领导班子专题民主生活会')).toBe('9月22日已召开');
    expect(value(f.meetings, '专题组织生活会')).toBe('2/3个支部已召开，1个在筹备');
    expect(value(f.meetings, '到会')).toBe('应到30人，实到28人');
    expect(value(f.meetings, '提出批评意见')).toBe('57条');
    expect(f.fixNow).toEqual([
      { label: '整改台账', value: '8项' },
      { label: '已完成', value: '5项' },
      { label: '正在整改', value: '3项' },
      { label: '已过期', value: '1项' },
      { label: '未列入台账的群众意见', value: '1条' },
    ]);
    expect(value(f.satisfaction, '满意度测评')).toBe('第2轮满意率75%（不得低于70%）');
    expect(value(f.satisfaction, '补课后重新测评')).toBe('1次');
    expect(value(f.satisfaction, '支部通报')).toBe('2/3个支部已向群众通报');
  });

  it('R-STAGE-SELFCHECK: figures follow the records and the day: a planned meeting, a survey still counting, a deadline passing', () => {
    const f = measuredFigures(
      sources({ later: { democraticLife: { status: 'planned', date: '2005-09-22' }, survey: { rounds: 1, latest: { round: 1, status: 'counting', date: '2005-09-27' } } }, today: '2005-10-01' }),
    );
    expect(value(f.meetings, '领导班子专题民主生活会')).toBe('计划9月22日召开');
    expect(value(f.satisfaction, '满意度测评')).toBe('第1轮正在统计');
    expect(value(f.satisfaction, '补课后重新测评')).toBeUndefined();
    expect(value(f.fixNow, '已过期')).toBe('2项');
    const none = measuredFigures(sources({ later: { democraticLife: null, survey: { rounds: 0, latest: null } } }));
    expect(value(none.meetings, '领导班子专题民主生活会')).toBe('尚未安排');
    expect(value(none.satisfaction, '满意度测评')).toBe('尚未开展');
  });

  it('R-STAGE-SELFCHECK: the drafted paragraphs say the same figures in plain words, and what is still missing', () => {
    const d = draftAssessments(sources());
    expect(d.opinions).toContain('本阶段共征求到意见42条，涉及党员17名');
    expect(d.opinions).toContain('还有3人没有反馈意见');
    expect(d.talks).toContain('应谈30对，已谈21对');
    expect(d.talks).toContain('还有2人没有谈心（赵六、钱七）');
    expect(d.analysis).toContain('全体40名党员中，已交党性分析材料35份');
    expect(d.analysis).toContain('还有5人没有交材料（彭晓东等 5 人）');
    expect(d.meetings).toContain('领导班子专题民主生活会于9月22日召开');
    expect(d.meetings).toContain('互相提出批评意见57条');
    expect(d.fixNow).toContain('其中1项已超过完成时限');
    expect(d.satisfaction).toContain('经过1次补课，第2轮群众满意度测评（9月27日）满意率为75%，达到不低于70%的要求');
    const low = draftAssessments(sources({ later: { survey: { rounds: 1, latest: { round: 1, status: 'closed', rate: 0.65, floor: 0.7, date: '2005-09-26' } } } }));
    expect(low.satisfaction).toContain('满意率为65%，低于70%的要求，需要补课后重新测评');
    expect(SELF_CHECK_POINTS.every((p) => d[p].length > 0)).toBe(true);
    expect(draftShortcomings([{ title: '普遍谈心', detail: '2 人还没有谈心' }])).toBe('1. 普遍谈心：2 人还没有谈心');
    // The report states the gist; the names stay on the checklist.
    expect(gist('16 对谈心还没有安排时间、地点：王建华—赵文斌、孙丽萍—王伟等 16 对')).toBe('16 对谈心还没有安排时间、地点');
    expect(gist('陈国栋已谈 10/13 人，未谈：胡斌、马丽娟；李秀英已谈 9/13 人')).toBe('陈国栋已谈 10/13 人');
    expect(gist('对照第一阶段，还有 1 处空白没有补上：对领导班子的理想信念方面还没有意见')).toBe('对照第一阶段，还有 1 处空白没有补上');
    const none = draftAssessments(sources({ later: { orgLife: { planned: 3, held: 0 }, notices: { branchGiven: 0, leadershipGiven: false } } }));
    expect(none.meetings).toContain('3个党支部的专题组织生活会都还没有召开，3个在筹备。');
    expect(none.satisfaction).toContain('各党支部尚未向群众通报民主评议情况，领导班子尚未向干部群众通报');
    expect(d.talks).toContain('党员领导干部2人中，1人已与所在支部党员全部谈完。');
  });

  it('keeps the figures through the record’s flat arrays into the 自查报告’s model', () => {
    const f = measuredFigures(sources());
    const flat = flattenFigures(f);
    expect(figuresOf(flat)).toEqual(f);
    const assessments = draftAssessments(sources());
    const model = selfCheckReportModel(
      { id: 'c', unitId: 'u', stageId: 'analysis', intro: '开头', assessments, ...flat, shortcomings: '不足', date: '2005-09-28', createdAt: '2005-09-28T09:00:00.000Z', updatedAt: '2005-09-28T09:00:00.000Z' },
      { name: '市经委', orgName: '中共市经委机关委员会' },
    );
    expect(model.points.talks).toEqual({ assessment: assessments.talks, figures: f.talks });
    expect(model).toMatchObject({ issuer: '中共市经委机关委员会', shortcomings: '不足', signature: { name: '中共市经委机关委员会', date: '2005-09-28' } });
    expect(model.nextSteps).toBeUndefined();
  });
});
