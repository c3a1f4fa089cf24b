/**
 * The checklist measures of 两个通报: every branch has informed the masses (R-NOTICE-BRANCH), and
 * the leadership meeting has been reported to cadres and masses (R-NOTICE-LEADERSHIP).
 */
import { factsMeasure, type MeasureResult } from '../campaign/measure';
import { cappedList } from '../throughout/names';
import { formatChineseDate } from '../util/dates';
import { NOTICE_WAY_LABEL, type NoticeWay } from './types';

export const NOTICES_FEATURE = 'notices';

/** How many branch names the facts carry; the count says how many there are. */
export const NOTICE_FACTS_NAME_CAP = 5;

export interface NoticeFacts {
  branches: number;
  /** Branches whose notice is not given yet: how many, the first few by name (branch order). */
  notGiven: number;
  notGivenNames: string[];
  leadership: { drafted: boolean; givenOn?: string; way?: NoticeWay };
}

export function branchNoticeResult(f: NoticeFacts): MeasureResult {
  if (f.branches === 0) return { done: false, detail: '尚未设置党支部' };
  const progress = { done: f.branches - f.notGiven, total: f.branches };
  if (f.notGiven > 0) return { done: false, progress, detail: `${f.notGiven} 个支部尚未向群众通报：${cappedList(f.notGivenNames, f.notGiven, '个支部')}` };
  return { done: true, progress, detail: `${f.branches} 个支部都已向群众通报民主评议情况` };
}

export function leadershipNoticeResult(f: NoticeFacts): MeasureResult {
  const l = f.leadership;
  if (l.givenOn) return { done: true, detail: `已于${formatChineseDate(l.givenOn)}${l.way ? `以“${NOTICE_WAY_LABEL[l.way]}”方式` : ''}通报` };
  return { done: false, detail: l.drafted ? '通报已起草，尚未向干部群众通报' : '尚未通报领导班子专题民主生活会情况' };
}

export const noticeMeasures = [
  factsMeasure<NoticeFacts>({ key: 'notices.branch', label: '各支部向群众通报民主评议情况', feature: NOTICES_FEATURE, compute: (f) => branchNoticeResult(f) }),
  factsMeasure<NoticeFacts>({ key: 'notices.leadership', label: '通报领导班子专题民主生活会情况', feature: NOTICES_FEATURE, compute: (f) => leadershipNoticeResult(f) }),
];
