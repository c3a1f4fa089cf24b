import { describe, expect, it } from 'vitest';
import { awaitsLedger, completionProblems, fixItemDraftProblems, isOverdue, rankFixItems, type OpinionLink } from './ledger';
import { cappedList, shortLabel } from './names';

const item = (id: string, opinionIds: string[], deadline: string, order = 0) => ({ id, opinionIds, deadline, order });
const opinions: OpinionLink[] = [
  { id: 'm1', source: 'masses' },
  { id: 'm2', source: 'masses' },
  { id: 'c1', source: 'client' },
  { id: 'p1', source: 'party' },
  { id: 'p2', source: 'party' },
  { id: 'p3', source: 'higher' },
];

describe('the 边议边改 ledger order', () => {
  it('R-FIX-NOW: what the masses raise most comes first, above items with more opinions from party members', () => {
    const ranked = rankFixItems(
      [
        item('free', [], '2005-09-10'),
        item('party3', ['p1', 'p2', 'p3'], '2005-09-10'),
        item('masses1', ['m1', 'p1'], '2005-09-30'),
        item('masses2', ['m2', 'c1'], '2005-09-30'),
      ],
      opinions,
    );
    expect(ranked.map((r) => r.item.id)).toEqual(['masses2', 'masses1', 'party3', 'free']);
    expect(ranked[0]).toMatchObject({ massesOpinions: 2, opinions: 2 });
    expect(ranked[2]).toMatchObject({ massesOpinions: 0, opinions: 3 });
  });

  it('R-FIX-NOW: 服务对象 count as the masses, and ties go by all opinions, then the earliest deadline, then entry order', () => {
    const ranked = rankFixItems(
      [
        item('late', ['c1'], '2005-09-30', 0),
        item('moreOpinions', ['m1', 'p1'], '2005-09-30', 1),
        item('early', ['m2'], '2005-09-12', 2),
        item('secondEntered', [], '2005-09-20', 4),
        item('firstEntered', [], '2005-09-20', 3),
      ],
      opinions,
    );
    expect(ranked.map((r) => r.item.id)).toEqual(['moreOpinions', 'early', 'late', 'firstEntered', 'secondEntered']);
  });

  it('counts nothing for a link to an opinion that no longer exists', () => {
    const ranked = rankFixItems([item('gone', ['deleted', 'deleted2'], '2005-09-01'), item('one', ['m1'], '2005-09-30')], opinions);
    expect(ranked.map((r) => [r.item.id, r.massesOpinions, r.opinions])).toEqual([
      ['one', 1, 1],
      ['gone', 0, 0],
    ]);
  });

  it('R-FIX-NOW: an open item is overdue the day after its deadline, a done one never', () => {
    expect(isOverdue({ status: 'open', deadline: '2005-09-20' }, '2005-09-20')).toBe(false);
    expect(isOverdue({ status: 'open', deadline: '2005-09-20' }, '2005-09-21')).toBe(true);
    expect(isOverdue({ status: 'done', deadline: '2005-09-20' }, '2005-10-01')).toBe(false);
  });
});

describe('which opinions the ledger should answer', () => {
  it('R-FIX-NOW: those of 群众 and 服务对象 on the organisation or the leadership, not one about a member or from party members', () => {
    expect(awaitsLedger({ source: 'masses', target: 'organisation' })).toBe(true);
    expect(awaitsLedger({ source: 'client', target: 'leadership' })).toBe(true);
    expect(awaitsLedger({ source: 'masses', target: 'member' })).toBe(false);
    expect(awaitsLedger({ source: 'party', target: 'organisation' })).toBe(false);
  });
});

describe('a ledger entry', () => {
  const ok = { opinionIds: ['m1'], problem: '办事要跑多趟', measure: '实行一次性告知', ownerName: '张三', deadline: '2005-09-20' };
  it('needs the problem, the measure, an owner and a deadline', () => {
    expect(fixItemDraftProblems(ok)).toEqual([]);
    expect(fixItemDraftProblems({ ...ok, ownerName: undefined, ownerId: 'x' })).toEqual([]);
    expect(fixItemDraftProblems({ opinionIds: [], problem: ' ', measure: '', ownerName: ' ', deadline: '2005-02-30' })).toEqual([
      '请填写存在的问题',
      '请填写整改措施',
      '请选定或填写责任人',
      '请选择完成时限',
    ]);
    expect(fixItemDraftProblems({ ...ok, opinionIds: ['m1', 'm1'] })).toEqual(['同一条意见不能重复关联']);
    expect(fixItemDraftProblems({ ...ok, problem: '问'.repeat(501) })).toEqual(['存在问题不能超过 500 个字']);
  });

  it('is done on a day not after today, with a result', () => {
    expect(completionProblems({ doneOn: '2005-09-20', result: '已实行' }, '2005-09-20')).toEqual([]);
    expect(completionProblems({ doneOn: '2005-09-21', result: ' ' }, '2005-09-20')).toEqual(['完成日期不能晚于今天', '请填写整改结果']);
    expect(completionProblems({ doneOn: '', result: '好' }, '2005-09-20')).toEqual(['请选择完成日期']);
  });
});

describe('short lists', () => {
  it('caps names with the total and cuts a long text at its first line', () => {
    expect(cappedList(['张三', '李四'], 2)).toBe('张三、李四');
    expect(cappedList(['张三', '李四'], 12)).toBe('张三、李四等 12 人');
    expect(cappedList(['“甲”'], 3, '项')).toBe('“甲”等 3 项');
    expect(cappedList([], 0)).toBe('');
    expect(shortLabel('  窗口服务态度生硬，群众办事排队时间长\n第二行', 8)).toBe('窗口服务态度生硬…');
    expect(shortLabel('短')).toBe('短');
  });
});
