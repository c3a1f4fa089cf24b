/**
 * State machines as data: a table state × event → next state, or a refusal in Chinese. `next()`
 * never throws; an illegal event yields a reason naming the rule, for the UI to show and tests to
 * assert on. Used by the plan review (R-STAGE-PLAN) and meant for the 党性分析材料 review and a
 * survey's 补课 as well.
 */
import type { Reason } from './result';

/** An event that is named in a state's row but refused there, with why (shown as is). */
export interface Refusal {
  refuse: string;
}

export type TransitionTable<S extends string, E extends string> = Record<S, Partial<Record<E, S | Refusal>>>;

export interface TransitionSpec<S extends string, E extends string> {
  /** Rule id put on every refusal, e.g. `R-STAGE-PLAN`. */
  rule: string;
  /**
   * Chinese name of what moves through the states (工作方案, 党性分析材料), opening the generic
   * refusal: “工作方案处于“草稿”状态，不能把关通过”. Without it the refusal opens with 当前.
   */
  noun?: string;
  /** Chinese name of each state. */
  labels: Record<S, string>;
  /** Chinese name of each event, as a verb phrase (报督导组审核, 退回修改). */
  eventLabels: Record<E, string>;
  /** Events absent from a state's row are refused with the generic message. */
  table: TransitionTable<S, E>;
}

export type Step<S extends string> = { ok: true; value: S } | { ok: false; reasons: Reason[] };

export interface Transitions<S extends string, E extends string> extends Readonly<TransitionSpec<S, E>> {
  /** The state after `event` in `state`, or why the event is not allowed; `subjects` go on the reason. */
  next(state: S, event: E, subjects?: string[]): Step<S>;
  /** Events allowed in `state`, in the order of `eventLabels`. */
  allowed(state: S): E[];
}

function isRefusal<S extends string>(to: S | Refusal | undefined): to is Refusal {
  return typeof to === 'object' && to !== null;
}

export function defineTransitions<S extends string, E extends string>(spec: TransitionSpec<S, E>): Transitions<S, E> {
  const events = Object.keys(spec.eventLabels) as E[];
  // Rows are looked up by own key only: a stored state may be anything, even "constructor".
  const entry = (state: S, event: E): S | Refusal | undefined => {
    const row = Object.hasOwn(spec.table, state) ? spec.table[state] : undefined;
    return row && Object.hasOwn(row, event) ? row[event] : undefined;
  };
  const label = (state: S) => (Object.hasOwn(spec.labels, state) ? spec.labels[state] : state);
  const eventLabel = (event: E) => (Object.hasOwn(spec.eventLabels, event) ? spec.eventLabels[event] : event);

  return {
    ...spec,
    next(state, event, subjects) {
      const to = entry(state, event);
      if (to !== undefined && !isRefusal(to)) return { ok: true, value: to };
      const message = isRefusal(to)
        ? to.refuse
        : `${spec.noun ?? '当前'}处于“${label(state)}”状态，不能${eventLabel(event)}`;
      const reason: Reason = subjects?.length ? { rule: spec.rule, message, subjects } : { rule: spec.rule, message };
      return { ok: false, reasons: [reason] };
    },
    allowed(state) {
      return events.filter((e) => {
        const to = entry(state, e);
        return to !== undefined && !isRefusal(to);
      });
    },
  };
}
