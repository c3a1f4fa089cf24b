/**
 * The checklist measures of 阶段自查 (R-STAGE-SELFCHECK), over the small facts its loader reads
 * (renderer/features/selfcheck/facts.ts): for each stage's self-inspection, the points still
 * empty and the days the report was exported and the stage declared ready.
 */
import { factsMeasure, type Measure, type MeasureResult } from '../campaign/measure';
import { formatChineseDate } from '../util/dates';
import type { SelfCheckPoint } from './points';
import { SELF_CHECK_POINTS } from './points';
import { pointsLine } from './ready';

export const SELFCHECK_FEATURE = 'selfcheck';

export interface SelfCheckFacts {
  /** One per stage that has a self-inspection (at most one per stage). */
  checks: { stageId: string; missing: SelfCheckPoint[]; savedOn: string; reportOn?: string; readyOn?: string }[];
}

const ALL = SELF_CHECK_POINTS.length;
const NONE: MeasureResult = { done: false, progress: { done: 0, total: ALL }, detail: '尚未开展阶段自查：请到“阶段自查”页对照六个方面填写自查情况并保存' };

export function doneResult(f: SelfCheckFacts, stageId: string): MeasureResult {
  const c = f.checks.find((x) => x.stageId === stageId);
  if (!c) return NONE;
  const progress = { done: ALL - c.missing.length, total: ALL };
  if (c.missing.length > 0) return { done: false, progress, detail: `还有 ${c.missing.length} 个方面没有写自查情况：${pointsLine(c.missing)}` };
  return { done: true, progress, detail: `六个方面的自查情况都已填写（${formatChineseDate(c.savedOn)}保存）` };
}

export function reportResult(f: SelfCheckFacts, stageId: string): MeasureResult {
  const c = f.checks.find((x) => x.stageId === stageId);
  if (!c || c.missing.length > 0) return { done: false, detail: '先对照六个方面填写并保存自查情况，再导出自查报告、提请督导组验收' };
  if (!c.reportOn) return { done: false, detail: '自查情况已保存，还没有导出自查报告（修改后要重新导出）' };
  if (!c.readyOn) return { done: false, detail: `自查报告已于${formatChineseDate(c.reportOn)}导出，还没有提请督导组验收` };
  return { done: true, detail: `自查报告已于${formatChineseDate(c.reportOn)}导出，${formatChineseDate(c.readyOn)}已提请督导组检查验收` };
}

export const selfCheckMeasures: Measure[] = [
  factsMeasure<SelfCheckFacts>({
    key: 'selfCheck.done',
    label: '对照六个方面开展阶段自查',
    feature: SELFCHECK_FEATURE,
    compute: (f, s) => doneResult(f, s.template.focusStageId),
  }),
  factsMeasure<SelfCheckFacts>({
    key: 'selfCheck.report',
    label: '形成自查报告并提请督导组验收',
    feature: SELFCHECK_FEATURE,
    compute: (f, s) => reportResult(f, s.template.focusStageId),
  }),
];
