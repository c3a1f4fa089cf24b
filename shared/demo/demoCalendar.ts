/**
 * When the 示例单位 lives: the 2005 campaign, on its 演示日期 2005年9月13日 (unit.demoToday), the
 * 13th day of 分析评议. Stage 1 is accepted, the mobilisation meeting held, opinions gathered,
 * talks and materials half way, the next steps due, one thing overdue. The template's dates are
 * used as they are; every date the app computes for the demo counts from the 演示日期, so the demo
 * looks the same on any day the PC shows.
 */
import { templateDate } from '../util/dates';

export const DEMO_YEAR = 2005;
/** 演示日期: the demo's simulated today. Nothing in the demo happens after it. */
export const DEMO_TODAY = '2005-09-13';

/** A day of the demo's year: demoDate('09-05') → '2005-09-05'. */
export const demoDate = (monthDay: string): string => templateDate(DEMO_YEAR, monthDay);

/** A moment of the demo's world at Beijing time `hh:mm` on `MM-DD`, with its offset as writes carry it. */
export const demoAt = (monthDay: string, hourMinute = '09:30'): string => `${demoDate(monthDay)}T${hourMinute}:00.000+08:00`;
