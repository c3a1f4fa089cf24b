import { describe, expect, it } from 'vitest';
import { surveyBackupProblems } from './backupRules';
import { closeProblems, deleteProblems, newRoundProblems, reopenProblems, roundEditProblems, tallyProblems, voteProblems, type RoundDraft } from './rounds';
import type { SurveyRound } from './types';

const T = '2005-09-28T09:00:00.000Z';
const TODAY = '2005-09-30';

function round(over: Partial<SurveyRound> = {}): SurveyRound {
  return {
    id: 'r1',
    unitId: 'unit-1',
    round: 1,
    scale: 'three',
    date: '2005-09-28',
    issued: 22,
    returned: 20,
    tallies: [{ subject: 'orgLife', counts: [10, 3, 7], invalid: 0 }],
    status: 'counting',
    createdAt: T,
    updatedAt: T,
    ...over,
  };
}
const closed = (over: Partial<SurveyRound> = {}) => round({ status: 'closed', floor: 0.7, rate: 0.65, closedOn: '2005-09-28', ...over });
const draft = (over: Partial<RoundDraft> = {}): RoundDraft => ({ date: '2005-09-30', scale: 'three', subjects: ['democraticLife', 'orgLife'], issued: 30, returned: 28, remedy: '', note: '', ...over });

describe('rounds', () => {
  it('R-SURVEY-70: after a round below the floor a 补课 round is required, saying what the 补课 did', () => {
    expect(newRoundProblems([], draft(), 0.7, TODAY)).toEqual([]);
    expect(newRoundProblems([closed()], draft(), 0.7, TODAY)).toEqual(['第1轮满意率低于70%，请写明补课情况（针对群众不满意的地方做了哪些工作）']);
    expect(newRoundProblems([closed()], draft({ remedy: '召开群众座谈会，逐条说明整改' }), 0.7, TODAY)).toEqual([]);
  });

  it('R-SURVEY-70: a round that reached the floor needs no other, unless the unit raised the floor since', () => {
    const met = closed({ tallies: [{ subject: 'orgLife', counts: [12, 3, 5], invalid: 0 }], rate: 0.75 });
    expect(newRoundProblems([met], draft({ remedy: 'x' }), 0.7, TODAY)).toEqual(['第1轮满意率75%，已达到70%，不需要重新测评']);
    expect(newRoundProblems([met], draft({ remedy: '补课' }), 0.8, TODAY)).toEqual([]);
  });

  it('refuses a second round while one is counting, bad numbers and dates', () => {
    expect(newRoundProblems([round()], draft(), 0.7, TODAY)).toEqual(['第1轮测评还在计票，请先完成这一轮']);
    expect(newRoundProblems([], draft({ date: '2005-10-02', issued: 0, returned: -1, subjects: [] }), 0.7, TODAY)).toEqual([
      '测评日期不能晚于今天',
      '请至少选择一个测评项目',
      '请填写发出的测评表份数（至少 1 份）',
      '收回的测评表份数应为 0 或正整数',
    ]);
    expect(newRoundProblems([], draft({ issued: 10, returned: 11 }), 0.7, TODAY)).toEqual(['收回的测评表（11 份）不能多于发出的（10 份）']);
    expect(newRoundProblems([closed()], draft({ date: '2005-09-27', remedy: '补课' }), 0.7, TODAY)).toEqual(['测评日期不能早于第1轮（2005年9月28日）']);
  });

  it('counts one ballot at a time, never past the ballots returned nor below zero', () => {
    expect(voteProblems(round({ tallies: [{ subject: 'orgLife', counts: [0, 0, 0], invalid: 0 }] }), 'orgLife', 0, 1)).toEqual([]);
    expect(voteProblems(round(), 'orgLife', 0, 1)).toEqual(['“党支部专题组织生活会”已计 20 张，等于收回的 20 张，不能再加；请核对收回数']);
    expect(voteProblems(round({ returned: 0, tallies: [{ subject: 'orgLife', counts: [0, 0, 0], invalid: 0 }] }), 'orgLife', 'invalid', 1)).toEqual(['请先填写收回的测评表份数']);
    expect(voteProblems(round(), 'orgLife', 'invalid', -1)).toEqual(['“党支部专题组织生活会”的“无效票”已经是 0 张，不能再减']);
    expect(voteProblems(round(), 'democraticLife', 0, 1)).toEqual(['本轮测评没有这个测评项目']);
    expect(voteProblems(round(), 'orgLife', 3, 1)).toEqual(['测评档次无效']);
    expect(voteProblems(closed(), 'orgLife', 0, -1)).toEqual(['第1轮测评已经完成，不能再计票']);
  });

  it('typed totals must fit the scale and the ballots returned', () => {
    expect(tallyProblems(round(), 'orgLife', [10, 5, 5], 0)).toEqual([]);
    expect(tallyProblems(round(), 'orgLife', [10, 5, 5, 1], 0)).toEqual(['票数和测评档次不对应']);
    expect(tallyProblems(round(), 'orgLife', [10, 5, 5], 1)).toEqual(['“党支部专题组织生活会”合计 21 张，多于收回的 20 张']);
    expect(tallyProblems(round(), 'orgLife', [1.5, 0, 0], 0)).toEqual(['“满意”的票数应为 0 或正整数']);
  });

  it('closes only when every ballot of every subject is counted', () => {
    expect(closeProblems(round())).toEqual([]);
    expect(closeProblems(round({ tallies: [{ subject: 'orgLife', counts: [10, 3, 5], invalid: 0 }] }))).toEqual(['“党支部专题组织生活会”已计 18 张，收回 20 张，还有 2 张没有计']);
    expect(closeProblems(round({ tallies: [{ subject: 'orgLife', counts: [0, 0, 0], invalid: 20 }] }))).toEqual(['“党支部专题组织生活会”没有有效票，算不出满意率']);
    expect(closeProblems(round({ returned: 0, tallies: [{ subject: 'orgLife', counts: [0, 0, 0], invalid: 0 }] }))).toEqual(['还没有填写收回的测评表份数']);
  });

  it('keeps every closed round: only the latest may be reopened, only a counting one deleted', () => {
    const second = round({ id: 'r2', round: 2, remedy: '补课' });
    expect(reopenProblems([closed(), second], closed())).toEqual(['已经有第2轮测评，第1轮的结果不能再改']);
    expect(reopenProblems([closed()], closed())).toEqual([]);
    expect(deleteProblems([closed()], closed())).toEqual(['第1轮测评已经完成，测评记录要保留，不能删除']);
    expect(deleteProblems([closed(), second], second)).toEqual([]);
  });

  it('an edit may not make the counted ballots more than those returned', () => {
    const d = { date: '2005-09-28', issued: 22, returned: 19, remedy: '', note: '' };
    expect(roundEditProblems(round(), d, undefined, TODAY)).toEqual(['“党支部专题组织生活会”已计 20 张，收回数不能少于已计的张数']);
  });
});

describe('surveyBackupProblems', () => {
  it('refuses a stored rate the ballots do not give, a half-counted closed round, twin rounds and a 补课 round without its 补课', () => {
    expect(surveyBackupProblems({ surveyRounds: [closed()] })).toEqual([]);
    expect(surveyBackupProblems({ surveyRounds: [closed({ rate: 0.9 })] })).toEqual(['records.surveyRounds[0].rate: 记录的满意率与计票结果不符（按计票应为 65.0%）']);
    expect(surveyBackupProblems({ surveyRounds: [closed({ tallies: [{ subject: 'orgLife', counts: [10, 3, 1], invalid: 0 }], rate: 13 / 14 })] })).toEqual([
      'records.surveyRounds[0].tallies: “党支部专题组织生活会”已计 14 张，收回 20 张，还有 6 张没有计',
    ]);
    expect(surveyBackupProblems({ surveyRounds: [closed(), closed({ id: 'x' })] })).toEqual(['records.surveyRounds[1].round: 第1轮测评重复（与第 1 条相同）']);
    expect(surveyBackupProblems({ surveyRounds: [round(), closed({ id: 'x', round: 2, remedy: ' ' })] })).toEqual([
      'records.surveyRounds[0].status: 第1轮测评还在计票，但已有更晚的第2轮',
      'records.surveyRounds[1].remedy: 第2轮是补课后的测评，要写明补课情况',
    ]);
  });
});
