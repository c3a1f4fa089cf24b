/**
 * The checklist measures of 党员评议, over the small facts of ./facts.ts: each unmet item names
 * who is missing or not yet reported.
 */
import { factsMeasure, type Measure, type MeasureResult } from '../campaign/measure';
import { formatChineseMonthDay } from '../util/dates';
import { nameList, type Named } from '../talks/people';
import type { EvaluationFacts } from './facts';

export type { EvaluationFacts } from './facts';

export const EVALUATION_FEATURE = 'evaluation';

const list = (n: Named) => nameList(n.names, n.count);
const NO_PARTY: MeasureResult = { done: false, detail: '尚未录入党员名册' };

/** R-EVAL-OPINION: every party member has the branch's opinion. */
export function opinionResult(f: EvaluationFacts): MeasureResult {
  if (f.party === 0) return NO_PARTY;
  const progress = { done: f.evaluated, total: f.party };
  if (f.missing.count > 0) return { done: false, progress, detail: `还有 ${f.missing.count} 名党员没有评议意见：${list(f.missing)}` };
  const proposed = f.proposed.count > 0 ? `，其中拟上报 ${f.proposed.count} 人` : '';
  return { done: true, progress, detail: `${f.party} 名党员都已有支部评议意见${proposed}` };
}

/** R-EVAL-REPORT: whoever is proposed has been reported; nobody proposed once everyone is evaluated. */
export function reportResult(f: EvaluationFacts): MeasureResult {
  if (f.party === 0) return NO_PARTY;
  if (f.proposed.count === 0) {
    if (f.missing.count > 0) return { done: false, detail: `党员评议还没有完成（还有 ${f.missing.count} 人未评议），暂无拟上报党员` };
    return { done: true, detail: '无拟上报党员' };
  }
  if (f.unreported.count > 0) {
    const lead = f.sentOn ? `${f.unreported.count} 名拟上报党员是报告送出后拟定的，还要补报` : `拟上报 ${f.unreported.count} 人，报告还没有报送组织部和活动办公室`;
    return { done: false, detail: `${lead}：${list(f.unreported)}` };
  }
  return { done: true, detail: `已于${formatChineseMonthDay(f.sentOn!)}报送组织部和活动办公室，拟上报 ${f.proposed.count} 人：${list(f.proposed)}` };
}

export const evaluationMeasures: Measure[] = [
  factsMeasure<EvaluationFacts>({ key: 'evaluation.opinion', label: '对每名党员提出明确评议意见', feature: EVALUATION_FEATURE, compute: (f) => opinionResult(f) }),
  factsMeasure<EvaluationFacts>({ key: 'evaluation.report', label: '拟定上报的党员及时上报', feature: EVALUATION_FEATURE, compute: (f) => reportResult(f) }),
];
