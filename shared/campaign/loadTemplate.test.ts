import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE_JSON, defaultTemplate } from './defaultTemplate';
import { DOCUMENT_KINDS } from '../documents';
import { DEFAULT_TEMPLATE_ID, formatPath, isKnownDocumentKind, parseTemplate } from './loadTemplate';
import { MEASURES } from './measures';

function copy(): Record<string, unknown> & { stages: Record<string, unknown>[] } {
  return JSON.parse(JSON.stringify(DEFAULT_TEMPLATE_JSON));
}

describe('campaign template', () => {
  it('the default template file parses', () => {
    const r = parseTemplate(DEFAULT_TEMPLATE_JSON);
    expect(r.ok).toBe(true);
    const t = defaultTemplate();
    expect(t.id).toBe(DEFAULT_TEMPLATE_ID);
    expect(t.version).toBe(1);
    expect(t.stages.map((s) => s.id)).toEqual(['study', 'analysis', 'rectify']);
    expect(t.focusStageId).toBe('analysis');
    expect(t.deadlines.mobilise).toBe('09-04');
  });

  it('the 2005 template does not allow grades (不确定党员格次)', () => {
    expect(defaultTemplate().allowGrades).toBe(false);
  });

  it('R-STAGE-LOOKBACK: the study stage carries a 回头看 checklist', () => {
    const study = defaultTemplate().stages[0];
    expect(study.lookback.length).toBeGreaterThanOrEqual(4);
    expect(study.lookback.every((i) => i.rule === 'R-STAGE-LOOKBACK')).toBe(true);
  });

  it('R-STAGE-SCHEDULE: 分析评议 ends before 10月1日', () => {
    const analysis = defaultTemplate().stages[1];
    expect(analysis.defaultDue <= '09-30').toBe(true);
    expect(analysis.defaultStart.startsWith('09-')).toBe(true);
  });

  it('has the six steps plus 转段, 贯穿始终 and 自查', () => {
    const steps = defaultTemplate().stages[1].steps.map((s) => s.id);
    expect(steps).toEqual([
      'transition', 'opinions', 'talks', 'selfAnalysis', 'meetings', 'notices', 'evaluation', 'throughout', 'selfCheck',
    ]);
  });

  it('R-STAGE-PLAN: plan actions of the focus stage lie inside its default dates', () => {
    const t = defaultTemplate();
    const st = t.stages[1];
    const actions = t.planActions.filter((a) => a.stageId === st.id);
    expect(actions.length).toBeGreaterThanOrEqual(9);
    for (const a of actions) expect(a.due >= st.defaultStart && a.due <= st.defaultDue).toBe(true);
  });

  it('every measure named by the template is registered', () => {
    const items = defaultTemplate().stages.flatMap((s) => [...s.lookback, ...s.steps.flatMap((x) => x.items)]);
    for (const i of items.filter((x) => x.measure)) expect(MEASURES[i.measure!]).toBeDefined();
  });

  it('thresholds have their defaults', () => {
    const th = defaultTemplate().thresholds;
    expect(th.satisfactionRate.value).toBe(0.7);
    expect(th.meetingAttendanceRatio.value).toBe(0.8);
    expect(th.talkCoverage.value).toBe(1);
    expect(th.lookbackDays.value).toBe(2);
  });

  it('a broken copy yields Chinese errors with paths', () => {
    const t = copy();
    t.stages[1].defaultDue = '9月30日';
    delete t.title;
    t.allowGrades = 'no';
    const r = parseTemplate(t);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toContain('stages[1].defaultDue: 日期应写作 MM-DD，例如 09-04');
    expect(r.error).toContain('title: 缺少此项');
    expect(r.error).toContain('allowGrades: 应为真假值（true 或 false）');
  });

  it('rejects unknown measure keys', () => {
    const t = copy();
    const steps = t.stages[1].steps as { items: { measure?: string }[] }[];
    steps[0].items[0].measure = 'roster.redy';
    const r = parseTemplate(t);
    expect(r).toEqual({ ok: false, error: ['stages[1].steps[0].items[0].measure: 未知的计算指标“roster.redy”'] });
  });

  it('rejects duplicate item ids and a missing focus stage', () => {
    const t = copy();
    t.focusStageId = 'nope';
    const study = t.stages[0] as { lookback: { id: string }[] };
    study.lookback[1].id = study.lookback[0].id;
    const r = parseTemplate(t);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toContain('focusStageId: 重点阶段 nope 不在阶段列表中');
    expect(r.error.some((e) => e.startsWith('stages[0].lookback[1].id: 检查项编号重复'))).toBe(true);
  });

  it('R-STAGE-SCHEDULE: a stage due before its start is refused', () => {
    const t = copy();
    t.stages[2].defaultStart = '12-01';
    const r = parseTemplate(t);
    expect(r).toEqual({ ok: false, error: ['stages[2].defaultDue: 整改提高阶段的截止日期早于开始日期'] });
  });

  it('R-STAGE-MOBILISE: the mobilise item is due on the mobilisation deadline', () => {
    const t = defaultTemplate();
    const item = t.stages[1].steps[0].items.find((i) => i.measure === 'mobilise.held');
    expect(item?.due).toBe(t.deadlines.mobilise);
  });

  it('a template without a whole version number ≥ 1 is refused', () => {
    const missing = copy();
    delete missing.version;
    expect(parseTemplate(missing)).toEqual({ ok: false, error: ['version: 缺少此项'] });
    for (const bad of [0, 1.5, '1']) {
      const t = copy();
      t.version = bad;
      expect(parseTemplate(t).ok, String(bad)).toBe(false);
    }
    const zero = copy();
    zero.version = 0;
    expect(parseTemplate(zero)).toEqual({ ok: false, error: ['version: 不能小于 1'] });
  });

  it('a migration must come from an older version and lead to items of this one', () => {
    const t = copy();
    t.migratesFrom = { version: 1, itemIds: { 'lookback.notes': 'lookback.studyNotes', 'lookback.catchUp': null } };
    const r = parseTemplate(t);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toEqual([
      'migratesFrom.version: 只能从更早的版本迁移（本模板为第 1 版）',
      'migratesFrom.itemIds.lookback.notes: 检查项 lookback.studyNotes 不在本模板中',
    ]);
    t.version = 2;
    t.migratesFrom = { version: 1, itemIds: { 'lookback.notes': 'lookback.report', 'lookback.catchUp': null } };
    expect(parseTemplate(t).ok).toBe(true);
  });

  it('the template names only document kinds that have a builder', () => {
    const t = defaultTemplate();
    expect(t.documentKinds.length).toBeGreaterThan(0);
    for (const kind of t.documentKinds) expect(DOCUMENT_KINDS, kind).toHaveProperty(kind);
    for (const kind of Object.keys(DOCUMENT_KINDS)) expect(isKnownDocumentKind(kind), kind).toBe(true);
    expect(isKnownDocumentKind('toString')).toBe(false);
  });

  it('rejects unknown document kinds', () => {
    const t = copy();
    (t.documentKinds as string[])[0] = 'workPlan';
    expect(parseTemplate(t)).toEqual({ ok: false, error: ['documentKinds[0]: 未知的文书种类“workPlan”'] });
  });

  it('rejects non-objects', () => {
    expect(parseTemplate(null).ok).toBe(false);
    expect(parseTemplate('x')).toEqual({ ok: false, error: ['应为对象'] });
  });

  it('formats paths', () => {
    expect(formatPath(['stages', 1, 'steps', 0, 'items'])).toBe('stages[1].steps[0].items');
  });
});
