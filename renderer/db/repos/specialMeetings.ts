/**
 * The two special meetings (R-MEET-SIX, R-MEET-CONDUCT, R-MEET-DUAL, R-EVAL-COVER): the
 * leadership's 专题民主生活会 and each branch's 专题组织生活会 — the plan, who came, the 督导组's
 * confirmations of conditions 1–2, 召开 behind the R-MEET-SIX gate, and the minutes member by
 * member. Each user action is one transaction with its audit entry; bad input is refused with a
 * Chinese message and writes nothing. (The 转段动员会 lives in ./meetings.ts.)
 */
import Dexie from 'dexie';
import { thresholdValue } from '@shared/campaign/thresholds';
import type { CampaignTemplate } from '@shared/campaign/template';
import type { UnitTableName } from '@shared/data/registry';
import { gateRefusal, meetingGate, type MeetingGate } from '@shared/meetings/gate';
import { gateFacts, indexWorld, type GateWorld } from '@shared/meetings/gateFacts';
import { inScope, meetingScope, meetingTitle, type MeetingTarget } from '@shared/meetings/scope';
import {
  GATE_CONDITION_LABEL,
  PRESENTATION_LABEL,
  type ConfirmedCondition,
  type MeetingAttendance,
  type MeetingGateCheck,
  type MeetingTurn,
  type SpecialMeeting,
  type SpecialMeetingKind,
} from '@shared/meetings/types';
import {
  attendanceProblems,
  cleanAttendance,
  cleanPlan,
  cleanTurn,
  confirmProblems,
  planProblems,
  turnProblems,
  type AttendanceRow,
  type ConfirmInput,
  type MeetingPlanInput,
  type TurnInput,
} from '@shared/meetings/validate';
import type { PresenceKey } from '@shared/opinions/coverage';
import { formatChineseDate, isValidIsoDate } from '@shared/util/dates';
import { UserError } from '@shared/util/result';
import { cleanLine, cleanMultiline } from '@shared/util/text';
import type { PytDb } from '../db';
import { writeUnit } from '../write';
import type { CampaignContext } from './context';
import { failIf } from './errors';

/** Used when a template sets no meetingAttendanceRatio: the 2005 city's own default. */
export const DEFAULT_ATTENDANCE_RATIO = 0.8;
const MEETING_TABLES = ['specialMeetings', 'meetingAttendance', 'meetingTurns', 'meetingGateChecks'] as const satisfies readonly UnitTableName[];
/** Everything the gate reads (for a write that must decide it inside its transaction). */
export const GATE_TABLES = [...MEETING_TABLES, 'members', 'branches', 'offices', 'analyses', 'talks', 'opinions', 'thresholdOverrides'] as const satisfies readonly UnitTableName[];

export function thresholdsOf(template: CampaignTemplate, overrides: Record<string, number>) {
  const t = template.thresholds;
  return {
    ratio: t.meetingAttendanceRatio ? thresholdValue(template, overrides, 'meetingAttendanceRatio') : DEFAULT_ATTENDANCE_RATIO,
    minOpinions: t.opinionMinPerMember ? thresholdValue(template, overrides, 'opinionMinPerMember') : 1,
  };
}

/**
 * One pass over the indexes the gate reads: the unit's people, branches, offices, materials
 * (state only), done talks, the register's distinct combinations (a skip scan),
 * the attendance and confirmations of every meeting; then, for the people of the meetings asked
 * about, how many opinions are about each (one equality count on [unitId+targetMemberId] each).
 */
export async function readGateWorld(db: PytDb, unitId: string, template: CampaignTemplate, meetings: readonly MeetingTarget[]): Promise<GateWorld> {
  const [members, branches, offices, analyses, doneTalks, combos, attendance, checks, overrides] = await Promise.all([
    db.members.where('unitId').equals(unitId).toArray(),
    db.branches.where('unitId').equals(unitId).toArray(),
    db.offices.where('unitId').equals(unitId).toArray(),
    db.analyses.where('unitId').equals(unitId).toArray(),
    db.talks.where('[unitId+status]').equals([unitId, 'done']).toArray(),
    coverageKeys(db, unitId),
    db.meetingAttendance.where('unitId').equals(unitId).toArray(),
    db.meetingGateChecks.where('unitId').equals(unitId).toArray(),
    db.thresholdOverrides.where('unitId').equals(unitId).toArray(),
  ]);
  return {
    members,
    branches,
    offices,
    analyses,
    doneTalks,
    opinionCounts: await opinionCounts(db, unitId, [...new Set(meetings.flatMap((m) => meetingScope(m, members).map((p) => p.id)))]),
    opinionCombos: combos,
    attendance,
    checks,
    ...thresholdsOf(template, Object.fromEntries(overrides.map((o) => [o.key, o.value]))),
  };
}

/**
 * The register's distinct (target, category, source, channel), by a skip scan of their index: one
 * read per combination (a few dozen), as the opinions' facts do (renderer/features/opinions/facts.ts);
 * a unique-key cursor would be the same in Chromium, but fake-indexeddb walks every duplicate.
 */
async function coverageKeys(db: PytDb, unitId: string): Promise<PresenceKey[]> {
  const found: PresenceKey[] = [];
  let lower: unknown[] = [unitId, Dexie.minKey];
  for (;;) {
    const o = await db.opinions.where('[unitId+target+category+source+channel]').between(lower, [unitId, Dexie.maxKey], found.length === 0, true).first();
    if (!o) return found;
    found.push({ target: o.target, category: o.category, source: o.source, channel: o.channel });
    lower = [unitId, o.target, o.category, o.source, o.channel];
  }
}

/**
 * Opinions about each of `ids`: equality counts, which every IndexedDB answers from the index
 * alone (a range over the whole [unitId+targetMemberId] index is what fake-indexeddb scans slowly).
 */
export async function opinionCounts(db: PytDb, unitId: string, ids: readonly string[]): Promise<Map<string, number>> {
  const counts = await Promise.all(ids.map((id) => db.opinions.where('[unitId+targetMemberId]').equals([unitId, id]).count()));
  return new Map(ids.map((id, i) => [id, counts[i]]));
}

export async function listSpecialMeetings(db: PytDb, unitId: string): Promise<SpecialMeeting[]> {
  return db.specialMeetings.where('unitId').equals(unitId).toArray();
}

/** The R-MEET-SIX gate of one meeting, as it stands now. */
export async function meetingGateNow(db: PytDb, unitId: string, meeting: SpecialMeeting, template: CampaignTemplate): Promise<MeetingGate> {
  return meetingGate(gateFacts(indexWorld(await readGateWorld(db, unitId, template, [meeting])), meeting));
}

async function getMeeting(db: PytDb, unitId: string, meetingId: string): Promise<SpecialMeeting> {
  const m = await db.specialMeetings.get(meetingId);
  if (!m || m.unitId !== unitId) throw new UserError('这次会议不存在或已被删除');
  return m;
}

async function titleOf(db: PytDb, m: Pick<SpecialMeeting, 'kind' | 'branchId'>): Promise<string> {
  return meetingTitle(m, m.branchId ? (await db.branches.get(m.branchId))?.name : undefined);
}

function planFields(p: MeetingPlanInput) {
  return {
    date: p.date,
    ...(p.time ? { time: p.time } : {}),
    place: p.place,
    ...(p.hostId ? { hostId: p.hostId } : {}),
    hostName: p.hostName,
    ...(p.recorderId ? { recorderId: p.recorderId } : {}),
    recorderName: p.recorderName,
    nonParty: p.nonParty,
    higherNames: p.higher.map((h) => h.name),
    higherOrgs: p.higher.map((h) => h.org),
    supervisorNames: p.supervisors,
    agenda: p.agenda,
  };
}

/** Re-checks, for a held meeting, the gate conditions an edit can break (4–6). */
function keepHeldOpen(g: MeetingGate, what: string) {
  const broken = g.conditions.filter((c) => ['quorum', 'secretary', 'supervisors'].includes(c.condition) && !c.met);
  failIf(broken.map((c) => `${c.n}. ${c.label}：${c.detail}`), `会议已经召开，这样修改后${what}不再符合“六个不开”的要求：`);
}

/**
 * 安排 (no `meetingId`) or changes a meeting's plan: one 专题民主生活会 per unit, one 专题组织生活会
 * per branch. Host and recorder are a roster member (their id) or a typed name.
 */
export async function planSpecialMeeting(
  db: PytDb,
  unitId: string,
  target: { kind: SpecialMeetingKind; branchId?: string },
  input: MeetingPlanInput,
  ctx: CampaignContext,
  meetingId?: string,
): Promise<SpecialMeeting> {
  const plan = cleanPlan(input);
  failIf(planProblems(plan));
  if (!meetingId && target.kind === 'orgLife' && !target.branchId) throw new UserError('专题组织生活会要选定党支部');
  return writeUnit(db, unitId, ctx, GATE_TABLES, async (w) => {
    for (const id of [plan.hostId, plan.recorderId]) {
      const m = id ? await db.members.get(id) : undefined;
      if (id && (!m || m.unitId !== unitId)) throw new UserError('选的主持人或记录人不在本单位名册中');
    }
    const old = meetingId ? await getMeeting(db, unitId, meetingId) : undefined;
    const kind = old?.kind ?? target.kind;
    const branchId = old ? old.branchId : target.kind === 'orgLife' ? target.branchId : undefined;
    if (!old) {
      if (branchId) {
        const b = await db.branches.get(branchId);
        if (!b || b.unitId !== unitId) throw new UserError('所选党支部不存在');
        if ((await db.specialMeetings.where('[unitId+branchId]').equals([unitId, branchId]).count()) > 0) throw new UserError(`${b.name}已经安排了专题组织生活会，请打开它修改`);
      } else if ((await db.specialMeetings.where('[unitId+kind]').equals([unitId, 'democraticLife']).count()) > 0) {
        throw new UserError('已经安排了领导班子专题民主生活会，请打开它修改');
      }
    }
    if (old?.status === 'held' && plan.date > ctx.today) throw new UserError('会议已经召开，召开日期不能晚于今天');
    const meeting: SpecialMeeting = {
      id: old?.id ?? crypto.randomUUID(),
      unitId,
      kind,
      ...(branchId ? { branchId } : {}),
      status: old?.status ?? 'planned',
      ...planFields(plan),
      ...(old?.conclusions ? { conclusions: old.conclusions } : {}),
      ...(old?.heldAt ? { heldAt: old.heldAt } : {}),
      createdAt: old?.createdAt ?? ctx.now,
      updatedAt: ctx.now,
    };
    if (old?.status === 'held') keepHeldOpen(await meetingGateNow(db, unitId, meeting, ctx.template), '');
    await db.specialMeetings.put(meeting);
    const title = await titleOf(db, meeting);
    w.audit({
      action: old ? 'specialMeeting.update' : 'specialMeeting.plan',
      entity: 'specialMeeting',
      entityId: meeting.id,
      summary: `${old ? '修改' : '安排'}${title}：${formatChineseDate(meeting.date)}${meeting.time ? ` ${meeting.time}` : ''}，${meeting.place}，主持人${meeting.hostName}`,
    });
    return meeting;
  });
}

/** Deletes a meeting not yet held, with its attendance and confirmations. */
export async function deleteSpecialMeeting(db: PytDb, unitId: string, meetingId: string, ctx: CampaignContext): Promise<void> {
  await writeUnit(db, unitId, ctx, [...MEETING_TABLES, 'branches'], async (w) => {
    const m = await getMeeting(db, unitId, meetingId);
    if (m.status === 'held') throw new UserError('会议已经召开，不能删除');
    for (const t of [db.meetingAttendance, db.meetingTurns, db.meetingGateChecks] as const) {
      await t.where('[unitId+meetingId]').equals([unitId, meetingId]).delete();
    }
    await db.specialMeetings.delete(meetingId);
    w.audit({ action: 'specialMeeting.delete', entity: 'specialMeeting', entityId: meetingId, summary: `删除了${await titleOf(db, m)}的安排` });
  });
}

/**
 * 到会情况: the complete list for the meeting (who came, who did not and why), for the people the
 * meeting is for; it replaces what was entered. A held meeting keeps its quorum and its
 * secretary, and a member recorded presenting in person must stay present.
 */
export async function saveAttendance(db: PytDb, unitId: string, meetingId: string, input: readonly AttendanceRow[], ctx: CampaignContext): Promise<MeetingAttendance[]> {
  const rows = cleanAttendance(input);
  return writeUnit(db, unitId, ctx, GATE_TABLES, async (w) => {
    const m = await getMeeting(db, unitId, meetingId);
    const people = new Map((await db.members.bulkGet(rows.map((r) => r.memberId))).flatMap((p) => (p && p.unitId === unitId ? [[p.id, p]] : [])));
    const nameOf = (id: string) => people.get(id)?.name ?? '（不在名册中的人）';
    const outside = rows.filter((r) => !people.has(r.memberId) || !inScope(m, people.get(r.memberId)!)).map((r) => nameOf(r.memberId));
    failIf(attendanceProblems(rows, nameOf));
    if (outside.length > 0) throw new UserError(`这些人不是${await titleOf(db, m)}的应到人员：${outside.join('、')}`);
    const existing = await db.meetingAttendance.where('[unitId+meetingId]').equals([unitId, meetingId]).toArray();
    const before = new Map(existing.map((a) => [a.memberId, a]));
    const next: MeetingAttendance[] = rows.map((r) => ({
      id: before.get(r.memberId)?.id ?? crypto.randomUUID(),
      unitId,
      meetingId,
      memberId: r.memberId,
      present: r.present,
      ...(r.absentReason ? { absentReason: r.absentReason } : {}),
      createdAt: before.get(r.memberId)?.createdAt ?? ctx.now,
      updatedAt: ctx.now,
    }));
    if (m.status === 'held') {
      const turns = await db.meetingTurns.where('[unitId+meetingId]').equals([unitId, meetingId]).toArray();
      const absentNow = new Set(next.filter((a) => !a.present).map((a) => a.memberId));
      const clash = turns.filter((t) => (t.presentation === 'inPerson' || t.presentation === 'oral') && absentNow.has(t.memberId)).map((t) => nameOf(t.memberId));
      if (clash.length > 0) throw new UserError(`会议记录中这些人是到会作党性分析的，不能改为缺席：${clash.join('、')}（请先修改他们的发言记录）`);
    }
    await db.meetingAttendance.where('[unitId+meetingId]').equals([unitId, meetingId]).delete();
    await db.meetingAttendance.bulkAdd(next);
    if (m.status === 'held') keepHeldOpen(await meetingGateNow(db, unitId, m, ctx.template), '到会情况');
    const present = next.filter((a) => a.present).length;
    w.audit({
      action: 'meetingAttendance.save',
      entity: 'meetingAttendance',
      entityId: meetingId,
      summary: `登记${await titleOf(db, m)}到会情况：应到 ${next.length} 人，实到 ${present} 人`,
    });
    return next;
  });
}

/** The 督导组's confirmation of condition 1 or 2 (name, date), replacing an earlier one. */
export async function confirmGateCondition(
  db: PytDb,
  unitId: string,
  meetingId: string,
  condition: ConfirmedCondition,
  input: ConfirmInput,
  ctx: CampaignContext,
): Promise<MeetingGateCheck> {
  const c = { by: cleanLine(input.by), on: input.on.trim(), ...(input.note && cleanMultiline(input.note).trim() ? { note: cleanMultiline(input.note).trim() } : {}) };
  failIf(confirmProblems(c, ctx.today));
  if (condition !== 'opinions' && condition !== 'talks') throw new UserError('只有“征求意见深入”和“谈心广泛”两项由督导组确认');
  return writeUnit(db, unitId, ctx, [...MEETING_TABLES, 'branches'], async (w) => {
    const m = await getMeeting(db, unitId, meetingId);
    if (m.status === 'held') throw new UserError('会议已经召开，不能再改督导组的确认');
    const old = await db.meetingGateChecks.where('[unitId+meetingId]').equals([unitId, meetingId]).filter((x) => x.condition === condition).primaryKeys();
    await db.meetingGateChecks.bulkDelete(old);
    const check: MeetingGateCheck = { id: crypto.randomUUID(), unitId, meetingId, condition, ...c, createdAt: ctx.now };
    await db.meetingGateChecks.add(check);
    w.audit({
      action: 'meetingGateCheck.confirm',
      entity: 'meetingGateCheck',
      entityId: check.id,
      summary: `督导组${c.by}确认${await titleOf(db, m)}“${GATE_CONDITION_LABEL[condition]}”（${formatChineseDate(c.on)}）`,
    });
    return check;
  });
}

export async function withdrawGateCondition(db: PytDb, unitId: string, meetingId: string, condition: ConfirmedCondition, ctx: CampaignContext): Promise<void> {
  await writeUnit(db, unitId, ctx, [...MEETING_TABLES, 'branches'], async (w) => {
    const m = await getMeeting(db, unitId, meetingId);
    if (m.status === 'held') throw new UserError('会议已经召开，不能再改督导组的确认');
    const old = await db.meetingGateChecks.where('[unitId+meetingId]').equals([unitId, meetingId]).filter((x) => x.condition === condition).primaryKeys();
    if (old.length === 0) throw new UserError('这一项还没有确认');
    await db.meetingGateChecks.bulkDelete(old);
    w.audit({ action: 'meetingGateCheck.withdraw', entity: 'meetingGateCheck', entityId: meetingId, summary: `撤销督导组对${await titleOf(db, m)}“${GATE_CONDITION_LABEL[condition]}”的确认` });
  });
}

/**
 * 召开: refused while any of the six conditions is unmet (R-MEET-SIX), naming them; the gate is
 * decided inside the transaction, over the records as they are at that moment.
 */
export async function holdSpecialMeeting(db: PytDb, unitId: string, meetingId: string, heldOn: string, ctx: CampaignContext): Promise<SpecialMeeting> {
  if (!isValidIsoDate(heldOn)) throw new UserError('请填写会议召开的日期');
  if (heldOn > ctx.today) throw new UserError(`召开日期${formatChineseDate(heldOn)}还没到，会议开过后再登记`);
  return writeUnit(db, unitId, ctx, GATE_TABLES, async (w) => {
    const m = await getMeeting(db, unitId, meetingId);
    if (m.status === 'held') throw new UserError('会议已经登记为召开');
    const g = await meetingGateNow(db, unitId, m, ctx.template);
    if (!g.gate.ok) throw new UserError(gateRefusal(g));
    const held: SpecialMeeting = { ...m, status: 'held', date: heldOn, heldAt: ctx.now, updatedAt: ctx.now };
    await db.specialMeetings.put(held);
    w.audit({ action: 'specialMeeting.hold', entity: 'specialMeeting', entityId: m.id, summary: `${await titleOf(db, m)}于${formatChineseDate(heldOn)}召开（“六个不开”各项均已达到）` });
    return held;
  });
}

/** One member's turn in the minutes (R-MEET-CONDUCT, R-EVAL-COVER); the meeting must be held. */
export async function saveTurn(db: PytDb, unitId: string, meetingId: string, input: TurnInput, ctx: CampaignContext, turnId?: string): Promise<MeetingTurn> {
  const t = cleanTurn(input);
  failIf(turnProblems(t));
  return writeUnit(db, unitId, ctx, [...MEETING_TABLES, 'members', 'branches'], async (w) => {
    const m = await getMeeting(db, unitId, meetingId);
    if (m.status !== 'held') throw new UserError('会议召开后再记录发言');
    const member = await db.members.get(t.memberId);
    if (!member || member.unitId !== unitId) throw new UserError('这名党员不在本单位名册中');
    if (!inScope(m, member)) throw new UserError(`${member.name}不是${await titleOf(db, m)}的应到人员`);
    const turns = await db.meetingTurns.where('[unitId+meetingId]').equals([unitId, meetingId]).toArray();
    const old = turnId ? turns.find((x) => x.id === turnId) : undefined;
    if (turnId && !old) throw new UserError('这条发言记录不存在或已被删除');
    if (turns.some((x) => x.memberId === t.memberId && x.id !== turnId)) throw new UserError(`${member.name}的发言已经记录过，请打开修改`);
    const att = await db.meetingAttendance.where('[unitId+memberId]').equals([unitId, member.id]).filter((a) => a.meetingId === meetingId).first();
    if ((t.presentation === 'inPerson' || t.presentation === 'oral') && !att?.present) {
      throw new UserError(`${member.name}没有登记到会，不能记为“${PRESENTATION_LABEL[t.presentation]}”：外出或缺席的党员可以书面提交`);
    }
    const turn: MeetingTurn = {
      id: old?.id ?? crypto.randomUUID(),
      unitId,
      meetingId,
      memberId: member.id,
      order: t.order ?? old?.order ?? Math.max(0, ...turns.map((x) => x.order)) + 1,
      presentation: t.presentation,
      ...(t.analysis ? { analysis: t.analysis } : {}),
      ...(t.selfCriticism ? { selfCriticism: t.selfCriticism } : {}),
      criticFrom: t.criticisms.map((c) => c.from),
      criticisms: t.criticisms.map((c) => c.text),
      ...(t.massComments ? { massComments: t.massComments } : {}),
      ...(t.leaderComment && t.leaderCommentBy ? { leaderCommentBy: t.leaderCommentBy, leaderComment: t.leaderComment } : {}),
      createdAt: old?.createdAt ?? ctx.now,
      updatedAt: ctx.now,
    };
    await db.meetingTurns.put(turn);
    w.audit({
      action: old ? 'meetingTurn.update' : 'meetingTurn.add',
      entity: 'meetingTurn',
      entityId: turn.id,
      summary: `${old ? '修改' : '记录'}${await titleOf(db, m)}上${member.name}的发言（${PRESENTATION_LABEL[turn.presentation]}，批评意见 ${turn.criticisms.length} 条）`,
    });
    return turn;
  });
}

export async function deleteTurn(db: PytDb, unitId: string, turnId: string, ctx: CampaignContext): Promise<void> {
  await writeUnit(db, unitId, ctx, [...MEETING_TABLES, 'members', 'branches'], async (w) => {
    const t = await db.meetingTurns.get(turnId);
    if (!t || t.unitId !== unitId) throw new UserError('这条发言记录不存在或已被删除');
    const m = await getMeeting(db, unitId, t.meetingId);
    await db.meetingTurns.delete(turnId);
    const name = (await db.members.get(t.memberId))?.name ?? '（已删除的人员）';
    w.audit({ action: 'meetingTurn.delete', entity: 'meetingTurn', entityId: turnId, summary: `删除${await titleOf(db, m)}上${name}的发言记录` });
  });
}

/** 会议结论 / 决定, one a line. */
export async function saveConclusions(db: PytDb, unitId: string, meetingId: string, text: string, ctx: CampaignContext): Promise<SpecialMeeting> {
  const clean = cleanMultiline(text).trim();
  if (clean.length > 2000) throw new UserError('会议决定不能超过 2000 个字');
  return writeUnit(db, unitId, ctx, [...MEETING_TABLES, 'branches'], async (w) => {
    const m = await getMeeting(db, unitId, meetingId);
    if (m.status !== 'held') throw new UserError('会议召开后再记录会议决定');
    const { conclusions: _old, ...rest } = m;
    const next: SpecialMeeting = { ...rest, ...(clean ? { conclusions: clean } : {}), updatedAt: ctx.now };
    await db.specialMeetings.put(next);
    w.audit({ action: 'specialMeeting.conclusions', entity: 'specialMeeting', entityId: m.id, summary: `记录${await titleOf(db, m)}的会议决定（${clean.split('\n').filter(Boolean).length} 条）` });
    return next;
  });
}
