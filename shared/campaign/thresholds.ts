/**
 * Thresholds the city sets (满意度, 到会比例 …): template defaults, a unit's recorded changes,
 * and how they are shown.
 */
import { gate, type Gate, type Reason } from '../util/result';
import type { CampaignTemplate, ThresholdTemplate } from './template';

export interface EffectiveThreshold extends ThresholdTemplate {
  key: string;
  /** The template default, kept to show next to a changed value. */
  defaultValue: number;
  overridden: boolean;
}

export function effectiveThresholds(
  template: CampaignTemplate,
  overrides: Record<string, number>,
): Record<string, EffectiveThreshold> {
  const out: Record<string, EffectiveThreshold> = {};
  for (const [key, t] of Object.entries(template.thresholds)) {
    const own = overrides[key];
    const usable = t.citySet && typeof own === 'number' && Number.isFinite(own) && own >= t.min && own <= t.max;
    out[key] = { ...t, key, defaultValue: t.value, value: usable ? own : t.value, overridden: usable && own !== t.value };
  }
  return out;
}

/** The value in force for one key (the template default when not overridden). */
export function thresholdValue(template: CampaignTemplate, overrides: Record<string, number>, key: string): number {
  const t = effectiveThresholds(template, overrides)[key];
  if (!t) throw new RangeError(`Unknown threshold: ${key}`);
  return t.value;
}

function trimNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** A ratio as a percentage ("70%"), days as "2天", counts as plain numbers. */
export function formatThreshold(t: Pick<ThresholdTemplate, 'unit'>, value: number): string {
  if (t.unit === 'ratio') return `${trimNumber(value * 100)}%`;
  if (t.unit === 'days') return `${trimNumber(value)}天`;
  return trimNumber(value);
}

export function validateThresholdChange(template: CampaignTemplate, key: string, value: number, reason: string): Gate {
  const t = template.thresholds[key];
  const rule = t?.rule ?? 'R-STAGE-PLAN';
  if (!t) return gate([{ rule, message: `没有名为 ${key} 的阈值` }]);
  const reasons: Reason[] = [];
  if (!t.citySet) reasons.push({ rule, message: `“${t.label}”不是市委规定的可调阈值，不能修改` });
  if (typeof value !== 'number' || !Number.isFinite(value)) reasons.push({ rule, message: `请填写“${t.label}”的数值` });
  else if (value < t.min || value > t.max) {
    reasons.push({
      rule,
      message: `“${t.label}”应在 ${formatThreshold(t, t.min)} 至 ${formatThreshold(t, t.max)} 之间`,
    });
  }
  if (!reason?.trim()) reasons.push({ rule, message: `修改“${t.label}”须写明依据（如市委文件）` });
  return gate(reasons);
}
