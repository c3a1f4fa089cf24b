/**
 * The talks on paper: the 谈心谈话计划表 (R-TALK-PLAN, buildTalkPlan) and the record of one
 * talk held (buildTalkRecord). Plain mappings from records to the documents' view models.
 */
import type { TalkPlanModel, TalkPlanRow, TalkRecordModel } from '../documents/talks';
import { formatChineseMonthDay } from '../util/dates';
import type { Unit } from '../units/types';
import { zhCollator } from '../members/rosterView';
import { GONE } from './people';
import { TALK_REASON_SHORT, type Talk } from './types';

/** 谈话类型 from the talk's reasons, one per line. */
export function talkRelation(t: Pick<Talk, 'reasons'>): string {
  return t.reasons.map((r) => TALK_REASON_SHORT[r]).join('\n');
}

/**
 * The 时间 cell: "9月8日" and "15:00" on two lines. The plan's model holds a date; a text that is
 * not an ISO date is printed as given, which keeps the hour on the paper.
 */
function whenCell(t: Pick<Talk, 'date' | 'time'>): string {
  if (!t.date) return '';
  return t.time ? `${formatChineseMonthDay(t.date)}\n${t.time}` : formatChineseMonthDay(t.date);
}

const order = (a: Talk, b: Talk, name: (id: string) => string) =>
  (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
  (a.time ?? '').localeCompare(b.time ?? '') ||
  zhCollator.compare(name(a.aId), name(b.aId)) ||
  zhCollator.compare(name(a.bId), name(b.bId));

/**
 * Every talk not cancelled, by date and time (talks not yet dated at the end, to be filled in by
 * hand), signed by the party organisation on `today`.
 */
export function talkPlanModel(unit: Pick<Unit, 'name' | 'orgName'>, talks: readonly Talk[], names: ReadonlyMap<string, string>, today: string): TalkPlanModel {
  const name = (id: string) => names.get(id) ?? GONE;
  const rows: TalkPlanRow[] = talks
    .filter((t) => t.status !== 'cancelled')
    .sort((a, b) => order(a, b, name))
    .map((t) => ({
      initiator: name(t.aId),
      partner: name(t.bId),
      relation: talkRelation(t),
      date: whenCell(t),
      place: t.place ?? '',
      topic: t.topic ?? '',
    }));
  return {
    unitName: unit.name,
    intro: '按照提前预约、有准备地谈的要求，对谁和谁谈、什么时间谈、在哪里谈、谈什么作出如下安排。',
    rows,
    signature: { name: unit.orgName, date: today },
  };
}

/** The record of a talk held: its note is the 谈话主要内容; opinions and follow-up are left to write by hand. */
export function talkRecordModel(unit: Pick<Unit, 'name'>, t: Talk, names: ReadonlyMap<string, string>): TalkRecordModel {
  const name = (id: string) => names.get(id) ?? GONE;
  const day = t.doneOn ?? t.date ?? '';
  // The planned hour only when the talk was held on the planned day.
  const time = t.time && day === t.date ? `${day}T${t.time}` : day;
  return {
    unitName: unit.name,
    initiator: name(t.aId),
    partner: name(t.bId),
    time,
    place: t.place ?? '',
    topic: t.topic ?? '',
    content: t.note ?? '',
  };
}
