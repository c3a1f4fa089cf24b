import { describe, expect, it } from 'vitest';
import { MEASURES } from '../campaign/measures';
import { makeSnapshot } from '../campaign/testing';
import { analysisFacts, factLists, idsToName, type FactsAnalysis } from './facts';
import type { AnalysisFacts } from './measures';
import type { AnalysisState } from './types';

const NOW = '2005-09-20';
const people = new Map([
  ['m1', { name: '张三' }],
  ['m2', { name: '李四', away: true }],
  ['m3', { name: '王五' }],
  ['m4', { name: '赵六' }],
]);
const party = [...people.keys()];
const a = (memberId: string, state: AnalysisState, extra: Partial<FactsAnalysis> = {}): FactsAnalysis => ({ memberId, state, mode: 'self', ...extra });
const facts = (list: FactsAnalysis[], ids = party): AnalysisFacts => {
  const l = factLists(ids, list);
  const wanted = new Set(idsToName(l));
  return analysisFacts(l, new Map([...people].filter(([id]) => wanted.has(id))));
};
const measure = (key: string, f: AnalysisFacts) => MEASURES[key].compute(makeSnapshot(), { analysis: f }, NOW);

describe('党性分析材料 measures', () => {
  it('waits for the facts, and says when there are no party members', () => {
    expect(MEASURES['selfAnalysis.written'].compute(makeSnapshot(), {}, NOW)).toMatchObject({ done: false, detail: '正在统计…' });
    expect(measure('selfAnalysis.public', facts([], []))).toEqual({ done: false, detail: '尚未录入党员名册' });
  });

  it('R-ANALYSIS-MODE: selfAnalysis.written names who has handed in nothing; an away member\'s material received in writing counts', () => {
    const f = facts([a('m1', 'submitted'), a('m2', 'draft'), a('m3', 'draft')]);
    expect(measure('selfAnalysis.written', f)).toEqual({
      done: false,
      progress: { done: 1, total: 4 },
      detail: '3 名党员还没有交党性分析材料：李四（外出）、王五、赵六',
    });
    const all = facts([a('m1', 'final'), a('m2', 'draft', { receivedOn: '2005-09-15' }), a('m3', 'returned'), a('m4', 'approved', { mode: 'dictated', recorderId: 'm1' })]);
    expect(measure('selfAnalysis.written', all)).toEqual({
      done: true,
      progress: { done: 4, total: 4 },
      detail: '4 名党员都已交党性分析材料（其中口述代记 1 份，外出党员书面寄回 1 份）',
    });
  });

  it('R-ANALYSIS-MODE: a dictated material handed in without its recorder keeps selfAnalysis.written open, naming it', () => {
    const f = facts([a('m1', 'final'), a('m2', 'final'), a('m3', 'final'), a('m4', 'submitted', { mode: 'dictated' })]);
    expect(measure('selfAnalysis.written', f)).toMatchObject({ done: false, detail: '1 份口述代记的材料没有写明记录人：赵六' });
  });

  it('R-ANALYSIS-REVIEW: selfAnalysis.reviewed names the materials waiting for their reviewer and those returned', () => {
    const f = facts([a('m1', 'submitted'), a('m2', 'returned'), a('m3', 'approved')]);
    expect(measure('selfAnalysis.reviewed', f)).toEqual({
      done: false,
      progress: { done: 1, total: 4 },
      detail: '等待审阅 1 份：张三；退回修改 1 份：李四；还没交材料 1 人',
    });
    expect(measure('selfAnalysis.reviewed', facts(party.map((id) => a(id, 'public'))))).toMatchObject({ done: true, detail: '4 份党性分析材料都已审阅通过' });
  });

  it('R-ANALYSIS-PUBLIC: selfAnalysis.public is done only when every material was publicised and finalised', () => {
    const f = facts([a('m1', 'final'), a('m2', 'public'), a('m3', 'approved'), a('m4', 'submitted')]);
    expect(measure('selfAnalysis.public', f)).toEqual({
      done: false,
      progress: { done: 1, total: 4 },
      detail: '公示中 1 份：李四；审阅通过还没公示 1 份：王五；还没审阅通过 1 人',
    });
    expect(measure('selfAnalysis.public', facts(party.map((id) => a(id, 'final'))))).toEqual({
      done: true,
      progress: { done: 4, total: 4 },
      detail: '4 份党性分析材料都已公示并修改定稿',
    });
  });

  it('reads at most a handful of names for a long list, and says how many there are', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `p${i}`);
    const l = factLists(ids, ids.slice(0, 1000).map((id) => a(id, 'final')));
    expect(idsToName(l)).toHaveLength(5);
    const f = analysisFacts(l, new Map(idsToName(l).map((id) => [id, { name: `党员${id}` }])));
    expect(measure('selfAnalysis.written', f).detail).toBe('1000 名党员还没有交党性分析材料：党员p1000、党员p1001、党员p1002、党员p1003、党员p1004等 1000 人');
  });
});
