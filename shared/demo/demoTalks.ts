/**
 * The demo's talks (R-TALK-*): every pair the rules require (shared/talks/pairs.ts) is on the
 * plan; about six in ten are held, the head with each team member first; a fifth are booked for
 * the days after the 演示日期 with a time, place and topic; the rest still wait for a date. A few
 * talks with 群众 and between members besides. Nobody is booked twice at one hour. Then the
 * feedback of the opinions (R-OPIN-FEEDBACK): the head to team members, the secretaries to members,
 * in a talk when one was held after the opinions came in, else on its own, unless a talk is booked.
 */
import type { UnitRecordTypes } from '../data/registry';
import type { Member } from '../members/types';
import { extraTalkReasons, requiredTalkPairs } from '../talks/pairs';
import type { TalkReason } from '../talks/types';
import { demoAt, demoDate, DEMO_TODAY } from './demoCalendar';
import type { DemoCast } from './demoCast';

type Talk = UnitRecordTypes['talks'];
type Feedback = UnitRecordTypes['feedbacks'];
type Opinion = UnitRecordTypes['opinions'];

const HELD_DAYS = ['09-05', '09-06', '09-07', '09-08', '09-09', '09-12', '09-13'];
const BOOKED_DAYS = ['09-14', '09-15', '09-16'];
const HOURS = ['08:30', '09:30', '10:30', '14:30', '15:30', '16:30'];
/** The fate of the n-th pair of a kind: 6 held, 2 booked, 2 still to be booked in every 10. */
const FATES = ['held', 'held', 'booked', 'held', 'open', 'held', 'held', 'booked', 'held', 'open'] as const;
type Fate = (typeof FATES)[number];

const TOPIC: Record<TalkReason, string> = {
  headTeam: '交换对班子和本人的意见，反馈征求到的意见，提出改进建议',
  teamTeam: '班子成员之间互相提意见，查找班子和个人的问题',
  leaderOffice: '听取分管科室工作和思想情况，相互指出问题',
  secretaryMember: '了解思想和工作情况，反馈群众意见，帮助查找问题',
  leaderBranch: '听取对本人的意见和建议，了解党员思想动态',
  memberMember: '党员之间互相谈心，互提意见',
  memberMasses: '听取群众对党员和机关作风的意见',
};

const NOTES = [
  '谈得坦诚，互相提出意见各两条，已记入征求意见登记。',
  '对方提出工作作风方面的意见，本人表示认真对照检查。',
  '交流了学习体会和思想认识，对方表示在党性分析中联系实际查找问题。',
  '反馈了群众意见，对方表示接受并提出了整改打算。',
  '谈到对班子工作的意见建议，已汇总交办公室。',
];

/** Talks outside the required pairs: [a, b, day, hour, place, note]. */
const EXTRA: [string, string, string, string, string, string][] = [
  ['孙丽萍', '钱小红', '09-08', '10:30', '局机关五楼党员活动室', '钱小红同志对办公室文件周转提出意见，已登记。'],
  ['王建华', '魏刚', '09-08', '15:30', '局机关二楼小会议室', '魏刚同志对机关考核奖惩提出意见，已登记。'],
  ['刘芳', '杨帆', '09-08', '16:30', '综合规划科办公室', '互相提了意见，杨帆同志表示要多下基层。'],
  ['张志强', '孔令辉', '09-09', '09:30', '示例市宏达机械厂', '走访企业时谈心，孔令辉同志对扶持政策落实提出意见。'],
];

/** Where two people talk: the head's office, at home for the frail, by telephone with someone away. */
function placeOf(a: Member, b: Member): string {
  const away = [a, b].find((m) => m.away);
  if (away) return `电话谈心（${away.name}同志外出）`;
  const frail = [a, b].find((m) => m.frail);
  if (frail) return `${frail.name}同志家中`;
  if ([a, b].some((m) => m.roles.includes('unitHead'))) return '局长办公室';
  if ([a, b].some((m) => m.roles.includes('teamMember'))) return '局机关二楼小会议室';
  if ([a, b].every((m) => m.employment === 'retired')) return '离退休党员活动室';
  return '局机关五楼党员活动室';
}

export function demoTalks(c: DemoCast): Talk[] {
  const byId = new Map(c.members.map((m) => [m.id, m]));
  const busy = new Set<string>();
  const free = (ids: string[], day: string, hour: string) => ids.every((id) => !busy.has(`${id}|${day}|${hour}`));
  const book = (ids: string[], day: string, hour: string) => ids.forEach((id) => busy.add(`${id}|${day}|${hour}`));
  /** The first hour both are free, starting from the n-th day of `days`. */
  const slot = (ids: string[], days: string[], n: number): [string, string] => {
    for (let k = 0; k < days.length; k += 1) {
      const day = days[(n + k) % days.length];
      const hour = HOURS.find((h) => free(ids, day, h));
      if (hour) {
        book(ids, day, hour);
        return [day, hour];
      }
    }
    throw new RangeError('The demo’s talk days are full');
  };

  const talk = (a: Member, b: Member, reasons: TalkReason[], fate: Fate, when?: [string, string], extra?: { place: string; note: string }): Talk => {
    const base = { id: c.makeId(), unitId: c.unitId, aId: a.id, bId: b.id, reasons, createdAt: demoAt('09-02', '16:00') };
    if (fate === 'open') return { ...base, status: 'planned', updatedAt: base.createdAt };
    const [day, hour] = when!;
    const planned = { date: demoDate(day), time: hour, place: extra?.place ?? placeOf(a, b), topic: TOPIC[reasons[0] ?? 'memberMember'] };
    if (fate === 'booked') return { ...base, status: 'planned', ...planned, updatedAt: demoAt('09-12', '17:00') };
    const note = extra?.note ?? NOTES[(a.name.length + b.name.charCodeAt(0)) % NOTES.length];
    return { ...base, status: 'done', ...planned, note, doneOn: demoDate(day), updatedAt: demoAt(day, '17:30') };
  };

  const talks: Talk[] = [];
  for (const [x, y, day, hour, place, note] of EXTRA) {
    const [a, b] = [c.person(x), c.person(y)];
    book([a.id, b.id], day, hour);
    talks.push(talk(a, b, extraTalkReasons(a, b), 'held', [day, hour], { place, note }));
  }
  const seen = new Map<TalkReason, number>();
  let n = 0;
  for (const p of requiredTalkPairs(c.members, c.offices, c.branches)) {
    const [a, b] = [byId.get(p.aId)!, byId.get(p.bId)!];
    const kind = p.reasons[0];
    const i = seen.get(kind) ?? 0;
    seen.set(kind, i + 1);
    const fate: Fate = kind === 'headTeam' ? 'held' : FATES[i % FATES.length];
    n += 1;
    const when = fate === 'held' ? slot([a.id, b.id], HELD_DAYS, n) : fate === 'booked' ? slot([a.id, b.id], BOOKED_DAYS, n) : undefined;
    talks.push(talk(a, b, p.reasons, fate, when));
  }
  return talks;
}

/** Who fed back the opinions to whom (R-OPIN-FEEDBACK). */
const FEEDBACK: [string, string][] = [
  ['陈国栋', '王建华'],
  ['陈国栋', '赵文斌'],
  ['陈国栋', '李秀英'],
  ['孙丽萍', '刘芳'],
  ['孙丽萍', '王伟'],
  ['孙丽萍', '杨帆'],
  ['孙丽萍', '胡斌'],
  ['周海涛', '宋立新'],
  ['周海涛', '许文博'],
  ['周海涛', '王伟#2'],
];

export function demoFeedbacks(c: DemoCast, talks: readonly Talk[], opinions: readonly Opinion[]): Feedback[] {
  return FEEDBACK.flatMap(([from, to]): Feedback[] => {
    const [fromId, toId] = [c.id(from), c.id(to)];
    const about = opinions.filter((o) => o.targetMemberId === toId);
    const latest = about.reduce((d, o) => (o.date > d ? o.date : d), '');
    const between = talks.filter((t) => (t.aId === fromId && t.bId === toId) || (t.aId === toId && t.bId === fromId));
    const held = between.find((t) => t.status === 'done' && t.doneOn! >= latest);
    // A talk booked for the coming days will carry the feedback: nothing to record yet.
    if (!held && between.some((t) => t.status === 'planned' && t.date !== undefined)) return [];
    const date = held?.doneOn ?? (latest < demoDate('09-12') ? demoDate('09-12') : DEMO_TODAY);
    return [{
      id: c.makeId(),
      unitId: c.unitId,
      fromId,
      toId,
      date,
      way: held ? 'talk' : 'separate',
      ...(held ? { talkId: held.id } : {}),
      note: `反馈征求到的意见 ${about.length} 条，本人表示认真对照检查、抓好整改。`,
      createdAt: `${date}T17:40:00.000+08:00`,
    }];
  });
}
