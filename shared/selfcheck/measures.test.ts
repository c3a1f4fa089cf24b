import { describe, expect, it } from 'vitest';
import { itemStatus } from '../campaign/checklist';
import { checklistItems } from '../campaign/template';
import { makeSnapshot } from '../campaign/testing';
import { SELFCHECK_FEATURE, type SelfCheckFacts } from './measures';
import { SELF_CHECK_POINTS, type SelfCheckPoint } from './points';
import { readyGate } from './ready';

const TODAY = '2005-09-28';
const snapshot = makeSnapshot();
const stageId = snapshot.template.focusStageId;

/** The checklist item of the default template, as the home page computes it. */
function item(id: 'selfCheck.done' | 'selfCheck.report', f: SelfCheckFacts) {
  const tpl = checklistItems(snapshot.template).find((i) => i.id === id)!;
  return itemStatus(snapshot, { [SELFCHECK_FEATURE]: f }, tpl, TODAY);
}
const check = (over: Partial<SelfCheckFacts['checks'][number]> = {}): SelfCheckFacts => ({
  checks: [{ stageId, missing: [], savedOn: '2005-09-27', ...over }],
});
const assessments = (empty: SelfCheckPoint[] = []) =>
  Object.fromEntries(SELF_CHECK_POINTS.map((p) => [p, empty.includes(p) ? '  ' : '已按要求开展。'])) as Record<SelfCheckPoint, string>;

describe('selfCheck.done', () => {
  it('R-STAGE-SELFCHECK: the template’s item is decided by the data, not by a tick', () => {
    expect(item('selfCheck.done', { checks: [] })).toMatchObject({
      done: false,
      computed: true,
      feature: 'selfcheck',
      detail: '尚未开展阶段自查：请到“阶段自查”页对照六个方面填写自查情况并保存',
    });
  });

  it('R-STAGE-SELFCHECK: a point left empty keeps the item unmet, and names the point', () => {
    const r = item('selfCheck.done', check({ missing: ['talks', 'satisfaction'] }));
    expect(r).toMatchObject({ done: false, progress: { done: 4, total: 6 } });
    expect(r.detail).toBe('还有 2 个方面没有写自查情况：“谈心活动是否普遍、深入、有效”、“群众满意程度”');
    expect(item('selfCheck.done', check())).toMatchObject({ done: true, progress: { done: 6, total: 6 }, detail: '六个方面的自查情况都已填写（2005年9月27日保存）' });
  });

  it('R-STAGE-SELFCHECK: another stage’s self-inspection does not count for this one', () => {
    expect(item('selfCheck.done', { checks: [{ stageId: 'rectify', missing: [], savedOn: '2005-09-27' }] }).done).toBe(false);
  });
});

describe('selfCheck.report', () => {
  it('R-STAGE-SELFCHECK: met only once the report is exported and the stage put to the 督导组, each step saying what is missing', () => {
    expect(item('selfCheck.report', { checks: [] }).done).toBe(false);
    expect(item('selfCheck.report', check({ missing: ['fixNow'] })).detail).toMatch(/^先对照六个方面填写并保存自查情况/);
    expect(item('selfCheck.report', check())).toMatchObject({ done: false, detail: '自查情况已保存，还没有导出自查报告（修改后要重新导出）' });
    expect(item('selfCheck.report', check({ reportOn: '2005-09-28' }))).toMatchObject({ done: false, detail: '自查报告已于2005年9月28日导出，还没有提请督导组验收' });
    expect(item('selfCheck.report', check({ reportOn: '2005-09-28', readyOn: '2005-09-29' }))).toMatchObject({
      done: true,
      detail: '自查报告已于2005年9月28日导出，2005年9月29日已提请督导组检查验收',
    });
  });
});

describe('readyGate', () => {
  it('R-STAGE-SELFCHECK: refuses the request for acceptance until every point is assessed and the report exported, naming what is missing', () => {
    const none = readyGate(undefined);
    expect(none.ok).toBe(false);
    const partial = readyGate({ assessments: assessments(['opinions']), reportOn: undefined, readyOn: undefined });
    expect(partial.ok ? [] : partial.reasons).toEqual([
      { rule: 'R-STAGE-SELFCHECK', message: '还有 1 个方面没有写自查情况', subjects: ['征求意见是否广泛、真实，查找问题是否准确'] },
      { rule: 'R-STAGE-SELFCHECK', message: '还没有导出自查报告：请先导出（Word），核对后再提请验收' },
    ]);
    expect(readyGate({ assessments: assessments(), reportOn: '2005-09-28', readyOn: undefined })).toEqual({ ok: true });
    const twice = readyGate({ assessments: assessments(), reportOn: '2005-09-28', readyOn: '2005-09-28' });
    expect(twice.ok ? '' : twice.reasons[0].message).toBe('已于2005年9月28日提请督导组验收，不必重复提请');
  });
});
