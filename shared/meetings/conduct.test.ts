import { describe, expect, it } from 'vitest';
import { makeBureau } from '../talks/testing';
import { branchConduct, evaluationCover, suggestedPresentation, type MeetingRecords } from './conduct';
import { dualAttendance } from './dual';
import { meetingFacts } from './facts';
import { coverResult, dualResult, orgLifeResult } from './measures';
import { meetingScope } from './scope';
import { meeting, present, turn } from './testing';
import type { SpecialMeeting } from './types';

/** Every branch's meeting held, everyone present, everyone's turn recorded with a criticism. */
function heldEverywhere() {
  const bureau = makeBureau();
  const party = bureau.members.filter((m) => m.kind === 'party');
  const meetings: SpecialMeeting[] = [
    meeting('dl', { kind: 'democraticLife', branchId: undefined, status: 'held', heldAt: '2005-09-22T10:00:00.000Z' }),
    ...bureau.branches.map((b) => meeting(`m-${b.id}`, { branchId: b.id, status: 'held', heldAt: '2005-09-25T10:00:00.000Z' })),
  ];
  const attendance = meetings.flatMap((m) => meetingScope(m, bureau.members).map((p) => present(m.id, p.id)));
  const turns = meetings.filter((m) => m.kind === 'orgLife').flatMap((m) => meetingScope(m, bureau.members).map((p, i) => turn(m.id, p.id, i + 1)));
  const records = { branches: bureau.branches, party, meetings, attendance, turns } satisfies MeetingRecords;
  return { bureau, party, meetings, records };
}

describe('the branch meetings as held', () => {
  it('R-MEET-CONDUCT: every branch held, every present member presented and was criticised, non-party people invited', () => {
    const { records } = heldEverywhere();
    expect(branchConduct(records)).toEqual({ branches: 4, held: 4, problems: [] });
    expect(orgLifeResult(branchConduct(records))).toMatchObject({ done: true, progress: { done: 4, total: 4 } });
  });

  it('R-MEET-CONDUCT: a branch not held, a present member with no turn, a turn without 党员互评, no 列席 are each named', () => {
    const { records } = heldEverywhere();
    const meetings = records.meetings.map((m) =>
      m.branchId === 'b3' ? { ...m, status: 'planned' as const, heldAt: undefined } : m.branchId === 'b2' ? { ...m, nonParty: [] } : m,
    );
    const turns = records.turns
      .filter((t) => !(t.meetingId === 'm-b1' && t.memberId === 'huang'))
      .map((t) => (t.meetingId === 'm-b1' && t.memberId === 'wang' ? { ...t, criticFrom: [], criticisms: [] } : t));
    const r = branchConduct({ ...records, meetings, turns });
    expect(r.problems).toEqual([
      '机关第一党支部：1 名到会党员还没有记录党性分析发言：黄志明；1 名党员没有记录党员互评的批评意见：王建华',
      '机关第二党支部：没有邀请群众列席',
      '机关第三党支部专题组织生活会还没有召开',
    ]);
    expect(orgLifeResult(r)).toMatchObject({ done: false, progress: { done: 3, total: 4 } });
    expect(orgLifeResult(r).detail).toContain('机关第三党支部专题组织生活会还没有召开');
  });

  it('R-EVAL-COVER: an away member in writing and a frail one orally count; a member whose analysis never came is named with why', () => {
    const { records } = heldEverywhere();
    const attendance = records.attendance.map((a) => (a.memberId === 'jiang' || a.memberId === 'shen' ? { ...a, present: false, absentReason: '外出' } : a));
    const turns = records.turns
      .filter((t) => t.memberId !== 'shen')
      .map((t) => (t.memberId === 'jiang' ? { ...t, presentation: 'written' as const } : t.memberId === 'zheng' ? { ...t, presentation: 'oral' as const } : t));
    const r = evaluationCover({ ...records, attendance, turns });
    expect(r).toEqual({ party: 17, missing: ['沈玉珍（外出）'], oral: 1, written: 1 });
    expect(coverResult({ ...r, missingCount: 1 })).toMatchObject({
      done: false,
      detail: '1 名党员的党性分析还没有在支部会上作出（到会、口头或书面）：沈玉珍（外出）',
    });
    const all = evaluationCover({ ...records, attendance, turns: [...turns, turn('m-retired', 'shen', 9, { presentation: 'written' })] });
    expect(coverResult({ ...all, missingCount: all.missing.length })).toMatchObject({ done: true, detail: '17 名党员都在支部专题组织生活会上作了党性分析（其中口头 1 人，书面 2 人）' });
    // A turn marked 未作党性分析 does not count.
    const none = evaluationCover({ ...records, turns: records.turns.map((t) => (t.memberId === 'zheng' ? { ...t, presentation: 'none' as const } : t)) });
    expect(none.missing).toEqual(['郑永年（年老体弱）']);
  });

  it('suggests how each member brings the analysis: in writing when away or absent, orally when frail', () => {
    const b = makeBureau().members;
    const by = (id: string) => b.find((m) => m.id === id)!;
    expect(suggestedPresentation(by('jiang'), undefined)).toBe('written');
    expect(suggestedPresentation(by('zheng'), true)).toBe('oral');
    expect(suggestedPresentation(by('sun'), true)).toBe('inPerson');
    expect(suggestedPresentation(by('sun'), false)).toBe('written');
  });
});

describe('双重组织生活', () => {
  it('R-MEET-DUAL: every leader cadre at the leadership meeting and at his or her own branch meeting passes', () => {
    const { records, bureau } = heldEverywhere();
    const r = dualAttendance({ members: bureau.members, branches: bureau.branches, meetings: records.meetings, attendance: records.attendance });
    expect(r).toEqual({ leaders: 5, misses: [] });
    expect(dualResult({ ...r, missCount: 0 }).done).toBe(true);
  });

  it('R-MEET-DUAL: a leader absent from the branch meeting, or whose branch has not met, is named with what is missing', () => {
    const { records, bureau } = heldEverywhere();
    const attendance = records.attendance.filter((a) => !(a.meetingId === 'm-b2' && a.memberId === 'li') && !(a.meetingId === 'dl' && a.memberId === 'zhao'));
    const meetings = records.meetings.filter((m) => m.branchId !== 'b1');
    const r = dualAttendance({ members: bureau.members, branches: bureau.branches, meetings, attendance });
    expect(r.misses.map((m) => `${m.name}${m.missing.join('，')}`)).toEqual([
      '陈国栋未参加机关第一党支部专题组织生活会（会议还没有安排）',
      '王建华未参加机关第一党支部专题组织生活会（会议还没有安排）',
      '赵文斌未参加领导班子专题民主生活会，未参加机关第一党支部专题组织生活会（会议还没有安排）',
      '李秀英未参加机关第二党支部专题组织生活会',
    ]);
    const facts = meetingFacts({ ...records, meetings: meetings, attendance, party: bureau.members.filter((m) => m.kind === 'party') });
    expect(dualResult(facts.dual)).toMatchObject({ done: false, progress: { done: 1, total: 5 } });
    expect(dualResult(facts.dual).detail).toContain('4 名党员领导干部还没有过双重组织生活：陈国栋未参加');
  });
});
