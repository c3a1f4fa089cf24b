import { describe, expect, it } from 'vitest';
import { defaultTemplate } from '../campaign/defaultTemplate';
import { computeDashboard } from '../campaign/dashboard';
import { canEnterStage } from '../campaign/gates';
import { mobilisationStatus } from '../campaign/mobilise';
import { validatePlan } from '../campaign/plan';
import type { CampaignSnapshot } from '../campaign/snapshot';
import { ROSTER_FEATURE, type RosterFacts } from '../members/measures';
import { validateMemberDraft } from '../members/validate';
import { validateUnitDraft } from '../units/validate';
import { demoCalendar } from './demoCalendar';
import { buildDemoUnit } from './demoUnit';

const template = defaultTemplate();

function build(today: string) {
  let n = 0;
  const cal = demoCalendar(template, today);
  const r = buildDemoUnit({ template, ...cal, makeId: () => `id-${++n}`, now: `${today}T02:00:00.000Z` });
  const snapshot: CampaignSnapshot = { ...r, template, thresholdOverrides: {} };
  const roster: RosterFacts = { hasParty: r.members.some((m) => m.kind === 'party'), branches: r.branches.length, unplaced: [] };
  return { cal, r, snapshot, facts: { [ROSTER_FEATURE]: roster } };
}

describe('demoCalendar', () => {
  it('uses this year’s dates as they are from 9月5日 to 9月13日', () => {
    expect(demoCalendar(template, '2005-09-05')).toEqual({ year: 2005, shiftDays: 0 });
    expect(demoCalendar(template, '2026-09-13')).toEqual({ year: 2026, shiftDays: 0 });
  });
  it('later in the year keeps the year and starts 分析评议 late, so today is its 13th day', () => {
    expect(demoCalendar(template, '2026-11-27')).toEqual({ year: 2026, shiftDays: 75 });
  });
  it('before September uses last year’s campaign, shifted', () => {
    expect(demoCalendar(template, '2026-03-15')).toEqual({ year: 2025, shiftDays: 183 });
  });
});

describe('buildDemoUnit', () => {
  const { r } = build('2005-09-13');
  const party = r.members.filter((m) => m.kind === 'party');

  it('has about 40 party members in 3 branches and 8 non-party people', () => {
    expect(r.unit).toMatchObject({ name: '示例市经济局', orgName: '中共示例市经济局机关委员会', year: 2005, isDemo: true });
    expect(r.branches.map((b) => b.name)).toEqual(['机关第一党支部', '机关第二党支部', '离退休党支部']);
    expect(party).toHaveLength(40);
    expect(new Set(r.members.filter((m) => m.kind !== 'party').map((m) => m.kind))).toEqual(
      new Set(['masses', 'client', 'npcDeputy', 'cppccMember']),
    );
    expect(r.members).toHaveLength(48);
    for (const b of r.branches) expect(party.some((m) => m.branchId === b.id)).toBe(true);
  });

  it('has the roles the rules look at: a 党组书记 who heads the unit, a 机关党委书记, a secretary per branch', () => {
    const withRole = (role: string) => party.filter((m) => m.roles.includes(role as never));
    expect(withRole('unitHead').map((m) => m.post)).toEqual(['局长、党组书记']);
    expect(withRole('unitHead')[0].roles).toEqual(['unitHead', 'partyGroupSecretary', 'leaderCadre']);
    expect(withRole('partyGroupSecretary')).toEqual(withRole('unitHead'));
    expect(withRole('committeeSecretary').map((m) => m.name)).toEqual(['王建华']);
    const secretaries = withRole('branchSecretary');
    expect(secretaries.map((m) => m.branchId).sort()).toEqual(r.branches.map((b) => b.id).sort());
  });

  it('has 内设科室 and a 二级单位, each with a 负责人 working there, all overseen by team members', () => {
    expect(r.offices.map((o) => o.name)).toEqual(['办公室', '人事科', '财务科', '综合规划科', '经济运行科', '企业服务科', '法规科', '市中小企业服务中心']);
    expect(r.offices.filter((o) => o.kind === 'subUnit').map((o) => o.name)).toEqual(['市中小企业服务中心']);
    const byId = new Map(r.members.map((m) => [m.id, m]));
    for (const o of r.offices) {
      const head = byId.get(o.headId ?? '');
      expect(head?.officeId, o.name).toBe(o.id);
      expect(head?.post, o.name).toMatch(new RegExp(`^${o.name}(主任|科长)$`));
    }
    const team = party.filter((m) => m.roles.includes('teamMember'));
    expect(team.map((m) => m.name)).toEqual(['王建华', '赵文斌', '李秀英', '张志强']);
    expect(team.every((m) => m.roles.includes('leaderCadre') && m.oversees.length > 0 && m.officeId === undefined)).toBe(true);
    const overseen = team.flatMap((m) => m.oversees);
    expect(new Set(overseen)).toEqual(new Set(r.offices.map((o) => o.id)));
    expect(overseen).toHaveLength(r.offices.length);
    expect(party.filter((m) => m.branchId !== r.branches[2].id && !m.roles.includes('teamMember') && !m.roles.includes('unitHead') && m.officeId === undefined).map((m) => m.post)).toEqual(['调研员', '副调研员']);
  });

  it('says who is 预备党员, everyone’s 文化程度, and the conditions that change the work', () => {
    expect(party.filter((m) => m.partyStatus === 'probationary').map((m) => m.name)).toEqual(['朱婷', '曹阳']);
    expect(party.every((m) => m.partyStatus === 'full' || m.partyStatus === 'probationary')).toBe(true);
    expect(r.members.filter((m) => m.kind !== 'party').every((m) => m.partyStatus === undefined)).toBe(true);
    expect(r.members.every((m) => m.education !== undefined)).toBe(true);
    const retiredBranch = r.branches[2].id;
    expect(party.filter((m) => m.branchId === retiredBranch).every((m) => m.employment === 'retired')).toBe(true);
    expect(party.filter((m) => m.frail)).toHaveLength(2);
    const ill = party.filter((m) => m.chronicIll);
    expect(ill.map((m) => [m.name, m.employment])).toEqual([['郑永年', 'retired']]);
    expect(party.filter((m) => m.cannotWrite).map((m) => m.education)).toEqual(['primary']);
    const away = party.filter((m) => m.away);
    expect(away).toHaveLength(2);
    expect(away.every((m) => m.away!.place && m.away!.contact)).toBe(true);
  });

  it('has exactly one same-name pair, in different branches', () => {
    const names = r.members.map((m) => m.name);
    const dupes = names.filter((n, i) => names.indexOf(n) !== i);
    expect(dupes).toEqual(['王伟']);
    const pair = r.members.filter((m) => m.name === '王伟');
    expect(pair[0].branchId).not.toBe(pair[1].branchId);
  });

  it('passes the unit and member validators, without even a warning', () => {
    expect(validateUnitDraft(r.unit).ok).toBe(true);
    for (const m of r.members) expect(validateMemberDraft(m, '2005-09-13'), m.name).toEqual([]);
  });

  it('keeps every reference inside the unit', () => {
    const ids = (list: { id: string }[]) => new Set(list.map((x) => x.id));
    const [branches, offices, members] = [ids(r.branches), ids(r.offices), ids(r.members)];
    for (const m of r.members) {
      if (m.branchId) expect(branches.has(m.branchId)).toBe(true);
      if (m.officeId) expect(offices.has(m.officeId)).toBe(true);
      for (const o of m.oversees) expect(offices.has(o)).toBe(true);
    }
    for (const o of r.offices) expect(members.has(o.headId!)).toBe(true);
    expect([...r.branches, ...r.offices, ...r.members].every((x) => x.unitId === r.unit.id)).toBe(true);
  });
});

describe.each(['2005-09-13', '2026-09-06', '2026-11-27', '2026-03-15'])('the demo seen on %s', (today) => {
  const { snapshot, facts } = build(today);

  it('R-STAGE-LOOKBACK: stage 1 accepted by the 督导组, so 分析评议 is open', () => {
    expect(snapshot.acceptances[0]).toMatchObject({ stageId: 'study', supervisor: '刘振华', passed: true });
    expect(canEnterStage(snapshot, 'analysis', today)).toEqual({ ok: true });
  });

  it('R-STAGE-MOBILISE and R-STAGE-PLAN: meeting held in time with the 督导组, plan approved and valid', () => {
    expect(mobilisationStatus(snapshot, today).state).toBe('done');
    expect(snapshot.meetings[0].supervisorsPresent).toEqual(['刘振华']);
    expect(validatePlan(snapshot, 'analysis')).toEqual({ ok: true });
    expect(snapshot.planReviews[0].state).toBe('approved');
    expect(snapshot.planActions.filter((a) => !a.mandatory)).toHaveLength(3);
  });

  it('looks alive: in 分析评议, some done, some next, nothing impossible', () => {
    const d = computeDashboard(snapshot, facts, today);
    expect(d.current.id).toBe('analysis');
    expect(d.focus.overdue).toBe(false);
    expect(d.progress.done).toBeGreaterThan(0);
    expect(d.progress.done).toBeLessThan(d.progress.total);
    expect(d.next.length).toBeGreaterThan(0);
    expect(snapshot.ticks.every((t) => t.at.slice(0, 10) <= today)).toBe(true);
    expect(snapshot.meetings[0].date <= today).toBe(true);
  });
});

it('the demo seen on its 13th day has exactly one overdue item: the 谈心计划', () => {
  for (const today of ['2005-09-13', '2026-11-27']) {
    const { snapshot, facts } = build(today);
    const d = computeDashboard(snapshot, facts, today);
    expect(d.overdue.map((i) => i.id)).toEqual(['talks.plan']);
  }
});
