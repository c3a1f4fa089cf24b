import { describe, expect, it } from 'vitest';
import { defaultTemplate } from './defaultTemplate';
import {
  defaultSchedules,
  effectiveDue,
  extendSchedule,
  shiftForLateTransition,
  stageTiming,
  validateExtension,
  validateScheduleEdit,
} from './schedule';

const t = defaultTemplate();
const base = defaultSchedules(t, 'u1', 2005);
const analysis = base[1];

describe('R-STAGE-SCHEDULE', () => {
  it('R-STAGE-SCHEDULE: defaults come from the template in the unit year', () => {
    expect(base.map((x) => [x.stageId, x.start, x.due])).toEqual([
      ['study', '2005-07-01', '2005-08-31'],
      ['analysis', '2005-09-01', '2005-09-30'],
      ['rectify', '2005-10-01', '2005-11-30'],
    ]);
    expect(defaultSchedules(t, 'u1', 2024)[1].due).toBe('2024-09-30');
  });

  it('R-STAGE-SCHEDULE: timing counts days left and overdue against the effective due date', () => {
    expect(stageTiming(analysis, '2005-09-25')).toEqual({ daysLeft: 5, overdue: false, extended: false });
    expect(stageTiming(analysis, '2005-10-02')).toEqual({ daysLeft: -2, overdue: true, extended: false });
    const ext = extendSchedule(analysis, '2005-10-10', '专题组织生活会需补课');
    expect(effectiveDue(ext)).toBe('2005-10-10');
    expect(stageTiming(ext, '2005-10-02')).toEqual({ daysLeft: 8, overdue: false, extended: true });
  });

  it('R-STAGE-SCHEDULE: an extension needs a reason and a later date', () => {
    expect(validateExtension(analysis, '2005-10-10', '满意度未达70%，补课')).toEqual({ ok: true });
    const g = validateExtension(analysis, '2005-09-20', ' ');
    if (g.ok) throw new Error('expected reasons');
    expect(g.reasons.map((r) => r.message)).toEqual([
      '延长后的截止日期应晚于现在的截止日期（2005年9月30日）',
      '延长时间须写明理由（时间服从任务和质量）',
    ]);
    expect(g.reasons.every((r) => r.rule === 'R-STAGE-SCHEDULE')).toBe(true);
    expect(validateExtension(analysis, '2005-13-01', 'x').ok).toBe(false);
  });

  it('R-STAGE-SCHEDULE: a late transition shifts this and later stages, keeping durations', () => {
    const shifted = shiftForLateTransition(base, 'analysis', '2005-09-08');
    expect(shifted[0]).toBe(base[0]);
    expect(shifted[1]).toMatchObject({ start: '2005-09-08', due: '2005-10-07' });
    expect(shifted[2]).toMatchObject({ start: '2005-10-08', due: '2005-12-07' });
    expect(shiftForLateTransition(base, 'analysis', '2005-08-30')).toBe(base);
  });

  it('R-STAGE-SCHEDULE: a shift carries an extension along', () => {
    const withExt = [base[0], extendSchedule(analysis, '2005-10-05', '补课'), base[2]];
    expect(shiftForLateTransition(withExt, 'analysis', '2005-09-03')[1].extendedDue).toBe('2005-10-07');
  });

  it('R-STAGE-SCHEDULE: edits keep start before due and stages in order', () => {
    expect(validateScheduleEdit(t, base, { ...analysis, start: '2005-09-05' })).toEqual({ ok: true });
    const bad = validateScheduleEdit(t, base, { ...analysis, start: '2005-06-20', due: '2005-06-10' });
    if (bad.ok) throw new Error('expected reasons');
    expect(bad.reasons.map((r) => r.message)).toEqual([
      '分析评议阶段的开始日期不能晚于截止日期',
      '分析评议阶段的开始日期不能早于学习动员阶段的开始日期（2005年7月1日）',
    ]);
    const late = validateScheduleEdit(t, base, { ...analysis, due: '2005-12-10' });
    if (late.ok) throw new Error('expected reasons');
    expect(late.reasons[0].message).toBe('分析评议阶段的截止日期不能晚于整改提高阶段的截止日期（2005年11月30日）');
  });

  it('R-STAGE-SCHEDULE: invalid dates and a reasonless extension are refused', () => {
    const g = validateScheduleEdit(t, base, { ...analysis, start: '2005-9-1' });
    if (g.ok) throw new Error('expected reasons');
    expect(g.reasons[0].message).toBe('请填写正确的分析评议阶段开始日期');
    const e = validateScheduleEdit(t, base, { ...analysis, extendedDue: '2005-10-05' });
    if (e.ok) throw new Error('expected reasons');
    expect(e.reasons[0].message).toBe('分析评议阶段延长时间须写明理由');
  });
});
