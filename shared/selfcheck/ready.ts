/**
 * When a 阶段自查 is complete and when the stage may be declared ready for the 督导组's acceptance
 * (R-STAGE-SELFCHECK): every point assessed, the 自查报告 exported from what was saved.
 */
import { formatChineseDate } from '../util/dates';
import { gate, type Gate, type Reason } from '../util/result';
import { SELF_CHECK_POINT_LABEL, SELF_CHECK_POINTS, type SelfCheckPoint } from './points';
import type { SelfCheck } from './types';

const RULE = 'R-STAGE-SELFCHECK';

/** Points whose assessment is still empty, in the speech's order. */
export function missingPoints(assessments: Readonly<Record<SelfCheckPoint, string>>): SelfCheckPoint[] {
  return SELF_CHECK_POINTS.filter((p) => (assessments[p] ?? '').trim().length === 0);
}

export const pointsLine = (points: readonly SelfCheckPoint[]) => points.map((p) => `“${SELF_CHECK_POINT_LABEL[p]}”`).join('、');

/** What is missing before the stage may be declared ready; the other unfinished items are only warnings. */
export function readyGate(check: Pick<SelfCheck, 'assessments' | 'reportOn' | 'readyOn'> | undefined): Gate {
  if (!check) return gate([{ rule: RULE, message: '还没有保存自查情况：请对照六个方面填写并保存' }]);
  const reasons: Reason[] = [];
  const missing = missingPoints(check.assessments);
  if (missing.length > 0) {
    reasons.push({ rule: RULE, message: `还有 ${missing.length} 个方面没有写自查情况`, subjects: missing.map((p) => SELF_CHECK_POINT_LABEL[p]) });
  }
  if (!check.reportOn) reasons.push({ rule: RULE, message: '还没有导出自查报告：请先导出（Word），核对后再提请验收' });
  if (check.readyOn) reasons.push({ rule: RULE, message: `已于${formatChineseDate(check.readyOn)}提请督导组验收，不必重复提请` });
  return gate(reasons);
}
