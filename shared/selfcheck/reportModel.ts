/** The 自查报告's view model (shared/documents/selfCheckReport.ts) from a saved 阶段自查 (R-STAGE-SELFCHECK). */
import type { SelfCheckReportModel } from '../documents/selfCheckReport';
import { figuresOf } from './figures';
import { SELF_CHECK_POINTS } from './points';
import type { SelfCheck } from './types';

export function selfCheckReportModel(r: SelfCheck, unit: { name: string; orgName: string }): SelfCheckReportModel {
  const figures = figuresOf(r);
  const issuer = unit.orgName.trim() || unit.name;
  return {
    issuer,
    ...(r.recipients?.trim() ? { recipients: r.recipients.trim() } : {}),
    intro: r.intro,
    points: Object.fromEntries(SELF_CHECK_POINTS.map((p) => [p, { assessment: r.assessments[p], figures: figures[p] }])) as SelfCheckReportModel['points'],
    ...(r.shortcomings?.trim() ? { shortcomings: r.shortcomings } : {}),
    ...(r.nextSteps?.trim() ? { nextSteps: r.nextSteps } : {}),
    signature: { name: issuer, date: r.date },
  };
}

/** The report's file title. */
export const selfCheckReportTitle = (unit: { name: string; orgName: string }) => `${unit.orgName.trim() || unit.name}分析评议阶段自查报告`;
