import { describe, expect, it } from 'vitest';
import { boardTotals, filterRows, percent, satisfactionBands, stageCounts, stepColumns, stepStateCounts, type BoardRow } from './board';
import { satisfactionOf, stepState, type UnitSummary } from './summary';

const step = (id: string, state: UnitSummary['steps'][number]['state'], done = 1, total = 2) => ({ id, title: `步骤${id}`, state, done, total, items: [] });
function summary(name: string, over: Partial<UnitSummary> = {}): UnitSummary {
  return {
    unitId: name,
    unitName: name,
    orgName: `中共${name}委员会`,
    year: 2005,
    asOf: '2005-09-13',
    people: 40,
    party: 35,
    current: { id: 'analysis', title: '分析评议阶段', due: '2005-09-30', overdue: false, daysLeft: 17 },
    focus: { id: 'analysis', title: '分析评议阶段', locked: false },
    progress: { done: 1, total: 4 },
    steps: [step('a', 'done', 2, 2), step('b', 'going')],
    gates: [],
    overdue: [],
    overdueCount: 0,
    mobilisation: { state: 'done', deadline: '2005-09-04' },
    satisfaction: { floor: 0.7, below: false },
    acceptances: [],
    ...over,
  };
}

const rows: BoardRow[] = [
  { summary: summary('东城区商务局', { overdueCount: 2, overdue: [{ title: '制定谈心计划', due: '2005-09-08' }] }) },
  { summary: summary('西城区教育局', { satisfaction: { rate: 0.65, round: 1, floor: 0.7, below: true }, steps: [step('a', 'overdue'), step('b', 'notStarted', 0)] }), mark: { note: '边议边改见效快', by: '刘振华', date: '2005-09-20' } },
  { summary: summary('南城区卫生局', { current: { id: 'study', title: '学习动员阶段', due: '2005-08-31', overdue: true, daysLeft: -13 }, satisfaction: { rate: 0.92, round: 1, floor: 0.7, below: false } }) },
];

describe('R-SUPERVISE: the dashboard over the units', () => {
  it('filters by stage, by overdue items, by a survey below the floor, by 典型 and by name', () => {
    const names = (f: Parameters<typeof filterRows>[1]) => filterRows(rows, f).map((r) => r.summary.unitName);
    expect(names({})).toHaveLength(3);
    expect(names({ stageId: 'study' })).toEqual(['南城区卫生局']);
    expect(names({ overdueOnly: true })).toEqual(['东城区商务局']);
    expect(names({ belowFloorOnly: true })).toEqual(['西城区教育局']);
    expect(names({ typicalOnly: true })).toEqual(['西城区教育局']);
    expect(names({ text: '卫生' })).toEqual(['南城区卫生局']);
    expect(names({ overdueOnly: true, belowFloorOnly: true })).toEqual([]);
  });

  it('counts units per step state, per stage and per survey band, and the headline figures', () => {
    const s = rows.map((r) => r.summary);
    expect(stepColumns(s)).toEqual([
      { id: 'a', title: '步骤a' },
      { id: 'b', title: '步骤b' },
    ]);
    expect(stepStateCounts(s)[0].counts).toEqual({ done: 2, going: 0, notStarted: 0, overdue: 1 });
    expect(stepStateCounts(s)[1].counts).toEqual({ done: 0, going: 2, notStarted: 1, overdue: 0 });
    expect(stageCounts(s)).toEqual([
      { id: 'analysis', title: '分析评议阶段', units: 2 },
      { id: 'study', title: '学习动员阶段', units: 1 },
    ]);
    expect(satisfactionBands(s).map((b) => b.units)).toEqual([1, 1, 0, 0, 1]);
    expect(boardTotals(rows)).toMatchObject({ units: 3, withOverdue: 1, belowFloor: 1, surveyed: 2, typical: 1, stepsDone: 2, steps: 6 });
    expect(percent(0.655)).toBe('65.5%');
    expect(percent(0.7)).toBe('70%');
  });

  it('a step is overdue when an undone item is past due, done when all are, going or not started otherwise', () => {
    const item = (done: boolean, overdue = false) => ({ done, overdue }) as never;
    expect(stepState({ items: [item(true), item(false, true)], progress: { done: 1, total: 2 } })).toBe('overdue');
    expect(stepState({ items: [item(true), item(true)], progress: { done: 2, total: 2 } })).toBe('done');
    expect(stepState({ items: [item(true), item(false)], progress: { done: 1, total: 2 } })).toBe('going');
    expect(stepState({ items: [item(false)], progress: { done: 0, total: 1 } })).toBe('notStarted');
  });

  it('the survey as the dashboard reads it: the latest closed round, its lowest subject, against the floor', () => {
    const round = (n: number, status: 'closed' | 'counting', ...rates: (number | undefined)[]) => ({
      round: n,
      status,
      subjects: rates.map((rate, i) => ({ label: `对象${i}`, ...(rate === undefined ? {} : { rate }) })),
    });
    expect(satisfactionOf(undefined, 0.7)).toEqual({ floor: 0.7, below: false });
    expect(satisfactionOf({ rounds: [round(1, 'closed', 0.9, 0.68)] }, 0.7)).toEqual({ rate: 0.68, round: 1, floor: 0.7, below: true });
    expect(satisfactionOf({ rounds: [round(1, 'closed', 0.68), round(2, 'closed', 0.86, 0.8), round(3, 'counting', 0.1)] }, 0.7)).toEqual({ rate: 0.8, round: 2, floor: 0.7, below: false });
    expect(satisfactionOf({ rounds: [round(1, 'closed', 0.75)] }, 0.8).below).toBe(true);
  });
});
