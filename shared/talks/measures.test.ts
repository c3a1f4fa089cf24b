import { describe, expect, it } from 'vitest';
import { MEASURES } from '../campaign/measures';
import { makeSnapshot } from '../campaign/testing';
import type { Member } from '../members/types';
import { isNoLongerRequired, talkOverview } from './coverage';
import { talkFacts, type TalkFacts } from './facts';
import { requiredTalkPairs } from './pairs';
import { doneTalk, makeBureau, talk } from './testing';
import type { Talk } from './types';

const NOW = '2005-09-20';
const bureau = makeBureau();
const facts = (talks: Talk[], members: Member[] = bureau.members) => talkFacts(members, bureau.offices, bureau.branches, talks);
const measure = (key: string, f: TalkFacts, s = makeSnapshot()) => MEASURES[key].compute(s, { talks: f }, NOW);
const required = requiredTalkPairs(bureau.members, bureau.offices, bureau.branches);
const demanded = required.filter((p) => p.awayIds.length === 0);
const planned = (p: { aId: string; bId: string }, i: number) =>
  talk(p.aId, p.bId, { date: '2005-09-10', time: `${String(8 + (i % 10)).padStart(2, '0')}:00`, place: '党员活动室' });
/** Every demanded pair done, and every party member in work has talked with 钱小红 (群众). */
function allDone(): Talk[] {
  const pairs = demanded.map((p) => doneTalk(p.aId, p.bId));
  const masses = bureau.members.filter((m) => m.kind === 'party' && m.employment === 'working' && !m.away).map((m) => doneTalk(m.id, 'qian'));
  return [...pairs, ...masses];
}

describe('talk measures', () => {
  it('wait for the facts, and need a roster', () => {
    expect(MEASURES['talks.plan'].compute(makeSnapshot(), {}, NOW)).toMatchObject({ done: false, detail: '正在统计…' });
    expect(measure('talks.pairs', facts([], []))).toEqual({ done: false, detail: '尚未录入党员名册' });
    const noRoles = bureau.members.map((m) => ({ ...m, roles: [], oversees: [] }));
    expect(measure('talks.plan', facts([], noRoles)).detail).toContain('还没有标明主要负责同志、班子成员、支部书记');
  });

  it('R-TALK-PLAN: every required pair needs a date, a time and a place; the missing pairs are named', () => {
    const none = measure('talks.plan', facts([]));
    expect(none).toMatchObject({ done: false, progress: { done: 0, total: 32 } });
    expect(none.detail).toMatch(/^32 对谈心还没有安排时间、地点（其中 32 对还没列入名单，请点“生成应谈名单”）：陈国栋—李秀英、/);
    const talks = demanded.map(planned);
    // One listed but not dated: it is named.
    const chenLi = talks.findIndex((t) => t.aId === 'chen' && t.bId === 'li');
    talks[chenLi] = { ...talks[chenLi], time: undefined };
    expect(measure('talks.plan', facts(talks))).toEqual({
      done: false,
      progress: { done: 31, total: 32 },
      detail: '1 对谈心还没有安排时间、地点：陈国栋—李秀英',
    });
    talks[chenLi] = planned(talks[chenLi], 0);
    expect(measure('talks.plan', facts(talks))).toEqual({
      done: true,
      progress: { done: 32, total: 32 },
      detail: '应谈 32 对都已安排时间、地点（另有 5 对因有人外出，不要求当面谈）',
    });
    // A cancelled talk is not a plan.
    talks[chenLi] = { ...talks[chenLi], status: 'cancelled' };
    expect(measure('talks.plan', facts(talks)).done).toBe(false);
  });

  it('R-TALK-PAIRS: done only when every required pair has talked and every member has talked with a member and with 群众', () => {
    const none = measure('talks.pairs', facts([]));
    expect(none.done).toBe(false);
    expect(none.detail).toMatch(/^应谈 32 对已谈 0 对；\d+ 人还没有谈心：/);
    const talks = allDone();
    expect(measure('talks.pairs', facts(talks))).toEqual({
      done: true,
      progress: { done: 32, total: 32 },
      detail: '应谈 32 对已全部谈完，党员之间、党员与群众都谈过心（另有 5 对因有人外出，不要求当面谈）',
    });
    // One required pair not talked: both people are named.
    const without = talks.filter((t) => !(t.aId === 'chen' && t.bId === 'li'));
    expect(measure('talks.pairs', facts(without))).toEqual({
      done: false,
      progress: { done: 31, total: 32 },
      detail: '应谈 32 对已谈 31 对；陈国栋、李秀英还有应谈的人没谈',
    });
    // A member who has talked with nobody from the roster's 群众 is named.
    const noMasses = talks.filter((t) => !(t.aId === 'xu' && t.bId === 'qian'));
    expect(measure('talks.pairs', facts(noMasses)).detail).toBe('应谈 32 对已谈 32 对；1 名在职党员还没有与群众谈心：徐静');
  });

  it('R-TALK-PAIRS: a planned talk is not a talk held; who has none yet is named, same names told apart', () => {
    const talks = allDone().map((t) => (t.aId === 'zhou' || t.bId === 'zhou' || t.aId === 'wangwei2' || t.bId === 'wangwei2' ? { ...t, status: 'planned' as const, doneOn: undefined, note: undefined } : t));
    const r = measure('talks.pairs', facts(talks));
    expect(r.done).toBe(false);
    // Who has not talked at all is named once, not again as missing a talk with a member or with 群众.
    expect(r.detail).toBe('应谈 32 对已谈 29 对；2 人还没有谈心：王伟（运行科副科长）、周海涛；邓红梅、李秀英还有应谈的人没谈');
    // 徐静 has talked only with 群众.
    const onlyMasses = allDone().filter((t) => !(t.bId === 'xu' && t.aId !== 'qian') && !(t.aId === 'xu' && t.bId !== 'qian'));
    expect(measure('talks.pairs', facts(onlyMasses)).detail).toBe(
      '应谈 32 对已谈 30 对；李秀英、徐静、张志强还有应谈的人没谈；1 名党员还没有与其他党员谈心：徐静',
    );
  });

  it('R-TALK-PAIRS: people away are not demanded in person, and their talks still count when held', () => {
    const f = facts(allDone());
    expect(f.awayPairs).toBe(5);
    expect(f.silent.names).not.toContain('蒋卫东');
    const o = talkOverview(bureau.members, bureau.offices, bureau.branches, [doneTalk('sun', 'jiang')]);
    expect(o.people.get('jiang')?.talkedWith).toEqual(['sun']);
    expect(o.people.get('jiang')?.inScope).toBe(false);
  });

  it('R-TALK-LEADER-ALL: each party-member leader must talk with every present member of the branch, naming who is left', () => {
    const talks = allDone();
    expect(measure('talks.leaderAll', facts(talks))).toEqual({
      done: true,
      progress: { done: 5, total: 5 },
      detail: '党员领导干部 5 人都已与所在支部党员谈心',
    });
    const without = talks.filter((t) => !(t.aId === 'zhao' && t.bId === 'huang') && !(t.aId === 'zhao' && t.bId === 'wangwei'));
    expect(measure('talks.leaderAll', facts(without))).toEqual({
      done: false,
      progress: { done: 4, total: 5 },
      detail: '赵文斌已谈 3/5 人，未谈：黄志明、王伟（办公室科员）',
    });
  });

  it('R-TALK-LEADER-ALL: the city may set a lower share (talkCoverage), never below its floor', () => {
    const without = allDone().filter((t) => !(t.aId === 'zhao' && t.bId === 'huang'));
    const s = makeSnapshot({ thresholdOverrides: { talkCoverage: 0.8 } });
    expect(measure('talks.leaderAll', facts(without), s)).toMatchObject({ done: true, detail: '党员领导干部 5 人都已与所在支部党员谈心（不少于 80%）' });
    // Outside the template's range the default (everyone) applies.
    const low = makeSnapshot({ thresholdOverrides: { talkCoverage: 0.1 } });
    expect(measure('talks.leaderAll', facts(without), low).done).toBe(false);
  });

  it('a talk whose pair the roster no longer requires is flagged, an extra one is not', () => {
    const { requiredByKey } = talkOverview(bureau.members, bureau.offices, bureau.branches, []);
    expect(isNoLongerRequired(talk('wangwei', 'huang', { reasons: ['secretaryMember'] }), requiredByKey)).toBe(true);
    expect(isNoLongerRequired(talk('wangwei', 'huang', { reasons: ['memberMember'] }), requiredByKey)).toBe(false);
    expect(isNoLongerRequired(talk('sun', 'wangwei', { reasons: ['secretaryMember'] }), requiredByKey)).toBe(false);
  });

  it('facts stay small for 2,000 people: a few names and counts', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ ...bureau.members[6], id: `m${i}`, name: `党员${i}` }));
    const f = facts([], [...bureau.members, ...many]);
    expect(f.silent.count).toBeGreaterThan(2000);
    expect(f.silent.names).toHaveLength(10);
    expect(JSON.stringify(f).length).toBeLessThan(3000);
  });
});
