import { describe, expect, it } from 'vitest';
import { MEASURES } from '../campaign/measures';
import { defaultTemplate } from '../campaign/defaultTemplate';
import { coverageOf, presenceOfTally, tallyOpinions, type TallyInput } from './coverage';
import { feedbackDuties, type FeedbackPerson } from './feedback';
import {
  channelsResult,
  contentResult,
  continueResult,
  feedbackResult,
  lastYearResult,
  scopeResult,
  summaryResult,
  type OpinionFacts,
} from './measures';
import { OPINION_TARGETS } from './types';

const op = (o: Partial<TallyInput> = {}): TallyInput => ({
  target: 'leadership',
  category: 'style',
  channel: 'forum',
  source: 'masses',
  fromStage1: false,
  ...o,
});
/** What the facts loader reads, made from a list of opinions. */
const pres = (list: TallyInput[]) => presenceOfTally(tallyOpinions(list));
/** One opinion in each required cell, from 党员 by 座谈会. */
const fullMatrix = (extra: Partial<TallyInput> = {}) =>
  OPINION_TARGETS.flatMap((target) =>
    (['ideals', 'work', 'style'] as const).map((category) => op({ target, category, source: 'party', ...(target === 'member' ? { targetMemberId: 'm1' } : {}), ...extra })),
  );

describe('征求意见 measures', () => {
  it('R-OPIN-SCOPE: done only when 党员, 群众 and 服务对象 all gave opinions; names who is missing; 人大代表 and 政协委员 are optional', () => {
    const partyOnly = pres([op({ source: 'party' }), op({ source: 'higher' })]);
    expect(scopeResult(partyOnly)).toMatchObject({ done: false, progress: { done: 1, total: 3 } });
    expect(scopeResult(partyOnly).detail).toMatch(/^还没有群众、服务对象提的意见；人大代表、政协委员的意见可视情况征求/);
    // Without 服务对象 it is not done, however many others spoke ("不能可搞可不搞").
    const noClients = pres([op({ source: 'party' }), op({ source: 'masses' }), op({ source: 'npcDeputy' }), op({ source: 'cppccMember' })]);
    expect(scopeResult(noClients)).toMatchObject({ done: false, detail: '还没有服务对象提的意见；人大代表、政协委员也提了意见' });
    const all = pres([op({ source: 'party' }), op({ source: 'masses' }), op({ source: 'client', fromStage1: true })]);
    expect(scopeResult(all)).toMatchObject({ done: true, detail: expect.stringContaining('党员、群众、服务对象都已提出意见') });
  });

  it('R-OPIN-CONTENT: names each blank cell of 党组织, 领导班子, 党员个人 × 理想信念, 工作学习, 工作作风; 其他 fills no blank', () => {
    const r = contentResult(pres([...fullMatrix().filter((o) => !(o.target === 'leadership' && o.category === 'style')), op({ category: 'other' })]));
    expect(r).toEqual({ done: false, progress: { done: 8, total: 9 }, detail: '还有 1 处空白：对领导班子的工作作风方面还没有意见' });
    const many = contentResult(pres([op({ target: 'organisation', category: 'ideals' })]));
    expect(many.detail).toBe(
      '还有 8 处空白：对党组织的工作学习方面还没有意见；对党组织的工作作风方面还没有意见；对领导班子的理想信念方面还没有意见等 8 处',
    );
    expect(contentResult(pres(fullMatrix()))).toMatchObject({ done: true, detail: expect.stringContaining('涉及党员 1 名') });
  });

  it(`R-OPIN-CHANNELS: needs at least 3 different channels and says which were used`, () => {
    const two = pres([op({ channel: 'forum' }), op({ channel: 'forum' }), op({ channel: 'box' })]);
    expect(channelsResult(two)).toEqual({
      done: false,
      progress: { done: 2, total: 3 },
      detail: '只采用了 2 种方式：征求意见箱、座谈会，至少要 3 种，还可以用个别交谈、征求意见表、热线电话等',
    });
    const three = pres([op({ channel: 'forum' }), op({ channel: 'box' }), op({ channel: 'email', fromStage1: true })]);
    expect(channelsResult(three)).toMatchObject({ done: true, detail: '已采用 3 种方式：征求意见箱、座谈会、电子邮箱（至少 3 种）' });
  });

  it('R-OPIN-CONTINUE: each blank stage 1 left must be made up by a stage-2 opinion', () => {
    // Stage 1 heard the leadership from party members, 群众 and 服务对象 (座谈, 问卷), nothing on members.
    const stage1 = [
      ...fullMatrix({ fromStage1: true }).filter((o) => o.target !== 'member'),
      op({ source: 'masses', fromStage1: true }),
      op({ source: 'client', fromStage1: true }),
    ];
    const memberBlanks = ['对党员个人的理想信念方面还没有意见', '对党员个人的工作学习方面还没有意见', '对党员个人的工作作风方面还没有意见'];
    expect(continueResult(pres(stage1))).toEqual({
      done: false,
      progress: { done: 9, total: 12 },
      detail: `对照第一阶段，还有 3 处空白没有补上：${memberBlanks.join('；')}`,
    });
    expect(coverageOf(tallyOpinions(stage1)).stage1Gaps.map((g) => g.words)).toEqual(memberBlanks);
    // Stage 2 opinions on members made up two of the three blanks; the page's stage-1 layer says the same.
    const stage2 = [op({ target: 'member', targetMemberId: 'm1', category: 'ideals' }), op({ target: 'member', targetMemberId: 'm2', category: 'work' })];
    expect(continueResult(pres([...stage1, ...stage2]))).toMatchObject({ done: false, progress: { done: 11, total: 12 }, detail: expect.stringContaining(memberBlanks[2]) });
    expect(coverageOf(tallyOpinions([...stage1, ...stage2])).stage1GapsOpen.map((g) => g.words)).toEqual([memberBlanks[2]]);
    const made = [...stage1, ...stage2, op({ target: 'member', targetMemberId: 'm3', category: 'style' })];
    expect(continueResult(pres(made))).toMatchObject({ done: true, progress: { done: 12, total: 12 }, detail: expect.stringContaining('第一阶段留下的空白都已补上') });
    expect(coverageOf(tallyOpinions(made))).toMatchObject({ stage1GapsOpen: [] });
    expect(coverageOf(tallyOpinions(made)).stage1Gaps).toHaveLength(3);
    // A kind of people stage 1 never heard is a blank too.
    const noClients = continueResult(pres([...made.filter((o) => o.source !== 'client')]));
    expect(noClients).toMatchObject({ done: false, detail: expect.stringContaining('还没有服务对象提的意见') });
  });

  it('R-OPIN-CONTINUE: with nothing recorded from stage 1 every blank is stage 1’s, and the register must fill them all', () => {
    expect(continueResult(pres([]))).toMatchObject({ done: false, detail: expect.stringContaining('还没有录入意见') });
    const one = continueResult(pres([op()]));
    expect(one).toMatchObject({ done: false, progress: { done: 2, total: 12 } });
    expect(one.detail).toMatch(/^对照第一阶段，还有 10 处空白没有补上/);
    const full = [...fullMatrix(), op({ source: 'masses' }), op({ source: 'client' })];
    expect(coverageOf(tallyOpinions(full)).stage1Gaps).toHaveLength(12);
    expect(continueResult(pres(full))).toMatchObject({ done: true, progress: { done: 12, total: 12 } });
  });

  it('R-OPIN-LASTYEAR: done when last year’s opinions are recorded, each counted by its status', () => {
    expect(lastYearResult({ fixed: 0, partial: 0, notFixed: 0 })).toMatchObject({ done: false, detail: expect.stringContaining('还没有录入去年民主生活会') });
    expect(lastYearResult({ fixed: 2, partial: 1, notFixed: 1 })).toEqual({
      done: true,
      detail: '已检查去年民主生活会意见 4 条：已改 2 条，部分整改 1 条，未改 1 条',
    });
  });

  it('the summary is ready once the register holds opinions', () => {
    expect(summaryResult(pres([])).done).toBe(false);
    expect(summaryResult(pres([op(), op({ fromStage1: true })]))).toMatchObject({ done: true, detail: expect.stringContaining('2 条') });
  });

  it('wires every 征求意见 item of the default template to its measure', () => {
    const step = defaultTemplate().stages.flatMap((s) => s.steps).find((s) => s.id === 'opinions');
    expect(step?.items.map((i) => [i.id, i.measure])).toEqual(step?.items.map((i) => [i.id, i.id]));
    const facts: OpinionFacts = { presence: pres([]), lastYear: { fixed: 1, partial: 0, notFixed: 0 }, feedback: { required: 0, missingCount: 0, missingNames: [], problems: [] } };
    const snapshot = {} as Parameters<(typeof MEASURES)[string]['compute']>[0];
    expect(MEASURES['opinions.lastYear'].compute(snapshot, { opinions: facts }, '2005-09-10').done).toBe(true);
    expect(MEASURES['opinions.scope'].compute(snapshot, {}, '2005-09-10').detail).toBe('正在统计…');
  });
});

describe('R-OPIN-FEEDBACK: who must be told the opinions about them, and by whom', () => {
  const p = (id: string, o: Partial<FeedbackPerson> = {}): FeedbackPerson => ({ id, name: id, kind: 'party', roles: [], branchId: 'b1', ...o });
  const branches = [
    { id: 'b1', name: '第一支部' },
    { id: 'b2', name: '第二支部' },
  ];
  const people = [
    p('局长', { roles: ['unitHead', 'partyGroupSecretary'] }),
    p('副局长', { roles: ['teamMember', 'leaderCadre'] }),
    p('书记一', { roles: ['branchSecretary'] }),
    p('党员甲'),
    p('党员乙', { branchId: 'b2' }),
    p('群众丙', { kind: 'masses', branchId: undefined }),
  ];

  it('the unit head feeds back to team members, each branch secretary to the branch’s members; the givers and non-party people are not on the list', () => {
    const plan = feedbackDuties(people, branches);
    expect(plan.duties.map((d) => [d.receiverId, d.as, d.giverIds])).toEqual([
      ['副局长', 'team', ['局长']],
      ['党员甲', 'member', ['书记一']],
      ['党员乙', 'member', []],
    ]);
    expect(plan.problems).toEqual(['第二支部还没有设定支部书记']);
    const noHead = feedbackDuties([p('副局长', { roles: ['teamMember'] }), p('甲'), p('乙', { branchId: 'b2' })], branches);
    expect(noHead.problems).toEqual(['还没有设定单位主要负责同志', '第一支部、第二支部还没有设定支部书记']);
  });

  it('is done only when everyone on the list has had feedback, and names who has not', () => {
    expect(feedbackResult({ required: 12, missingCount: 7, missingNames: ['甲', '乙', '丙', '丁', '戊'], problems: [] })).toEqual({
      done: false,
      progress: { done: 5, total: 12 },
      detail: '7 人还没有反馈意见：甲、乙、丙、丁、戊等 7 人',
    });
    expect(feedbackResult({ required: 2, missingCount: 1, missingNames: ['乙'], problems: ['第二支部还没有设定支部书记'] }).detail).toBe(
      '1 人还没有反馈意见：乙；第二支部还没有设定支部书记（在党员名册中设定角色）',
    );
    expect(feedbackResult({ required: 0, missingCount: 0, missingNames: [], problems: [] }).done).toBe(false);
    expect(feedbackResult({ required: 3, missingCount: 0, missingNames: [], problems: [] })).toMatchObject({ done: true, progress: { done: 3, total: 3 } });
  });
});
