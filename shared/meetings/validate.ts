/**
 * What the forms of the special meetings write, cleaned (shared/util/text.ts) and checked the
 * same way whoever calls: the plan, the attendance, a member's turn, a 督导组 confirmation.
 * Each `…Problems` returns Chinese messages; empty means it may be written.
 */
import { TEXT_LIMITS as L } from '../data/fields';
import { isValidIsoDate } from '../util/dates';
import { cleanLine, cleanMultiline } from '../util/text';
import { PRESENTATIONS, type Presentation } from './types';

export interface MeetingPlanInput {
  date: string;
  time?: string;
  place: string;
  hostId?: string;
  hostName: string;
  recorderId?: string;
  recorderName: string;
  /** 列席 non-party people, by name. */
  nonParty: string[];
  /** 上级党组织 people present, with their organisation. */
  higher: { name: string; org: string }[];
  /** 督导组 people present. */
  supervisors: string[];
  /** 议程, one item each. */
  agenda: string[];
}

const uniqueLines = (xs: readonly string[]) => [...new Set(xs.map(cleanLine).filter(Boolean))];
const optional = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);

export function cleanPlan(p: MeetingPlanInput): MeetingPlanInput {
  const higher = p.higher.map((h) => ({ name: cleanLine(h.name), org: cleanLine(h.org) })).filter((h) => h.name || h.org);
  return {
    date: p.date.trim(),
    ...(optional(p.time) ? { time: p.time!.trim() } : {}),
    place: cleanLine(p.place),
    ...(optional(p.hostId) ? { hostId: p.hostId } : {}),
    hostName: cleanLine(p.hostName),
    ...(optional(p.recorderId) ? { recorderId: p.recorderId } : {}),
    recorderName: cleanLine(p.recorderName),
    nonParty: uniqueLines(p.nonParty),
    higher: higher.filter((h, i) => higher.findIndex((x) => x.name === h.name) === i),
    supervisors: uniqueLines(p.supervisors),
    agenda: uniqueLines(p.agenda),
  };
}

const tooLong = (label: string, v: string | undefined, max: number) => (v && v.length > max ? [`${label}不能超过 ${max} 个字`] : []);

export function planProblems(p: MeetingPlanInput): string[] {
  const out: string[] = [];
  if (!isValidIsoDate(p.date)) out.push('请填写正确的会议日期');
  if (p.time !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/u.test(p.time)) out.push('会议时间应写作 时:分，如 08:30');
  if (!p.place) out.push('请填写会议地点');
  if (!p.hostName) out.push('请填写主持人');
  if (!p.recorderName) out.push('请填写记录人');
  out.push(...tooLong('会议地点', p.place, L.meetingPlace), ...tooLong('主持人', p.hostName, L.personName), ...tooLong('记录人', p.recorderName, L.personName));
  for (const n of p.nonParty) out.push(...tooLong(`列席人员“${n.slice(0, 10)}”的姓名`, n, L.personName));
  for (const s of p.supervisors) out.push(...tooLong(`督导组“${s.slice(0, 10)}”的姓名`, s, L.personName));
  for (const h of p.higher) {
    if (!h.name) out.push(`上级党组织参加人员“${h.org}”要写明姓名`);
    if (!h.org) out.push(`上级党组织参加人员${h.name}要写明所在单位`);
    out.push(...tooLong('上级党组织参加人员的姓名', h.name, L.personName), ...tooLong('上级党组织的名称', h.org, L.orgName));
  }
  if (p.nonParty.length > 200 || p.supervisors.length > 200 || p.higher.length > 200) out.push('参加人员太多，请分开登记');
  if (p.agenda.length > 30) out.push('会议议程最多 30 项');
  for (const a of p.agenda) out.push(...tooLong('每项议程', a, L.reason));
  return [...new Set(out)];
}

export interface AttendanceRow {
  memberId: string;
  present: boolean;
  absentReason?: string;
}

export function cleanAttendance(rows: readonly AttendanceRow[]): AttendanceRow[] {
  return rows.map((r) => {
    const reason = r.present ? undefined : cleanLine(r.absentReason ?? '');
    return { memberId: r.memberId, present: r.present, ...(reason ? { absentReason: reason } : {}) };
  });
}

/** `nameOf` names a member for the message. */
export function attendanceProblems(rows: readonly AttendanceRow[], nameOf: (id: string) => string): string[] {
  const out: string[] = [];
  const noReason = rows.filter((r) => !r.present && !r.absentReason).map((r) => nameOf(r.memberId));
  if (noReason.length > 0) out.push(`缺席要写明原因：${noReason.join('、')}`);
  for (const r of rows) if (r.absentReason && r.absentReason.length > L.reason) out.push(`${nameOf(r.memberId)}的缺席原因不能超过 ${L.reason} 个字`);
  if (new Set(rows.map((r) => r.memberId)).size !== rows.length) out.push('同一个人登记了两次');
  return out;
}

export interface TurnInput {
  memberId: string;
  /** Speaking order; the next one when left out. */
  order?: number;
  presentation: Presentation;
  analysis?: string;
  selfCriticism?: string;
  criticisms: { from: string; text: string }[];
  massComments?: string;
  leaderCommentBy?: string;
  leaderComment?: string;
}

const para = (v: string | undefined) => {
  const c = cleanMultiline(v ?? '').trim();
  return c ? c : undefined;
};

export function cleanTurn(t: TurnInput): TurnInput {
  const leaderComment = para(t.leaderComment);
  const by = cleanLine(t.leaderCommentBy ?? '');
  const out: TurnInput = {
    memberId: t.memberId,
    presentation: t.presentation,
    criticisms: t.criticisms.map((c) => ({ from: cleanLine(c.from), text: cleanMultiline(c.text).trim() })).filter((c) => c.from || c.text),
  };
  if (t.order !== undefined) out.order = t.order;
  for (const k of ['analysis', 'selfCriticism', 'massComments'] as const) {
    const v = para(t[k]);
    if (v) out[k] = v;
  }
  if (leaderComment) out.leaderComment = leaderComment;
  if (by) out.leaderCommentBy = by;
  return out;
}

export function turnProblems(t: TurnInput): string[] {
  const out: string[] = [];
  if (!PRESENTATIONS.includes(t.presentation)) out.push('请选择党性分析的方式');
  if (t.order !== undefined && (!Number.isInteger(t.order) || t.order < 1 || t.order > 1000)) out.push('发言顺序应是 1 到 1000 的整数');
  t.criticisms.forEach((c, i) => {
    if (!c.from) out.push(`第 ${i + 1} 条批评意见要写明提出人`);
    if (!c.text) out.push(`第 ${i + 1} 条批评意见没有内容`);
    out.push(...tooLong('提出人的姓名', c.from, L.personName), ...tooLong('每条批评意见', c.text, L.opinion));
  });
  if (t.criticisms.length > 100) out.push('批评意见最多 100 条');
  if (t.leaderComment && !t.leaderCommentBy) out.push('领导点评要写明点评人');
  if (t.leaderCommentBy && !t.leaderComment) out.push('写了点评人，还要写点评内容');
  out.push(...tooLong('点评人的姓名', t.leaderCommentBy, L.personName));
  out.push(...tooLong('党性分析发言', t.analysis, L.meetingNotes), ...tooLong('自我批评', t.selfCriticism, L.meetingNotes));
  out.push(...tooLong('群众评议', t.massComments, L.meetingNotes), ...tooLong('领导点评', t.leaderComment, L.meetingNotes));
  return [...new Set(out)];
}

export interface ConfirmInput {
  by: string;
  on: string;
  note?: string;
}

export function confirmProblems(c: ConfirmInput, today: string): string[] {
  const out: string[] = [];
  if (!c.by) out.push('请填写确认的督导组同志姓名');
  out.push(...tooLong('督导组同志的姓名', c.by, L.personName), ...tooLong('说明', c.note, L.note));
  if (!isValidIsoDate(c.on)) out.push('请填写确认的日期');
  else if (c.on > today) out.push('确认的日期不能晚于今天');
  return out;
}
