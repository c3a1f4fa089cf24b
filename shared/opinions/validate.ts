/**
 * What the opinion, last-year and feedback forms (and a pasted batch) may save: texts cleaned
 * once, then checked with one Chinese message per problem. The repository checks these again
 * inside its transaction, with what only the database knows (the member exists, the talk).
 */
import { TEXT_LIMITS as L } from '../data/fields';
import { isValidIsoDate } from '../util/dates';
import { cleanLine, cleanMultiline } from '../util/text';
import type { Feedback, LastYearOpinion, OpinionDraft } from './types';

export type LastYearDraft = Omit<LastYearOpinion, 'id' | 'unitId' | 'createdAt'>;
export type FeedbackDraft = Omit<Feedback, 'id' | 'unitId' | 'createdAt'>;

const length = (s: string) => [...s].length;

function dateProblems(date: string, today: string, what: string): string[] {
  if (!isValidIsoDate(date) || date < '1900-01-01' || date > '2100-12-31') return [`${what}不是有效的日期`];
  return date > today ? [`${what}不能晚于今天`] : [];
}

export function cleanOpinionDraft(d: OpinionDraft): OpinionDraft {
  const giver = d.anonymous || d.giver === undefined ? '' : cleanLine(d.giver);
  const { giver: _g, targetMemberId, ...rest } = d;
  return {
    ...rest,
    text: cleanMultiline(d.text),
    ...(d.target === 'member' && targetMemberId ? { targetMemberId } : {}),
    ...(giver ? { giver } : {}),
  };
}

/** Problems of a cleaned draft (cleanOpinionDraft), one line each. */
export function opinionDraftProblems(d: OpinionDraft, today: string): string[] {
  const out: string[] = [];
  if (!d.text) out.push('请填写意见内容');
  else if (length(d.text) > L.opinion) out.push(`意见内容不能超过 ${L.opinion} 字（现有 ${length(d.text)} 字）`);
  if (d.target === 'member' && !d.targetMemberId) out.push('针对党员个人的意见，要选定是哪名党员');
  if (d.giver && length(d.giver) > L.personName) out.push(`提意见人的姓名不能超过 ${L.personName} 个字`);
  out.push(...dateProblems(d.date, today, '征求意见的日期'));
  return out;
}

export function cleanLastYearDraft(d: LastYearDraft): LastYearDraft {
  const note = d.note === undefined ? '' : cleanMultiline(d.note);
  const { note: _n, ...rest } = d;
  return { ...rest, text: cleanMultiline(d.text), ...(note ? { note } : {}) };
}

export function lastYearDraftProblems(d: LastYearDraft): string[] {
  const out: string[] = [];
  if (!d.text) out.push('请填写去年的意见内容');
  else if (length(d.text) > L.opinion) out.push(`意见内容不能超过 ${L.opinion} 字`);
  if (d.note && length(d.note) > L.note) out.push(`整改情况说明不能超过 ${L.note} 字`);
  return out;
}

export function cleanFeedbackDraft(d: FeedbackDraft): FeedbackDraft {
  const note = d.note === undefined ? '' : cleanMultiline(d.note);
  const { note: _n, talkId, ...rest } = d;
  return { ...rest, ...(d.way === 'talk' && talkId ? { talkId } : {}), ...(note ? { note } : {}) };
}

export function feedbackDraftProblems(d: FeedbackDraft, today: string): string[] {
  const out: string[] = [];
  if (!d.fromId) out.push('请选定反馈人');
  if (!d.toId) out.push('请选定向谁反馈');
  if (d.fromId && d.fromId === d.toId) out.push('反馈人和被反馈人不能是同一人');
  if (d.note && length(d.note) > L.note) out.push(`备注不能超过 ${L.note} 字`);
  out.push(...dateProblems(d.date, today, '反馈日期'));
  return out;
}
