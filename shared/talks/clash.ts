/**
 * R-TALK-PLAN: a person is not booked for two talks at once. Pure: the caller passes the talks
 * of the day and the names.
 */
import { formatChineseMonthDay } from '../util/dates';
import { gate, type Gate, type Reason } from '../util/result';
import { DEFAULT_TALK_MINUTES, type Talk } from './types';

export type TalkSlot = Pick<Talk, 'aId' | 'bId' | 'date' | 'time' | 'minutes' | 'status'> & { id?: string };

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}

/** Start and end in minutes from midnight, or null when the talk has no date and time. */
function span(t: TalkSlot): [number, number] | null {
  if (!t.date || !t.time) return null;
  const start = minutesOf(t.time);
  return [start, start + (t.minutes ?? DEFAULT_TALK_MINUTES)];
}

/** The talks that book one of the candidate's two people at an overlapping time. */
export function clashingTalks(candidate: TalkSlot, others: readonly TalkSlot[]): TalkSlot[] {
  const mine = span(candidate);
  if (!mine) return [];
  const people = new Set([candidate.aId, candidate.bId]);
  return others.filter((o) => {
    if (o.status === 'cancelled' || (candidate.id !== undefined && o.id === candidate.id) || o.date !== candidate.date) return false;
    if (!people.has(o.aId) && !people.has(o.bId)) return false;
    const theirs = span(o);
    return theirs !== null && mine[0] < theirs[1] && theirs[0] < mine[1];
  });
}

/** Refuses a booking that clashes, naming it: "张三 9月8日 15:00 已安排与李四谈心". */
export function checkTalkClash(candidate: TalkSlot, others: readonly TalkSlot[], nameOf: (id: string) => string): Gate {
  const reasons: Reason[] = [];
  for (const o of clashingTalks(candidate, others)) {
    for (const p of [candidate.aId, candidate.bId]) {
      if (o.aId !== p && o.bId !== p) continue;
      const partner = o.aId === p ? o.bId : o.aId;
      reasons.push({
        rule: 'R-TALK-PLAN',
        message: `${nameOf(p)} ${formatChineseMonthDay(o.date!)} ${o.time} 已安排与${nameOf(partner)}谈心`,
      });
    }
  }
  return gate(reasons);
}

/** `HH:mm` of minutes from midnight. */
export function clockOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * One after another from `start` (`HH:mm`), each `minutes` long: the start times of `count`
 * talks in a row, or null when the last would end after midnight.
 */
export function consecutiveTimes(start: string, minutes: number, count: number): string[] | null {
  const first = minutesOf(start);
  if (first + count * minutes > 24 * 60) return null;
  return Array.from({ length: count }, (_, i) => clockOf(first + i * minutes));
}
