/**
 * The two special meetings (R-MEET-SIX, R-MEET-CONDUCT, R-MEET-DUAL): the leadership's
 * 专题民主生活会 and each branch's 专题组织生活会, planned then held; who came; the minutes, member by
 * member; and the 督导组's confirmation of the two judged conditions of the gate.
 */
import { z } from 'zod';
import { defineTable } from '../data/table';
import { bounded, finite, id, isoDate, lines, required, TEXT_LIMITS as L, timestamp } from '../data/fields';
import { clockTime } from '../talks/schema';
import { CONFIRMED_CONDITIONS, PRESENTATIONS, SPECIAL_MEETING_KINDS, SPECIAL_MEETING_STATUSES } from './types';

const names = z.array(required(L.personName)).max(200);
const noDuplicates = (xs: readonly string[]) => new Set(xs).size === xs.length;

export const specialMeetingRecord = z
  .strictObject({
    id,
    unitId: id,
    kind: z.enum(SPECIAL_MEETING_KINDS),
    /** The branch of a 专题组织生活会; none for the leadership's 专题民主生活会. */
    branchId: id.optional(),
    status: z.enum(SPECIAL_MEETING_STATUSES),
    /** Planned date; once held, the day it was held. */
    date: isoDate,
    time: clockTime.optional(),
    place: bounded(L.meetingPlace),
    /** 主持人: a member of the roster when `hostId` is set; `hostName` keeps the name. */
    hostId: id.optional(),
    hostName: bounded(L.personName),
    recorderId: id.optional(),
    recorderName: bounded(L.personName),
    /** 列席: non-party people invited (R-MEET-CONDUCT: branch meetings invite the masses). */
    nonParty: names,
    /** 上级党组织 people present (R-MEET-SIX condition 6), names with their organisation in `higherOrgs`. */
    higherNames: names,
    higherOrgs: z.array(bounded(L.orgName)).max(200),
    /** 督导组 people present (R-MEET-SIX condition 6). */
    supervisorNames: names,
    /** 会议议程, one item a line. */
    agenda: z.array(required(L.reason)).max(30),
    /** 会议结论 / 决定. */
    conclusions: lines(L.meetingNotes).optional(),
    /** When it was marked held (the gate was open then). */
    heldAt: timestamp.optional(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .refine((m) => (m.kind === 'orgLife') === (m.branchId !== undefined), { message: '专题组织生活会要选定党支部，民主生活会不属于某个支部', path: ['branchId'] })
  .refine((m) => (m.status === 'held') === (m.heldAt !== undefined), { message: '已召开的会议要有召开记录', path: ['heldAt'] })
  .refine((m) => m.higherNames.length === m.higherOrgs.length, { message: '上级党组织到会人员和所在单位不对应', path: ['higherOrgs'] })
  .refine((m) => noDuplicates(m.agenda), { message: '会议议程重复', path: ['agenda'] });

/** Who was expected at a meeting and whether he or she came (应到 / 实到 / 缺席及原因). */
export const meetingAttendanceRecord = z
  .strictObject({
    id,
    unitId: id,
    meetingId: id,
    memberId: id,
    present: z.boolean(),
    /** Why absent (因病, 外出务工 …); required when absent. */
    absentReason: bounded(L.reason).optional(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .refine((a) => a.present || (a.absentReason ?? '').trim().length > 0, { message: '缺席要写明原因', path: ['absentReason'] })
  .refine((a) => !a.present || a.absentReason === undefined, { message: '到会的人不应有缺席原因', path: ['absentReason'] });

/**
 * The minutes of one member's turn (R-MEET-CONDUCT): the analysis presented (in person, orally, or
 * in writing for those away: R-EVAL-COVER), criticisms received and from whom, self-criticism,
 * 群众评议 and 领导点评. `criticFrom[i]` said `criticisms[i]` (flat lists, as backups check refs).
 */
export const meetingTurnRecord = z
  .strictObject({
    id,
    unitId: id,
    meetingId: id,
    memberId: id,
    /** Speaking order, 1, 2, … */
    order: finite,
    presentation: z.enum(PRESENTATIONS),
    /** What the analysis said (a summary). */
    analysis: lines(L.meetingNotes).optional(),
    selfCriticism: lines(L.meetingNotes).optional(),
    criticFrom: z.array(required(L.personName)).max(100),
    criticisms: z.array(lines(L.opinion)).max(100),
    /** 群众评议 (non-party people's words). */
    massComments: lines(L.meetingNotes).optional(),
    /** 领导点评, by whom. */
    leaderCommentBy: bounded(L.personName).optional(),
    leaderComment: lines(L.meetingNotes).optional(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .refine((t) => t.criticFrom.length === t.criticisms.length, { message: '批评意见和提出人不对应', path: ['criticisms'] })
  .refine((t) => (t.leaderComment === undefined) === (t.leaderCommentBy === undefined), { message: '领导点评要写明点评人', path: ['leaderCommentBy'] });

/** The 督导组's confirmation that condition 1 or 2 of R-MEET-SIX holds for a meeting. */
export const meetingGateCheckRecord = z.strictObject({
  id,
  unitId: id,
  meetingId: id,
  condition: z.enum(CONFIRMED_CONDITIONS),
  /** 督导组 member who confirmed. */
  by: required(L.personName),
  on: isoDate,
  note: lines(L.note).optional(),
  createdAt: timestamp,
});

export const specialMeetingsTable = defineTable({
  name: 'specialMeetings',
  owner: 'meetings',
  label: '专题会议',
  stores: { 4: 'id, unitId, [unitId+kind], [unitId+branchId]' },
  record: specialMeetingRecord,
  key: 'id',
  refs: { branchId: 'branches', hostId: 'members', recorderId: 'members' },
  auditEntity: 'specialMeeting',
});

export const meetingAttendanceTable = defineTable({
  name: 'meetingAttendance',
  owner: 'meetings',
  label: '到会情况',
  stores: { 4: 'id, unitId, [unitId+meetingId], [unitId+memberId]' },
  record: meetingAttendanceRecord,
  key: 'id',
  refs: { meetingId: 'specialMeetings', memberId: 'members' },
  auditEntity: 'meetingAttendance',
});

export const meetingTurnsTable = defineTable({
  name: 'meetingTurns',
  owner: 'meetings',
  label: '会议发言记录',
  stores: { 4: 'id, unitId, [unitId+meetingId], [unitId+memberId]' },
  record: meetingTurnRecord,
  key: 'id',
  refs: { meetingId: 'specialMeetings', memberId: 'members' },
  auditEntity: 'meetingTurn',
});

export const meetingGateChecksTable = defineTable({
  name: 'meetingGateChecks',
  owner: 'meetings',
  label: '督导组确认',
  stores: { 4: 'id, unitId, [unitId+meetingId]' },
  record: meetingGateCheckRecord,
  key: 'id',
  refs: { meetingId: 'specialMeetings' },
  auditEntity: 'meetingGateCheck',
});
