import { describe, expect, it } from 'vitest';
import { defaultTemplate } from '../campaign/defaultTemplate';
import { DEMO_TODAY } from './demoCalendar';
import { DEMO_SUPERVISOR } from './demoCast';
import { buildDemoUnit } from './demoUnit';

let n = 0;
const r = buildDemoUnit({ template: defaultTemplate(), makeId: () => `id-${++n}` });
const byId = new Map(r.members.map((m) => [m.id, m]));

describe('the demo’s special meetings on its 演示日期', () => {
  it('plans the leadership’s 专题民主生活会 on 9月22日, hosted by the 党组书记, with the 上级 and the 督导组 coming', () => {
    const leadership = r.specialMeetings.filter((m) => m.kind === 'democraticLife');
    expect(leadership).toHaveLength(1);
    const [m] = leadership;
    expect(m).toMatchObject({ status: 'planned', date: '2005-09-22', place: '局机关三楼会议室', hostName: '陈国栋', recorderName: '孙丽萍' });
    expect(byId.get(m.hostId!)?.roles).toContain('partyGroupSecretary');
    expect(m.supervisorNames).toContain(DEMO_SUPERVISOR);
    expect(m.higherNames.length).toBeGreaterThan(0);
    expect(m.higherOrgs).toHaveLength(m.higherNames.length);
    expect(m.branchId).toBeUndefined();
  });

  it('plans one 专题组织生活会 per branch from 9月23日 to 25日, each hosted by its secretary, recorded by one of its members, with 群众 invited', () => {
    const org = r.specialMeetings.filter((m) => m.kind === 'orgLife');
    expect(org.map((m) => m.branchId)).toEqual(r.branches.map((b) => b.id));
    expect(org.map((m) => m.date)).toEqual(['2005-09-23', '2005-09-24', '2005-09-25']);
    const names = new Map(r.members.map((m) => [m.name, m]));
    for (const m of org) {
      const host = byId.get(m.hostId!)!;
      expect(host.roles, m.place).toContain('branchSecretary');
      expect(host.branchId).toBe(m.branchId);
      expect(byId.get(m.recorderId!)?.branchId).toBe(m.branchId);
      expect(m.hostName).toBe(host.name);
      expect(m.nonParty.length).toBeGreaterThan(0);
      expect(m.nonParty.every((x) => names.get(x)?.kind !== 'party' && names.has(x))).toBe(true);
      expect(m.supervisorNames.length).toBeGreaterThan(0);
      expect(m.higherNames.length).toBeGreaterThan(0);
      expect(m.agenda).toContain('列席群众参与评议');
    }
  });

  it('holds none yet: nothing held, no minutes, no 督导组 confirmation, and nothing that follows the meetings', () => {
    expect(r.specialMeetings.every((m) => m.status === 'planned' && m.heldAt === undefined && m.date > DEMO_TODAY)).toBe(true);
    expect(r.specialMeetings.every((m) => m.createdAt.slice(0, 10) <= DEMO_TODAY)).toBe(true);
    expect([r.meetingTurns, r.meetingGateChecks, r.evaluations, r.evaluationReports, r.notices, r.surveyRounds, r.selfChecks].map((x) => x.length)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('records only the absences known in advance: the away members and the bedridden one, each at his or her own branch’s meeting, with the reason', () => {
    const meetings = new Map(r.specialMeetings.map((m) => [m.id, m]));
    expect(r.meetingAttendance.map((a) => byId.get(a.memberId)!.name).sort()).toEqual(['沈玉珍', '蒋卫东', '郑永年'].sort());
    for (const a of r.meetingAttendance) {
      const who = byId.get(a.memberId)!;
      expect(a.present).toBe(false);
      expect(a.absentReason).toBeTruthy();
      expect(who.away !== null || who.frail).toBe(true);
      expect(meetings.get(a.meetingId)?.branchId).toBe(who.branchId);
    }
  });
});
