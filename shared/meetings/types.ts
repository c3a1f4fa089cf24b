/** The words of the two special meetings (R-MEET-*): kinds, states, the six conditions. */
import type { z } from 'zod';
import type { meetingAttendanceRecord, meetingGateCheckRecord, meetingTurnRecord, specialMeetingRecord } from './schema';

/** 专题民主生活会 (the leadership team) and 专题组织生活会 (one per branch). */
export const SPECIAL_MEETING_KINDS = ['democraticLife', 'orgLife'] as const;
export type SpecialMeetingKind = (typeof SPECIAL_MEETING_KINDS)[number];
export const SPECIAL_MEETING_KIND_LABEL: Record<SpecialMeetingKind, string> = {
  democraticLife: '领导班子专题民主生活会',
  orgLife: '专题组织生活会',
};

/** 计划中 → 已召开. A held meeting passed the R-MEET-SIX gate on the day it was marked held. */
export const SPECIAL_MEETING_STATUSES = ['planned', 'held'] as const;
export type SpecialMeetingStatus = (typeof SPECIAL_MEETING_STATUSES)[number];
export const SPECIAL_MEETING_STATUS_LABEL: Record<SpecialMeetingStatus, string> = { planned: '筹备中', held: '已召开' };

/**
 * The six conditions of 六个不开 (R-MEET-SIX), in the speech's order: 1 征求意见不深入, 2 谈心不广泛,
 * 3 党性分析材料达不到要求, 4 参会党员达不到规定数量, 5 书记不能参加, 6 上级党组织和督导组的同志不到会.
 */
export const GATE_CONDITIONS = ['opinions', 'talks', 'materials', 'quorum', 'secretary', 'supervisors'] as const;
export type GateCondition = (typeof GATE_CONDITIONS)[number];
export const GATE_CONDITION_LABEL: Record<GateCondition, string> = {
  opinions: '征求意见深入',
  talks: '谈心广泛',
  materials: '党性分析材料达到要求',
  quorum: '参会党员达到规定数量',
  secretary: '书记能够参加',
  supervisors: '上级党组织和督导组的同志到会',
};
/** Conditions 1–2 are a judgement: the data shows coverage, the 督导组 confirms (name, date). */
export const CONFIRMED_CONDITIONS = ['opinions', 'talks'] as const;
export type ConfirmedCondition = (typeof CONFIRMED_CONDITIONS)[number];

/** How a member's party-spirit analysis came to the meeting (R-EVAL-COVER). */
export const PRESENTATIONS = ['inPerson', 'oral', 'written', 'none'] as const;
export type Presentation = (typeof PRESENTATIONS)[number];
export const PRESENTATION_LABEL: Record<Presentation, string> = {
  inPerson: '到会作党性分析',
  oral: '口头作党性分析（年老体弱）',
  written: '书面提交（外出党员）',
  none: '未作党性分析',
};

export type SpecialMeeting = z.infer<typeof specialMeetingRecord>;
export type MeetingAttendance = z.infer<typeof meetingAttendanceRecord>;
export type MeetingTurn = z.infer<typeof meetingTurnRecord>;
export type MeetingGateCheck = z.infer<typeof meetingGateCheckRecord>;
