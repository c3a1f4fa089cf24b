import { describe, expect, it } from 'vitest';
import { evaluationFacts, evaluationLists } from './facts';
import { opinionResult, reportResult } from './measures';

const names = new Map(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id, i) => [id, '赵钱孙李周吴郑王'[i] + '某']));
const facts = (party: string[], evaluated: string[], proposed: string[] = [], report?: { sentOn?: string; memberIds: string[] }) =>
  evaluationFacts(evaluationLists(party, evaluated, proposed, report), names);
const ALL = [...names.keys()];

describe('the evaluation’s checklist items', () => {
  it('R-EVAL-OPINION: the item is met only when every party member has an opinion, and names who has none', () => {
    expect(opinionResult(facts(ALL, ['a']))).toEqual({
      done: false,
      progress: { done: 1, total: 8 },
      detail: '还有 7 名党员没有评议意见：钱某、孙某、李某、周某、吴某、郑某等 7 人',
    });
    expect(opinionResult(facts(ALL, ALL, ['b']))).toEqual({ done: true, progress: { done: 8, total: 8 }, detail: '8 名党员都已有支部评议意见，其中拟上报 1 人' });
    // An opinion about someone no longer a party member does not count.
    expect(opinionResult(facts(['a', 'b'], ['a', 'x'])).done).toBe(false);
    expect(opinionResult(facts([], [])).detail).toBe('尚未录入党员名册');
  });

  it('R-EVAL-REPORT: with nobody proposed the item is met once everyone is evaluated; with someone proposed, once the report is sent with him or her', () => {
    expect(reportResult(facts(ALL, ALL))).toEqual({ done: true, detail: '无拟上报党员' });
    expect(reportResult(facts(ALL, ['a']))).toEqual({ done: false, detail: '党员评议还没有完成（还有 7 人未评议），暂无拟上报党员' });
    expect(reportResult(facts(ALL, ALL, ['c', 'd']))).toEqual({ done: false, detail: '拟上报 2 人，报告还没有报送组织部和活动办公室：孙某、李某' });
    expect(reportResult(facts(ALL, ALL, ['c', 'd'], { sentOn: '2005-09-28', memberIds: ['c'] }))).toEqual({
      done: false,
      detail: '1 名拟上报党员是报告送出后拟定的，还要补报：李某',
    });
    expect(reportResult(facts(ALL, ALL, ['c', 'd'], { sentOn: '2005-09-28', memberIds: ['c', 'd'] }))).toEqual({
      done: true,
      detail: '已于9月28日报送组织部和活动办公室，拟上报 2 人：孙某、李某',
    });
  });
});
