import { describe, expect, it } from 'vitest';
import { cleanEvaluationDraft, evaluationGate, fiveReasons, gradeReasons, meetingOrderReasons, opinionReasons, proposalReasons } from './rules';
import { MILD, SERIOUS, goodDraft, shortDraft } from './testing';
import { DISTINCTION_TITLE } from './types';

const TODAY = '2005-09-28';
const messages = (rs: { message: string; subjects?: string[] }[]) => rs.map((r) => r.message);

describe('R-EVAL-OPINION', () => {
  it('R-EVAL-OPINION: every member gets a clear written opinion on a real day, not in the future', () => {
    expect(opinionReasons(goodDraft('m'), TODAY)).toEqual([]);
    expect(messages(opinionReasons(goodDraft('m', { opinion: '' }), TODAY))).toEqual(['请填写支部评议意见']);
    expect(messages(opinionReasons(goodDraft('m', { decidedOn: '2005-09-30' }), TODAY))).toEqual(['评议日期不能晚于今天']);
    expect(messages(opinionReasons(goodDraft('m', { decidedOn: '2005-02-30' }), TODAY))).toEqual(['请选择评议日期']);
  });

  it('R-EVAL-OPINION: a member who falls short gets a requirement, a deadline after the evaluation and someone who helps', () => {
    expect(opinionReasons(shortDraft('m'), TODAY)).toEqual([]);
    expect(messages(opinionReasons(shortDraft('m', { requirement: '', deadline: undefined, helperName: '' }), TODAY))).toEqual([
      '请写明对这名党员的明确要求',
      '请选择改进期限',
      '请指定帮助这名党员的同志',
    ]);
    expect(messages(opinionReasons(shortDraft('m', { deadline: '2005-09-26' }), TODAY))).toEqual(['改进期限要在评议日期之后']);
    // A helper picked from the roster is named from the roster.
    expect(opinionReasons(shortDraft('m', { helperName: '', helperId: 'sun' }), TODAY)).toEqual([]);
    // Not qualified is falling short too, even when the obligations are fulfilled.
    expect(messages(opinionReasons(shortDraft('m', { fulfils: true, qualified: false, helperName: '' }), TODAY))).toEqual(['请指定帮助这名党员的同志']);
  });

  it('R-EVAL-OPINION: the evaluation comes after the branch’s 专题组织生活会 is held, on or after its day', () => {
    expect(messages(meetingOrderReasons('机关第一党支部', [], '2005-09-26'))).toEqual(['机关第一党支部的专题组织生活会还没有召开，开过会以后才能评议党员']);
    expect(messages(meetingOrderReasons('机关第一党支部', [{ kind: 'orgLife', status: 'planned', date: '2005-09-22' }], '2005-09-26'))).toEqual([
      '机关第一党支部的专题组织生活会还没有召开（已安排在2005年9月22日），开过会以后才能评议党员',
    ]);
    // The leadership's 民主生活会 is not the branch's meeting.
    expect(meetingOrderReasons('机关第一党支部', [{ kind: 'democraticLife', status: 'held', date: '2005-09-20' }], '2005-09-26')).toHaveLength(1);
    const held = [{ kind: 'orgLife', status: 'held', date: '2005-09-22' }];
    expect(meetingOrderReasons('机关第一党支部', held, '2005-09-22')).toEqual([]);
    expect(messages(meetingOrderReasons('机关第一党支部', held, '2005-09-21'))).toEqual(['评议日期不能早于机关第一党支部专题组织生活会召开的日期（2005年9月22日）']);
    expect(messages(meetingOrderReasons(undefined, held, '2005-09-22'))).toEqual(['这名党员还没有分配党支部，请先在党员名册中设置']);
  });
});

describe('R-EVAL-FIVE', () => {
  it('R-EVAL-FIVE: a member is not said to fall short until each of the five distinctions and the two that run through them is answered, naming those left', () => {
    expect(fiveReasons(shortDraft('m'))).toEqual([]);
    const partly = fiveReasons(shortDraft('m', { distinctions: { understanding: 'mild', ability: 'na', causes: 'na' } }));
    expect(partly).toHaveLength(1);
    expect(partly[0].rule).toBe('R-EVAL-FIVE');
    expect(partly[0].message).toContain('逐条作出判断');
    // 不涉及 answers one of the five, never 主客观原因 or 一时一事.
    expect(partly[0].subjects).toEqual([DISTINCTION_TITLE.inexperience, DISTINCTION_TITLE.correcting, DISTINCTION_TITLE.branch, DISTINCTION_TITLE.causes, DISTINCTION_TITLE.pattern]);
    expect(fiveReasons(shortDraft('m', { distinctions: {} }))[0].subjects).toHaveLength(7);
  });

  it('R-EVAL-FIVE: a member is proposed upwards only on the serious side of one of the five, for his or her own lasting fault', () => {
    const proposal = { proposal: 'notFulfilling' as const, facts: '连续一年不参加组织生活。', help: '支部书记三次上门谈心。' };
    expect(fiveReasons(shortDraft('m', { ...proposal, distinctions: SERIOUS }))).toEqual([]);
    expect(messages(fiveReasons(shortDraft('m', { ...proposal, distinctions: MILD })))).toEqual([
      '“五个区别开来”每一条都不属于后一种情况，应当教育帮助，不能拟定为不履行党员义务',
      '问题主要是客观原因造成的，不能拟定为不履行党员义务',
      '一时一事的问题，不能拟定为不履行党员义务',
    ]);
    expect(messages(fiveReasons(shortDraft('m', { ...proposal, distinctions: { ...SERIOUS, pattern: 'mild' } })))).toEqual(['一时一事的问题，不能拟定为不履行党员义务']);
    // Education and help without a proposal needs no serious side.
    expect(fiveReasons(shortDraft('m', { distinctions: MILD }))).toEqual([]);
  });

  it('R-EVAL-FIVE: a member who fulfils the obligations and meets the conditions is not weighed against the five', () => {
    expect(messages(fiveReasons(goodDraft('m', { distinctions: { understanding: 'mild' } })))).toEqual(['履行党员义务、符合党员条件的党员，不需要对照“五个区别开来”']);
    // The page's leftovers are dropped when the opinion turns positive.
    const cleaned = cleanEvaluationDraft(goodDraft('m', { distinctions: SERIOUS, requirement: '按时交党费', helperName: '孙丽萍', proposal: 'notQualified' }));
    expect(cleaned).toMatchObject({ distinctions: {}, requirement: '', helperName: '' });
    expect(cleaned.proposal).toBeUndefined();
  });
});

describe('R-EVAL-NOGRADE', () => {
  it('R-EVAL-NOGRADE: a grade is refused while the template forbids grades, whatever the grade', () => {
    for (const grade of ['excellent', 'qualified', 'basic', 'unqualified'] as const) {
      expect(gradeReasons({ grade }, false)).toEqual([{ rule: 'R-EVAL-NOGRADE', message: '本次活动不确定党员格次，评议意见中不能填写格次' }]);
      expect(gradeReasons({ grade }, true)).toEqual([]);
    }
    expect(gradeReasons({}, false)).toEqual([]);
    const g = evaluationGate(goodDraft('m', { grade: 'excellent' }), { allowGrades: false, today: TODAY });
    expect(g.ok).toBe(false);
    expect(evaluationGate(goodDraft('m', { grade: 'excellent' }), { allowGrades: true, today: TODAY }).ok).toBe(true);
  });
});

describe('R-EVAL-REPORT', () => {
  it('R-EVAL-REPORT: a proposal matches the opinion and states the facts and the help given', () => {
    const d = shortDraft('m', { distinctions: SERIOUS, proposal: 'notFulfilling', facts: '连续一年不参加组织生活。', help: '三次上门谈心。' });
    expect(proposalReasons(d)).toEqual([]);
    expect(messages(proposalReasons({ ...d, facts: '', help: '' }))).toEqual(['拟定上报的，要写明这名党员的主要表现', '拟定上报的，要写明支部对他（她）做过的教育帮助']);
    expect(messages(proposalReasons({ ...d, proposal: 'notQualified' }))).toEqual(['拟定为“不符合党员条件”的，评议意见应为不符合党员条件']);
    expect(messages(proposalReasons({ ...d, fulfils: true, qualified: true }))).toEqual(['履行党员义务、符合党员条件的党员不能拟定上报']);
  });
});
