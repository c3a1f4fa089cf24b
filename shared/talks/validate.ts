/** What a talk's forms accept (R-TALK-PLAN: 提前预约，有准备地谈), and what a stored talk must be. */
import { TEXT_LIMITS as L } from '../data/fields';
import { isValidIsoDate } from '../util/dates';
import { cleanLine, cleanMultiline } from '../util/text';
import { clockTime } from './schema';
import type { Talk } from './types';

export interface TalkPlanInput {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:mm` */
  time: string;
  /** Expected length in minutes. */
  minutes: number;
  place: string;
  /** 谈话主要内容, prepared beforehand. */
  topic: string;
}

export interface TalkDoneInput {
  /** The day it was held, `YYYY-MM-DD`. */
  doneOn: string;
  /** A short note of what was said. */
  note: string;
}

export const TALK_MINUTES = { min: 10, max: 480 } as const;

/** The plan's fields cleaned as they are stored. */
export function cleanTalkPlan(input: TalkPlanInput): TalkPlanInput {
  return { ...input, time: (input.time ?? '').trim(), place: cleanLine(input.place ?? ''), topic: cleanMultiline(input.topic ?? '') };
}

/** Chinese messages for what is wrong with a (cleaned) plan; empty when it may be saved. */
export function talkPlanProblems(p: TalkPlanInput): string[] {
  const out: string[] = [];
  if (!isValidIsoDate(p.date)) out.push('请选择谈心日期');
  if (!clockTime.safeParse(p.time).success) out.push('请填写谈心时间，如 15:00');
  if (!Number.isInteger(p.minutes) || p.minutes < TALK_MINUTES.min || p.minutes > TALK_MINUTES.max) {
    out.push(`谈心时长应在 ${TALK_MINUTES.min} 至 ${TALK_MINUTES.max} 分钟之间`);
  }
  if (!p.place) out.push('请填写谈心地点');
  else if (p.place.length > L.meetingPlace) out.push(`地点不能超过 ${L.meetingPlace} 个字`);
  if (p.topic.length > L.note) out.push(`谈话主要内容不能超过 ${L.note} 个字`);
  return out;
}

/** Chinese messages for a done talk's record; `today` bounds the date (a talk is recorded after it). */
export function talkDoneProblems(d: TalkDoneInput, today: string): string[] {
  const out: string[] = [];
  if (!isValidIsoDate(d.doneOn)) out.push('请选择谈心的日期');
  else if (d.doneOn > today) out.push('谈心日期不能晚于今天，还没谈的请先安排');
  const note = cleanMultiline(d.note ?? '');
  if (!note) out.push('请简要记录谈了什么');
  else if (note.length > L.meetingNotes) out.push(`谈心情况不能超过 ${L.meetingNotes} 个字`);
  return out;
}

/**
 * What the record schema cannot say about one stored talk (for the backup rules): a time or a
 * length belongs to a dated talk, and a done day or note to a done talk.
 */
export function talkRecordProblems(t: Talk): string[] {
  const out: string[] = [];
  if ((t.time !== undefined || t.minutes !== undefined) && t.date === undefined) out.push('有时间的谈心须有日期');
  if (t.status !== 'done' && t.doneOn !== undefined) out.push('没有谈的谈心不能有谈心日期');
  if (t.status !== 'done' && t.note !== undefined) out.push('没有谈的谈心不能有谈心记录');
  return out;
}

/** Every problem of a unit's talks, as the backup rules report them (`records.talks[i]: …`). */
export function talkBackupProblems(talks: readonly Talk[]): string[] {
  return talks.flatMap((t, i) => talkRecordProblems(t).map((p) => `records.talks[${i}]: ${p}`));
}
