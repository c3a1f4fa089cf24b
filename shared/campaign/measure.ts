/**
 * A computed checklist measure: a template item naming a `measure` is done when the data says
 * so. Each feature declares its measures (pure functions over its own small facts and the
 * campaign state) in shared/<area>/measures.ts; ./measures.ts only combines them.
 */
import type { CampaignSnapshot } from './snapshot';

export interface MeasureResult {
  done: boolean;
  progress?: { done: number; total: number };
  /** One line in Chinese saying what the data shows or what is missing. */
  detail: string;
}

/** Each feature's facts, by feature id, as its facts loader read them (counts and names). */
export type UnitFacts = Readonly<Record<string, unknown>>;

export interface Measure {
  key: string;
  label: string;
  /** The feature whose page the user goes to when the item is not done. */
  feature: string;
  compute(s: CampaignSnapshot, facts: UnitFacts, now: string): MeasureResult;
}

const PENDING: MeasureResult = { done: false, detail: '正在统计…' };

/** A measure over the facts of its own feature (`facts[feature]`). */
export function factsMeasure<F>(def: {
  key: string;
  label: string;
  feature: string;
  compute(f: F, s: CampaignSnapshot, now: string): MeasureResult;
}): Measure {
  return {
    key: def.key,
    label: def.label,
    feature: def.feature,
    compute: (s, facts, now) => {
      const f = facts[def.feature] as F | undefined;
      return f === undefined ? PENDING : def.compute(f, s, now);
    },
  };
}

/** A measure over the campaign state alone. */
export function stateMeasure(def: {
  key: string;
  label: string;
  feature: string;
  compute(s: CampaignSnapshot, now: string): MeasureResult;
}): Measure {
  return { key: def.key, label: def.label, feature: def.feature, compute: (s, _facts, now) => def.compute(s, now) };
}
