/**
 * R-STAGE-MOBILISE: the 转段动员会 — the unit head's mobilisation speech, training of key staff
 * (骨干培训), someone from the 督导组 present — done by 9月4日 (shifted for a late transition).
 */
import { diffDays, formatChineseDate } from '../util/dates';
import { stageDate } from './lookup';
import type { CampaignSnapshot } from './snapshot';
import type { Meeting } from './types';

export type MobilisationState = 'done' | 'pending' | 'dueSoon' | 'overdue';

export interface MobilisationStatus {
  state: MobilisationState;
  deadline: string;
  daysLeft: number;
  /** What is still missing, in Chinese; empty when done. */
  missing: string[];
  /** The meeting judged (the most complete one), if any. */
  meetingId?: string;
}

/** Days before the deadline from which the dashboard warns. */
export const MOBILISE_DUE_SOON_DAYS = 3;

export function mobiliseDeadline(s: CampaignSnapshot): string {
  return stageDate(s, s.template.focusStageId, s.template.deadlines.mobilise);
}

/** What a mobilisation meeting lacks against the deadline and `now`. */
export function mobiliseMeetingMissing(m: Meeting, deadline: string, now: string): string[] {
  const missing: string[] = [];
  if (m.date > now) missing.push(`会议尚未召开（计划于${formatChineseDate(m.date)}）`);
  else if (m.date > deadline) {
    missing.push(`会议于${formatChineseDate(m.date)}召开，晚于${formatChineseDate(deadline)}的时限`);
  }
  if (!m.speaker?.trim()) missing.push('主要负责同志动员讲话');
  if (!m.keyStaffTrained) missing.push('骨干人员培训');
  if (m.supervisorsPresent.filter((p) => p.trim()).length === 0) missing.push('督导组派人参加');
  return missing;
}

function bestMeeting(s: CampaignSnapshot, deadline: string, now: string) {
  const judged = s.meetings
    .filter((m) => m.kind === 'mobilise' && m.unitId === s.unit.id)
    .map((m) => ({ meeting: m, missing: mobiliseMeetingMissing(m, deadline, now) }));
  judged.sort((a, b) => a.missing.length - b.missing.length || (a.meeting.date < b.meeting.date ? -1 : 1));
  return judged[0];
}

export function mobilisationStatus(s: CampaignSnapshot, now: string): MobilisationStatus {
  const deadline = mobiliseDeadline(s);
  const daysLeft = diffDays(deadline, now);
  const best = bestMeeting(s, deadline, now);
  const missing = best ? best.missing : ['召开转段动员会'];
  const meetingId = best?.meeting.id;
  if (missing.length === 0) return { state: 'done', deadline, daysLeft, missing, meetingId };
  const state: MobilisationState =
    daysLeft < 0 ? 'overdue' : daysLeft <= MOBILISE_DUE_SOON_DAYS ? 'dueSoon' : 'pending';
  return { state, deadline, daysLeft, missing, meetingId };
}
