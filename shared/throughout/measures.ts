/** The checklist measures of 贯穿始终 (R-FIX-NOW, R-STUDY), over the feature's small facts. */
import { factsMeasure, type MeasureResult } from '../campaign/measure';
import { cappedList } from './names';
import { REQUIRED_STUDY_TOPICS, STUDY_TOPIC_SHORT, type RequiredStudyTopic } from './types';

export const THROUGHOUT_FEATURE = 'throughout';

/** How many names a facts list carries at most; the count says how many there are in all. */
export const FACTS_NAME_CAP = 5;

/**
 * What the home page needs to know of the ledger and the study log: counts, the open items'
 * deadlines (to find the overdue ones against today), and a few names of who or what is missing.
 */
export interface ThroughoutFacts {
  fix: {
    items: number;
    done: number;
    /** Items still being fixed: a short label and the deadline, earliest deadline first. */
    open: { label: string; deadline: string }[];
    /** Opinions from 群众 / 服务对象 that no item answers yet: how many, and the first few, short. */
    massesUnanswered: number;
    massesUnansweredLabels: string[];
  };
  study: {
    sessions: number;
    partyMembers: number;
    topics: Record<RequiredStudyTopic, { sessions: number; missing: number; missingNames: string[] }>;
    /** The same people miss both topics (then one list names them). */
    sameMissing: boolean;
  };
}

function unansweredNote(f: ThroughoutFacts['fix']): string {
  if (f.massesUnanswered === 0) return '';
  return `；${f.massesUnanswered} 条群众意见尚未列入台账：${cappedList(f.massesUnansweredLabels, f.massesUnanswered, '条')}`;
}

/** R-FIX-NOW: the ledger has items, and none still being fixed is past its deadline. */
export function fixNowResult(f: ThroughoutFacts['fix'], today: string): MeasureResult {
  if (f.items === 0) return { done: false, detail: `尚未建立边议边改整改台账${unansweredNote(f)}` };
  const overdue = f.open.filter((o) => o.deadline < today);
  if (overdue.length > 0) {
    const names = overdue.slice(0, FACTS_NAME_CAP).map((o) => `“${o.label}”`);
    return { done: false, detail: `${overdue.length} 项整改已过期：${cappedList(names, overdue.length, '项')}${unansweredNote(f)}` };
  }
  const open = f.items - f.done;
  return {
    done: true,
    detail: `整改台账 ${f.items} 项，已完成 ${f.done} 项${open > 0 ? `，正在整改 ${open} 项（均未过期）` : ''}${unansweredNote(f)}`,
  };
}

/** R-STUDY: both required topics studied, and every party member attended or made up each. */
export function studyResult(f: ThroughoutFacts['study']): MeasureResult {
  if (f.sessions === 0) return { done: false, detail: '尚未记录集中学习' };
  const notStudied = REQUIRED_STUDY_TOPICS.filter((t) => f.topics[t].sessions === 0);
  if (notStudied.length > 0) return { done: false, detail: `尚未学习：${notStudied.map((t) => STUDY_TOPIC_SHORT[t]).join('、')}` };
  if (f.partyMembers === 0) return { done: false, detail: '尚未录入党员名册，无法核对谁参加了学习' };
  const first = f.topics[REQUIRED_STUDY_TOPICS[0]];
  if (f.sameMissing && first.missing > 0) {
    return { done: false, detail: `两项必学内容尚有 ${first.missing} 人未参加也未补学：${cappedList(first.missingNames, first.missing)}` };
  }
  const gaps = REQUIRED_STUDY_TOPICS.filter((t) => f.topics[t].missing > 0).map(
    (t) => `${STUDY_TOPIC_SHORT[t]}尚有 ${f.topics[t].missing} 人未参加也未补学：${cappedList(f.topics[t].missingNames, f.topics[t].missing)}`,
  );
  if (gaps.length > 0) return { done: false, detail: gaps.join('；') };
  return { done: true, detail: `两项必学内容已学完，集中学习 ${f.sessions} 次，${f.partyMembers} 名党员均已参加或补学` };
}

export const throughoutMeasures = [
  factsMeasure<ThroughoutFacts>({
    key: 'throughout.fixNow',
    label: '边议边改整改台账',
    feature: THROUGHOUT_FEATURE,
    compute: (f, _s, now) => fixNowResult(f.fix, now),
  }),
  factsMeasure<ThroughoutFacts>({
    key: 'throughout.study',
    label: '学习党章和先进性六条基本要求',
    feature: THROUGHOUT_FEATURE,
    compute: (f) => studyResult(f.study),
  }),
];
