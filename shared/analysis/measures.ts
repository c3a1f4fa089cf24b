/**
 * The checklist measures of 党性分析材料, over the small facts its loader reads
 * (renderer/features/analysis/facts.ts): counts, and the first few names of who is missing.
 */
import { factsMeasure, type MeasureResult } from '../campaign/measure';

export const ANALYSIS_FEATURE = 'analysis';

/** How many, and the first few of them by name (the loader reads no more names than it shows). */
export interface NameList {
  count: number;
  names: string[];
}

export interface AnalysisFacts {
  /** Party members of the unit. */
  party: number;
  /** Party members whose material is not handed in (submitted or later) nor received in writing; away ones marked （外出）. */
  notWritten: NameList;
  /** Materials handed in as 口述代记 that name no recorder (R-ANALYSIS-MODE). */
  noRecorder: NameList;
  /** Handed in, or received in writing, of which dictated and received. */
  written: number;
  dictated: number;
  received: number;
  /** 已提交, waiting for the reviewer. */
  waiting: NameList;
  /** 退回修改, being rewritten. */
  returned: NameList;
  /** 审阅通过 or later. */
  reviewed: number;
  /** 审阅通过, not yet publicised. */
  notPublic: NameList;
  /** 公示中. */
  publicNow: NameList;
  /** 定稿. */
  final: number;
}

/** Names shown in a detail line: “张三、李四等 12 人”. */
export const NAMES_SHOWN = 5;

export function nameList(list: NameList): string {
  const shown = list.names.slice(0, NAMES_SHOWN).join('、');
  return list.count > list.names.length || list.count > NAMES_SHOWN ? `${shown}等 ${list.count} 人` : shown;
}

const progress = (done: number, total: number) => ({ done: Math.min(done, total), total });
const noParty: MeasureResult = { done: false, detail: '尚未录入党员名册' };

export function writtenResult(f: AnalysisFacts): MeasureResult {
  if (f.party === 0) return noParty;
  const missing: string[] = [];
  if (f.notWritten.count > 0) missing.push(`${f.notWritten.count} 名党员还没有交党性分析材料：${nameList(f.notWritten)}`);
  if (f.noRecorder.count > 0) missing.push(`${f.noRecorder.count} 份口述代记的材料没有写明记录人：${nameList(f.noRecorder)}`);
  if (missing.length > 0) return { done: false, progress: progress(f.written, f.party), detail: missing.join('；') };
  const extra = [f.dictated > 0 && `口述代记 ${f.dictated} 份`, f.received > 0 && `外出党员书面寄回 ${f.received} 份`].filter(Boolean);
  return {
    done: true,
    progress: progress(f.written, f.party),
    detail: `${f.party} 名党员都已交党性分析材料${extra.length > 0 ? `（其中${extra.join('，')}）` : ''}`,
  };
}

export function reviewedResult(f: AnalysisFacts): MeasureResult {
  if (f.party === 0) return noParty;
  if (f.reviewed >= f.party) return { done: true, progress: progress(f.reviewed, f.party), detail: `${f.party} 份党性分析材料都已审阅通过` };
  const parts: string[] = [];
  if (f.waiting.count > 0) parts.push(`等待审阅 ${f.waiting.count} 份：${nameList(f.waiting)}`);
  if (f.returned.count > 0) parts.push(`退回修改 ${f.returned.count} 份：${nameList(f.returned)}`);
  const notIn = f.party - f.reviewed - f.waiting.count - f.returned.count;
  if (notIn > 0) parts.push(`还没交材料 ${notIn} 人`);
  return { done: false, progress: progress(f.reviewed, f.party), detail: parts.join('；') };
}

export function publicResult(f: AnalysisFacts): MeasureResult {
  if (f.party === 0) return noParty;
  if (f.final >= f.party) return { done: true, progress: progress(f.final, f.party), detail: `${f.party} 份党性分析材料都已公示并修改定稿` };
  const parts: string[] = [];
  if (f.publicNow.count > 0) parts.push(`公示中 ${f.publicNow.count} 份：${nameList(f.publicNow)}`);
  if (f.notPublic.count > 0) parts.push(`审阅通过还没公示 ${f.notPublic.count} 份：${nameList(f.notPublic)}`);
  const notReviewed = f.party - f.final - f.publicNow.count - f.notPublic.count;
  if (notReviewed > 0) parts.push(`还没审阅通过 ${notReviewed} 人`);
  return { done: false, progress: progress(f.final, f.party), detail: parts.join('；') };
}

export const analysisMeasures = [
  factsMeasure<AnalysisFacts>({
    key: 'selfAnalysis.written',
    label: '每名党员交党性分析材料',
    feature: ANALYSIS_FEATURE,
    compute: writtenResult,
  }),
  factsMeasure<AnalysisFacts>({
    key: 'selfAnalysis.reviewed',
    label: '党性分析材料按分工审阅通过',
    feature: ANALYSIS_FEATURE,
    compute: reviewedResult,
  }),
  factsMeasure<AnalysisFacts>({
    key: 'selfAnalysis.public',
    label: '党性分析材料公示后定稿',
    feature: ANALYSIS_FEATURE,
    compute: publicResult,
  }),
];
