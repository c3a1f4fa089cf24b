/**
 * R-STUDY: the study log's checks, and who has studied each required topic — by attending a
 * session on it or making that session up (补学). Pure: today is passed in.
 */
import { isValidIsoDate } from '../util/dates';
import { TEXT_LIMITS } from '../data/fields';
import { REQUIRED_STUDY_TOPICS, STUDY_TOPICS, type RequiredStudyTopic, type StudySession, type StudyTopic } from './types';

type Session = Pick<StudySession, 'topics' | 'attendeeIds' | 'makeUpIds'>;

export interface TopicCoverage<M> {
  /** Sessions on the topic. */
  sessions: number;
  /** Members who neither attended a session on it nor made one up, in the order given. */
  missing: M[];
}

/** For each required topic, the sessions on it and the members still missing it. */
export function studyCoverage<M extends { id: string }>(
  members: readonly M[],
  sessions: readonly Session[],
): Record<RequiredStudyTopic, TopicCoverage<M>> {
  const entry = (topic: RequiredStudyTopic): TopicCoverage<M> => {
    const on = sessions.filter((s) => s.topics.includes(topic));
    const studied = new Set(on.flatMap((s) => [...s.attendeeIds, ...s.makeUpIds]));
    return { sessions: on.length, missing: members.filter((m) => !studied.has(m.id)) };
  };
  return { constitutionRights: entry('constitutionRights'), sixRequirements: entry('sixRequirements') };
}

export function isRequiredTopic(t: StudyTopic): t is RequiredStudyTopic {
  return (REQUIRED_STUDY_TOPICS as readonly StudyTopic[]).includes(t);
}

/** What the study form sends: who attended, and who made it up when. */
export interface StudyDraft {
  date: string;
  topics: readonly StudyTopic[];
  content: string;
  attendeeIds: readonly string[];
  makeUps: readonly { memberId: string; date: string }[];
  place?: string;
  host?: string;
}

const tooLong = (label: string, v: string | undefined, max: number) =>
  [...(v ?? '')].length > max ? [`${label}不能超过 ${max} 个字`] : [];

/**
 * Problems of a study entry (texts already cleaned); empty when it may be saved. Whether the
 * people are the unit's party members is the repository's check (it reads the roster).
 */
export function studyDraftProblems(d: StudyDraft, today: string): string[] {
  const out: string[] = [];
  if (!isValidIsoDate(d.date)) out.push('请选择学习日期');
  else if (d.date > today) out.push('学习日期不能晚于今天');
  if (d.topics.length === 0) out.push('请选择学习内容');
  if (d.topics.some((t) => !STUDY_TOPICS.includes(t)) || new Set(d.topics).size !== d.topics.length) out.push('学习内容有误');
  if (d.topics.length > 0 && d.topics.every((t) => t === 'other') && !d.content.trim()) out.push('选择“其他”时请写明学习了什么');
  out.push(...tooLong('学习内容说明', d.content, TEXT_LIMITS.planDescription));
  out.push(...tooLong('学习地点', d.place, TEXT_LIMITS.meetingPlace));
  out.push(...tooLong('主持人', d.host, TEXT_LIMITS.personName));
  if (d.attendeeIds.length === 0) out.push('请选择参加学习的党员');
  if (new Set(d.attendeeIds).size !== d.attendeeIds.length) out.push('参加人员有重复');
  const attended = new Set(d.attendeeIds);
  const madeUp = new Set<string>();
  for (const m of d.makeUps) {
    if (attended.has(m.memberId)) out.push('已参加学习的党员不需要补学');
    else if (madeUp.has(m.memberId)) out.push('同一名党员补学只需记一次');
    madeUp.add(m.memberId);
    if (!isValidIsoDate(m.date)) out.push('请选择补学日期');
    else if (m.date > today) out.push('补学日期不能晚于今天');
    else if (isValidIsoDate(d.date) && m.date < d.date) out.push('补学日期不能早于学习日期');
  }
  return [...new Set(out)];
}
