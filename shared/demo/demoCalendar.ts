/**
 * When the 示例单位 lives. A newcomer should see a unit in the middle of 分析评议: stage 1
 * accepted, the mobilisation meeting held, some steps done, the next ones due, one overdue.
 *
 * The demo's own "today" is the 13th day of the focus stage (9月13日 on the 2005 template).
 * - From 9月5日 to 9月13日 the current year's template dates are used as they are.
 * - Later in the year, the current year is kept and the focus stage starts late by the difference
 *   (R-STAGE-SCHEDULE: units that transitioned late shift their dates); the rules shift every
 *   deadline of the stage with it, so the demo looks the same on any day.
 * - Before 9月5日 the previous year's campaign is used, shifted the same way, since this year's
 *   分析评议 has not begun and a demo cannot show a meeting that is yet to happen.
 */
import { addDays, diffDays, templateDate } from '../util/dates';
import type { CampaignTemplate } from '../campaign/template';

/** Day of the focus stage the demo shows (0 = its first day). */
export const DEMO_STAGE_DAY = 12;
/** Earliest day of the stage on which the real dates already show a held meeting. */
const EARLIEST_UNSHIFTED_DAY = 4;

export interface DemoCalendar {
  year: number;
  /** Days the focus stage (and later stages) start after the template default. */
  shiftDays: number;
}

export function demoCalendar(template: CampaignTemplate, today: string): DemoCalendar {
  const focus = template.stages.find((s) => s.id === template.focusStageId);
  if (!focus) throw new RangeError(`Unknown focus stage: ${template.focusStageId}`);
  const thisYear = Number(today.slice(0, 4));
  const startOf = (year: number) => templateDate(year, focus.defaultStart);
  const year = diffDays(today, startOf(thisYear)) >= EARLIEST_UNSHIFTED_DAY ? thisYear : thisYear - 1;
  const shiftDays = Math.max(0, diffDays(today, addDays(startOf(year), DEMO_STAGE_DAY)));
  return { year, shiftDays };
}
