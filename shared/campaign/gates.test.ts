import { describe, expect, it } from 'vitest';
import { canEnterStage, currentStageId, validateAcceptance } from './gates';
import { lookbackTicks, makeAcceptance, makeSnapshot, makeTick } from './testing';

const NOW = '2005-09-02';

describe('stage gates', () => {
  it('the first stage is always open', () => {
    expect(canEnterStage(makeSnapshot(), 'study')).toEqual({ ok: true });
  });

  it('R-STAGE-LOOKBACK: stage 2 stays locked until a passed acceptance exists', () => {
    const s = makeSnapshot();
    s.ticks = lookbackTicks(s);
    const g = canEnterStage(s, 'analysis', NOW);
    expect(g.ok).toBe(false);
    if (g.ok) return;
    expect(g.reasons).toEqual([
      { rule: 'R-STAGE-LOOKBACK', message: '学习动员阶段尚未经督导组验收合格' },
    ]);
    s.acceptances = [makeAcceptance()];
    expect(canEnterStage(s, 'analysis', NOW)).toEqual({ ok: true });
  });

  it('R-STAGE-LOOKBACK: the reason names the unfinished 回头看 items', () => {
    const s = makeSnapshot();
    const [, , ...rest] = lookbackTicks(s);
    s.ticks = [...rest, makeTick('lookback.notes', { done: false })];
    const g = canEnterStage(s, 'analysis', NOW);
    if (g.ok) throw new Error('expected locked');
    expect(g.reasons[0].message).toBe(
      '学习动员阶段尚未经督导组验收合格（回头看未完成 2 项：学习时间和学习篇目达到市委要求、党员学习笔记和心得体会齐全）',
    );
    expect(g.reasons[0].subjects).toEqual(['学习时间和学习篇目达到市委要求', '党员学习笔记和心得体会齐全']);
  });

  it('R-STAGE-ACCEPT: a failed acceptance keeps the stage locked, with the 督导组 opinion', () => {
    const s = makeSnapshot({
      acceptances: [makeAcceptance({ passed: false, opinion: '学习笔记不全，补课后再验收', date: '2005-09-01' })],
    });
    const g = canEnterStage(s, 'analysis', NOW);
    if (g.ok) throw new Error('expected locked');
    expect(g.reasons[0]).toEqual({
      rule: 'R-STAGE-ACCEPT',
      message: '学习动员阶段验收未通过（督导组 赵明，2005年9月1日）：学习笔记不全，补课后再验收',
      subjects: ['赵明'],
    });
  });

  it('R-STAGE-ACCEPT: a later passed acceptance unlocks; a later failure locks again', () => {
    const failed = makeAcceptance({ passed: false, date: '2005-09-01', opinion: '补课' });
    const passed = makeAcceptance({ date: '2005-09-03', recordedAt: '2005-09-03T09:00:00.000Z' });
    expect(canEnterStage(makeSnapshot({ acceptances: [passed, failed] }), 'analysis').ok).toBe(true);
    const refailed = makeAcceptance({ passed: false, date: '2005-09-03', recordedAt: '2005-09-03T15:00:00.000Z', opinion: '复查不合格' });
    expect(canEnterStage(makeSnapshot({ acceptances: [passed, failed, refailed] }), 'analysis').ok).toBe(false);
  });

  it('R-STAGE-ACCEPT: the third stage needs the second accepted, and the first', () => {
    const a2 = makeAcceptance({ stageId: 'analysis', date: '2005-09-30' });
    const only2 = canEnterStage(makeSnapshot({ acceptances: [a2] }), 'rectify');
    expect(only2.ok).toBe(false);
    const s = makeSnapshot({ acceptances: [makeAcceptance(), a2] });
    expect(canEnterStage(s, 'rectify').ok).toBe(true);
    const g = canEnterStage(makeSnapshot({ acceptances: [makeAcceptance()] }), 'rectify');
    if (g.ok) throw new Error('expected locked');
    expect(g.reasons[0]).toMatchObject({ rule: 'R-STAGE-ACCEPT', message: '分析评议阶段尚未经督导组验收合格' });
  });

  it('currentStageId is the last stage that can be entered', () => {
    expect(currentStageId(makeSnapshot())).toBe('study');
    expect(currentStageId(makeSnapshot({ acceptances: [makeAcceptance()] }))).toBe('analysis');
    const both = [makeAcceptance(), makeAcceptance({ stageId: 'analysis', date: '2005-09-30' })];
    expect(currentStageId(makeSnapshot({ acceptances: both }))).toBe('rectify');
  });

  it('an unknown stage is refused with a reason', () => {
    expect(canEnterStage(makeSnapshot(), 'nope').ok).toBe(false);
  });
});

describe('validateAcceptance', () => {
  const ok = { stageId: 'study', supervisor: '赵明', date: '2005-09-01', opinion: '合格', passed: true };

  it('R-STAGE-ACCEPT: accepts a complete record', () => {
    expect(validateAcceptance(ok, NOW, makeSnapshot())).toEqual({ ok: true });
  });

  it('R-STAGE-ACCEPT: needs a supervisor, a past date and an opinion', () => {
    const g = validateAcceptance({ ...ok, supervisor: ' ', date: '2005-09-05', opinion: '', passed: false }, NOW);
    if (g.ok) throw new Error('expected reasons');
    expect(g.reasons.map((r) => r.message)).toEqual([
      '请填写验收的督导组同志姓名',
      '验收日期不能晚于今天（2005年9月2日）',
      '验收不合格时，请写明督导组意见和补课要求',
    ]);
    expect(g.reasons.every((r) => r.rule === 'R-STAGE-ACCEPT')).toBe(true);
  });

  it('R-STAGE-ACCEPT: rejects an invalid date and an unknown stage', () => {
    const g = validateAcceptance({ ...ok, stageId: 'x', date: '2005-02-30' }, NOW, makeSnapshot());
    if (g.ok) throw new Error('expected reasons');
    expect(g.reasons.map((r) => r.message)).toEqual(['模板中没有阶段 x', '请填写正确的验收日期']);
  });

  it('R-STAGE-ACCEPT: a stage not yet entered cannot be accepted', () => {
    const input = { ...ok, stageId: 'analysis' };
    const g = validateAcceptance(input, NOW, makeSnapshot());
    if (g.ok) throw new Error('expected reasons');
    expect(g.reasons.map((r) => r.message)).toEqual(['分析评议阶段尚未开始，不能验收']);
    expect(validateAcceptance(input, NOW, makeSnapshot({ acceptances: [makeAcceptance()] }))).toEqual({ ok: true });
  });
});
