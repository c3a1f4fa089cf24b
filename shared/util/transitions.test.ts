import { describe, expect, it } from 'vitest';
import { defineTransitions } from './transitions';

/**
 * An example, not the feature's table: the 党性分析材料 review as the helper is meant to carry it
 * (R-ANALYSIS-REVIEW, R-ANALYSIS-PUBLIC): 草稿 → 已提交 → 退回修改 ↺ → 审阅通过 → 公示中 → 定稿.
 */
type MaterialState = 'draft' | 'submitted' | 'returned' | 'reviewed' | 'public' | 'final';
type MaterialEvent = 'edit' | 'submit' | 'return' | 'approve' | 'publish' | 'finalize';

const material = defineTransitions<MaterialState, MaterialEvent>({
  rule: 'R-ANALYSIS-REVIEW',
  noun: '党性分析材料',
  labels: {
    draft: '草稿',
    submitted: '已提交',
    returned: '退回修改',
    reviewed: '审阅通过',
    public: '公示中',
    final: '定稿',
  },
  eventLabels: {
    edit: '修改',
    submit: '提交审阅',
    return: '退回修改',
    approve: '审阅通过',
    publish: '公示',
    finalize: '定稿',
  },
  table: {
    draft: { edit: 'draft', submit: 'submitted' },
    submitted: { return: 'returned', approve: 'reviewed' },
    returned: { edit: 'returned', submit: 'submitted' },
    reviewed: { publish: 'public', edit: { refuse: '党性分析材料已审阅通过，须先公示，听取党员意见后再修改' } },
    // Members comment on each other's material while it is public, then it is revised and fixed.
    public: { edit: 'public', finalize: 'final' },
    final: { edit: { refuse: '党性分析材料已定稿，不能再修改' } },
  },
});

describe('defineTransitions', () => {
  it('example, 党性分析材料: walks the material review from 草稿 to 定稿, with one return', () => {
    const events: MaterialEvent[] = ['edit', 'submit', 'return', 'edit', 'submit', 'approve', 'publish', 'edit', 'finalize'];
    const seen: MaterialState[] = [];
    let state: MaterialState = 'draft';
    for (const e of events) {
      const r = material.next(state, e);
      if (!r.ok) throw new Error(`${state} × ${e}: ${r.reasons[0].message}`);
      state = r.value;
      seen.push(state);
    }
    expect(seen).toEqual(['draft', 'submitted', 'returned', 'returned', 'submitted', 'reviewed', 'public', 'public', 'final']);
  });

  it('example, 党性分析材料: an event missing from the row is refused with a reason naming state and event', () => {
    expect(material.next('draft', 'approve')).toEqual({
      ok: false,
      reasons: [{ rule: 'R-ANALYSIS-REVIEW', message: '党性分析材料处于“草稿”状态，不能审阅通过' }],
    });
    expect(material.next('final', 'publish', ['张三'])).toEqual({
      ok: false,
      reasons: [{ rule: 'R-ANALYSIS-REVIEW', message: '党性分析材料处于“定稿”状态，不能公示', subjects: ['张三'] }],
    });
  });

  it('example, 党性分析材料: a declared refusal gives its own reason', () => {
    expect(material.next('final', 'edit', ['张三'])).toEqual({
      ok: false,
      reasons: [{ rule: 'R-ANALYSIS-REVIEW', message: '党性分析材料已定稿，不能再修改', subjects: ['张三'] }],
    });
    expect(material.next('reviewed', 'edit').ok).toBe(false);
  });

  it('lists the allowed events of a state in declaration order, refusals left out', () => {
    expect(material.allowed('draft')).toEqual(['edit', 'submit']);
    expect(material.allowed('submitted')).toEqual(['return', 'approve']);
    expect(material.allowed('reviewed')).toEqual(['publish']);
    expect(material.allowed('final')).toEqual([]);
  });

  it('an unknown stored state is refused, not thrown', () => {
    const stored = 'constructor' as MaterialState;
    expect(material.next(stored, 'submit')).toEqual({
      ok: false,
      reasons: [{ rule: 'R-ANALYSIS-REVIEW', message: '党性分析材料处于“constructor”状态，不能提交审阅' }],
    });
    expect(material.allowed(stored)).toEqual([]);
  });

  it('example, 测评补课: a survey below the threshold goes to 补课 and is surveyed again', () => {
    const survey = defineTransitions<'open' | 'passed' | 'catchUp', 'pass' | 'fail'>({
      rule: 'R-SURVEY-70',
      labels: { open: '测评中', passed: '满意', catchUp: '补课' },
      eventLabels: { pass: '认定满意', fail: '认定不满意' },
      table: {
        open: { pass: 'passed', fail: 'catchUp' },
        catchUp: { pass: 'passed', fail: 'catchUp' },
        passed: {},
      },
    });
    expect(survey.next('open', 'fail')).toEqual({ ok: true, value: 'catchUp' });
    expect(survey.next('catchUp', 'pass')).toEqual({ ok: true, value: 'passed' });
    expect(survey.next('passed', 'fail')).toEqual({
      ok: false,
      reasons: [{ rule: 'R-SURVEY-70', message: '当前处于“满意”状态，不能认定不满意' }],
    });
  });
});
