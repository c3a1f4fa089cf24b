/**
 * A held meeting's records as the 会议记录 (shared/documents/minutes.ts): the plan, 应到 / 实到 /
 * absent with reasons, 列席, the 上级党组织 and 督导组 people, the agenda, each member's turn in
 * speaking order (how the analysis came, R-EVAL-COVER; criticisms and from whom; 群众评议;
 * 领导点评, R-MEET-CONDUCT) and the conclusions.
 */
import type { MinutesModel } from '../documents/minutes';
import { meetingTitle } from './scope';
import { type MeetingAttendance, type MeetingTurn, type Presentation, type SpecialMeeting } from './types';

export interface MinutesInput {
  unitName: string;
  meeting: SpecialMeeting;
  branchName?: string;
  /** 应到, in the meeting's order. */
  expected: readonly { id: string; name: string }[];
  attendance: readonly MeetingAttendance[];
  turns: readonly MeetingTurn[];
  /** A member's name (told apart from a namesake). */
  nameOf(id: string): string;
}

/** How the analysis came, as the minutes say it after the member's name. */
export const MINUTES_PRESENTATION: Record<Presentation, string> = { inPerson: '到会发言', oral: '口头发言', written: '书面提交', none: '未作党性分析' };

export const byOrder = (a: Pick<MeetingTurn, 'order' | 'createdAt'>, b: Pick<MeetingTurn, 'order' | 'createdAt'>) =>
  a.order - b.order || (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);

export function minutesModel(i: MinutesInput): MinutesModel {
  const m = i.meeting;
  const ids = new Set(i.expected.map((p) => p.id));
  const att = new Map(i.attendance.filter((a) => ids.has(a.memberId)).map((a) => [a.memberId, a]));
  const present = i.expected.filter((p) => att.get(p.id)?.present);
  const absent = i.expected.flatMap((p) => {
    const a = att.get(p.id);
    if (a?.present) return [];
    return [{ name: p.name, reason: a?.absentReason ?? '未登记' }];
  });
  const lines = (m.conclusions ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
  return {
    kind: m.kind,
    unitName: i.unitName,
    title: `${i.unitName}${meetingTitle(m, i.branchName)}记录`,
    start: m.time ? `${m.date}T${m.time}` : m.date,
    place: m.place,
    host: m.hostName,
    recorder: m.recorderName,
    expected: i.expected.length,
    present: present.length,
    absent,
    attendees: present.map((p) => p.name),
    nonParty: [...m.nonParty],
    higherLevel: [
      ...m.higherNames.map((name, k) => ({ name, org: m.higherOrgs[k] ?? '' })),
      ...m.supervisorNames.map((name) => ({ name, org: '督导组' })),
    ],
    agenda: [...m.agenda],
    speeches: [...i.turns].sort(byOrder).map((t) => ({
      member: i.nameOf(t.memberId),
      presentation: MINUTES_PRESENTATION[t.presentation],
      analysis: t.analysis ?? (t.presentation === 'written' ? '书面党性分析材料已在会上宣读' : ''),
      ...(t.selfCriticism ? { selfCriticism: t.selfCriticism } : {}),
      criticisms: t.criticisms.map((text, k) => ({ from: t.criticFrom[k] ?? '', text })),
      ...(t.massComments ? { massComments: t.massComments } : {}),
      ...(t.leaderComment && t.leaderCommentBy ? { leaderComment: { by: t.leaderCommentBy, text: t.leaderComment } } : {}),
    })),
    decisions: lines,
  };
}
