import { describe, expect, it } from 'vitest';
import { ANALYSIS_REVIEW, applyReviewStep, editEffect, type StepInput } from './review';
import type { AnalysisEvent, AnalysisState } from './types';

const texts = { problems: '我学习不够深入。', roots: '思想上放松了要求。', measures: '每月读一本书。' };
const base: StepInput = { mode: 'self', texts, today: '2005-09-20' };
const step = (state: AnalysisState, event: AnalysisEvent, extra: Partial<StepInput> = {}) => applyReviewStep(state, event, { ...base, ...extra });

describe('the review of a material (a transition table)', () => {
  it('goes 草稿 → 已提交 → 退回修改 ↺ → 审阅通过 → 公示中 → 定稿', () => {
    expect(step('draft', 'submit')).toEqual({ ok: true, state: 'submitted' });
    expect(step('submitted', 'return', { reasons: ['fewProblems'] })).toEqual({ ok: true, state: 'returned' });
    expect(step('returned', 'submit')).toEqual({ ok: true, state: 'submitted' });
    expect(step('submitted', 'approve')).toEqual({ ok: true, state: 'approved' });
    expect(step('approved', 'publish', { publicFrom: '2005-09-18', publicTo: '2005-09-20' })).toEqual({ ok: true, state: 'public' });
    expect(step('public', 'finalise', { publicTo: '2005-09-20' })).toEqual({ ok: true, state: 'final' });
  });

  it('refuses steps out of order with a reason, never an exception', () => {
    expect(step('draft', 'approve')).toEqual({
      ok: false,
      reasons: [{ rule: 'R-ANALYSIS-REVIEW', message: '材料还没有提交审阅，不能审阅通过' }],
    });
    expect(step('approved', 'submit')).toMatchObject({ ok: false, reasons: [{ message: '党性分析材料处于“审阅通过”状态，不能提交审阅' }] });
    expect(step('final', 'return', { reasons: ['inaccurate'] })).toMatchObject({ ok: false, reasons: [{ message: '材料已定稿，不能再退回' }] });
    expect(ANALYSIS_REVIEW.allowed('submitted')).toEqual(['return', 'approve']);
  });

  it('R-ANALYSIS-REWRITE: a return without a reason, or with one not in the list, is refused', () => {
    expect(step('submitted', 'return')).toEqual({ ok: false, reasons: [{ rule: 'R-ANALYSIS-REWRITE', message: '退回修改要选择退回的原因' }] });
    expect(step('submitted', 'return', { reasons: [] }).ok).toBe(false);
    expect(step('submitted', 'return', { reasons: ['写得太短'] })).toMatchObject({ ok: false, reasons: [{ message: '退回原因不在规定的几种之内：写得太短' }] });
    expect(step('submitted', 'return', { reasons: ['objectiveCauses', 'surfaceOnly'] }).ok).toBe(true);
  });

  it('R-ANALYSIS-REWRITE: a change after a return is a new version; the returned one is kept', () => {
    expect(editEffect('returned', true)).toEqual({ ok: true, newVersion: true });
    // The rewrite in progress, not yet seen by anyone, is saved over.
    expect(editEffect('returned', false)).toEqual({ ok: true, newVersion: false });
    expect(editEffect('draft', false)).toEqual({ ok: true, newVersion: false });
    expect(editEffect('submitted', true)).toMatchObject({ ok: false, reasons: [{ message: '材料已提交审阅：审阅人退回后才能修改' }] });
    expect(editEffect('final', true).ok).toBe(false);
  });

  it('R-ANALYSIS-MODE: an empty material, or a dictated one without its recorder, cannot be submitted', () => {
    expect(step('draft', 'submit', { texts: { problems: ' ', roots: '', measures: '' } })).toMatchObject({ ok: false, reasons: [{ rule: 'R-ANALYSIS-MODE' }] });
    expect(step('draft', 'submit', { mode: 'dictated' })).toEqual({
      ok: false,
      reasons: [{ rule: 'R-ANALYSIS-MODE', message: '口述代记的材料要写明记录人，请先选择记录人' }],
    });
    expect(step('draft', 'submit', { mode: 'dictated', recorderId: 'm2' }).ok).toBe(true);
  });

  it('R-ANALYSIS-PUBLIC: 公示 needs its period; 定稿 only once the period is over, after the revision', () => {
    expect(step('approved', 'publish')).toMatchObject({ ok: false, reasons: [{ rule: 'R-ANALYSIS-PUBLIC', message: '请写明公示的起止日期' }] });
    expect(step('approved', 'publish', { publicFrom: '2005-09-20', publicTo: '2005-09-19' })).toMatchObject({ ok: false, reasons: [{ message: '公示的结束日期不能早于开始日期' }] });
    expect(step('approved', 'publish', { publicFrom: '2005-09-21', publicTo: '2005-09-23' }).ok).toBe(false);
    expect(step('public', 'finalise', { publicTo: '2005-09-22' })).toMatchObject({ ok: false, reasons: [{ message: '公示期到2005年9月22日，公示期满后再修改定稿' }] });
    expect(step('public', 'finalise', { publicTo: undefined }).ok).toBe(false);
    // The revision after 公示 is a new version of the material.
    expect(editEffect('public', true)).toEqual({ ok: true, newVersion: true });
    expect(editEffect('approved', true).ok).toBe(false);
  });
});
