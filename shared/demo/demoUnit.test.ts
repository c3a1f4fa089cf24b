import { describe, expect, it } from 'vitest';
import { buildUnitBackup, parseUnitBackup } from '../backup/format';
import { defaultTemplate } from '../campaign/defaultTemplate';
import { computeDashboard } from '../campaign/dashboard';
import { canEnterStage } from '../campaign/gates';
import { mobilisationStatus } from '../campaign/mobilise';
import { validatePlan } from '../campaign/plan';
import type { CampaignSnapshot } from '../campaign/snapshot';
import { checklistItems } from '../campaign/template';
import { UNIT_TABLE_DEFS } from '../data/registry';
import { ROSTER_FEATURE, type RosterFacts } from '../members/measures';
import { validateMemberDraft } from '../members/validate';
import { OPINION_CHANNELS } from '../opinions/types';
import { requiredTalkPairs, pairKey } from '../talks/pairs';
import { validateUnitDraft } from '../units/validate';
import { DEMO_TODAY } from './demoCalendar';
import { buildDemoUnit } from './demoUnit';

const template = defaultTemplate();
let n = 0;
const r = buildDemoUnit({ template, makeId: () => `id-${++n}` });
const snapshot: CampaignSnapshot = { ...r, template, thresholdOverrides: {} };
const roster: RosterFacts = { hasParty: true, branches: r.branches.length, unplaced: [] };
const party = r.members.filter((m) => m.kind === 'party');
const byName = (name: string) => r.members.find((m) => m.name === name)!;
const nameOf = new Map(r.members.map((m) => [m.id, m.name]));

describe('buildDemoUnit: the roster', () => {
  it('has about 40 party members in 3 branches and 8 non-party people', () => {
    expect(r.unit).toMatchObject({ name: '示例市经济局', orgName: '中共示例市经济局机关委员会', isDemo: true });
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
    const dupes = names.filter((x, i) => names.indexOf(x) !== i);
    expect(dupes).toEqual(['王伟']);
    const pair = r.members.filter((m) => m.name === '王伟');
    expect(pair[0].branchId).not.toBe(pair[1].branchId);
  });

  it('passes the unit and member validators, without even a warning', () => {
    expect(validateUnitDraft(r.unit).ok).toBe(true);
    for (const m of r.members) expect(validateMemberDraft(m, DEMO_TODAY), m.name).toEqual([]);
  });
});

describe('buildDemoUnit: its records are ones the app itself could have written', () => {
  it('lives in 2005 on its 演示日期 9月13日, whatever the PC’s date', () => {
    expect(r.unit).toMatchObject({ year: 2005, demoToday: '2005-09-13' });
    const again = buildDemoUnit({ template, makeId: () => `x-${++n}` });
    expect(again.unit.demoToday).toBe('2005-09-13');
    expect(again.opinions.map((o) => o.date)).toEqual(r.opinions.map((o) => o.date));
  });

  it('fills every table of a unit but the threshold settings, the log and what comes after its 演示日期', () => {
    const empty = UNIT_TABLE_DEFS.map((t) => t.name).filter((t) => ((r as unknown as Record<string, unknown[]>)[t] ?? []).length === 0);
    // On 2005-09-13 the special meetings are planned, not held: what follows them has no records yet.
    const afterDemoToday = ['meetingTurns', 'meetingGateChecks', 'evaluations', 'evaluationReports', 'notices', 'surveyRounds', 'selfChecks'];
    // Its acceptances were typed in (paper), not taken from signed receipts.
    const paperOnly = ['acceptanceReceipts'];
    expect(empty).toEqual(['thresholdOverrides', 'thresholdChanges', ...afterDemoToday, ...paperOnly, 'audit']);
  });

  it('passes each table’s record schema', () => {
    for (const t of UNIT_TABLE_DEFS) {
      for (const x of (r as unknown as Record<string, unknown[]>)[t.name] ?? []) {
        const p = t.record.safeParse(x);
        expect(p.success ? [] : p.error.issues.map((i) => `${t.name}.${i.path.join('.')}: ${i.message}`)).toEqual([]);
      }
    }
  });

  it('as a backup file it passes the format, the references and the rules checks (the working records’ own included)', () => {
    const { unit, ...records } = r;
    const backup = buildUnitBackup({
      unit,
      records: { ...records, thresholdOverrides: [], thresholdChanges: [], audit: [] },
      appVersion: '0.1.0',
      exportedAt: '2005-09-13T18:00:00.000+08:00',
    });
    const read = parseUnitBackup(JSON.parse(JSON.stringify(backup)));
    expect(read.ok ? [] : read.error).toEqual([]);
  });

  it('holds nothing done after the 演示日期: only planned talks, deadlines and 公示 ends lie ahead', () => {
    const DONE_FIELDS = ['date', 'doneOn', 'at', 'savedAt', 'createdAt', 'updatedAt', 'recordedAt', 'receivedOn', 'publicFrom'];
    const late: string[] = [];
    const check = (where: string, value: unknown) => {
      if (typeof value === 'string' && value.slice(0, 10) > DEMO_TODAY) late.push(`${where}: ${value}`);
    };
    for (const [table, list] of Object.entries(r)) {
      for (const x of Array.isArray(list) ? list : [list]) {
        const row = x as Record<string, unknown>;
        const planned = (table === 'talks' && row.status !== 'done') || (table === 'specialMeetings' && row.status === 'planned');
        for (const f of DONE_FIELDS) if (!(planned && f === 'date')) check(`${table}.${f}`, row[f]);
        if (table === 'planReviews') for (const h of (row.history as { at: string }[])) check('planReviews.history.at', h.at);
        if (table === 'studySessions') for (const d of row.makeUpDates as string[]) check('studySessions.makeUpDates', d);
      }
    }
    expect(late).toEqual([]);
    expect(r.talks.filter((t) => t.status === 'planned' && t.date).every((t) => t.date! > DEMO_TODAY)).toBe(true);
  });

  it('ticks by hand only items without a measure, and gets the computed ones from its data', () => {
    const measured = new Set(checklistItems(template).filter((i) => i.measure).map((i) => i.id));
    expect(r.ticks.filter((t) => measured.has(t.itemId))).toEqual([]);
    expect(r.ticks.map((t) => t.itemId)).toEqual(expect.arrayContaining(['lookback.report', 'transition.briefing', 'transition.planFiled']));
  });
});

describe('buildDemoUnit: the working records of 分析评议', () => {
  it('has about 40 opinions over every channel and from all sides, some carried over from stage 1', () => {
    expect(r.opinions.length).toBeGreaterThanOrEqual(35);
    expect(r.opinions.length).toBeLessThanOrEqual(50);
    expect(new Set(r.opinions.map((o) => o.channel))).toEqual(new Set(OPINION_CHANNELS));
    expect(new Set(r.opinions.map((o) => o.source))).toEqual(new Set(['party', 'masses', 'client', 'cppccMember', 'higher']));
    expect(new Set(r.opinions.map((o) => o.target))).toEqual(new Set(['organisation', 'leadership', 'member']));
    const stage1 = r.opinions.filter((o) => o.fromStage1);
    expect(stage1.length).toBeGreaterThan(3);
    expect(stage1.every((o) => o.date < '2005-09-01')).toBe(true);
    expect(r.opinions.filter((o) => !o.fromStage1).every((o) => o.date >= '2005-09-01')).toBe(true);
    expect(r.opinions.some((o) => o.anonymous) && r.opinions.some((o) => o.giver)).toBe(true);
    const about = new Set(r.opinions.map((o) => o.targetMemberId).filter(Boolean));
    expect(about.size).toBeGreaterThan(20);
    expect(about.has(r.members.filter((m) => m.name === '王伟')[1].id)).toBe(true);
  });

  it('leaves the blanks a unit half way would have: nothing from the 人大代表, nothing on the team’s 理想信念', () => {
    expect(r.opinions.filter((o) => o.source === 'npcDeputy')).toEqual([]);
    expect(r.opinions.filter((o) => o.target === 'leadership' && o.category === 'ideals')).toEqual([]);
    expect(r.opinions.some((o) => o.target === 'organisation' && o.category === 'ideals')).toBe(true);
  });

  it('checks last year’s opinions: fixed, partly fixed and not fixed', () => {
    expect(new Set(r.lastYearOpinions.map((o) => o.status))).toEqual(new Set(['fixed', 'partial', 'notFixed']));
  });

  it('plans every required talk pair once: about 60% held, some booked with time and place, some still without a date', () => {
    const required = requiredTalkPairs(r.members, r.offices, r.branches);
    const keyOf = (t: { aId: string; bId: string }) => pairKey(t.aId, t.bId);
    const talks = new Map(r.talks.map((t) => [keyOf(t), t]));
    expect(talks.size).toBe(r.talks.length);
    expect(required.filter((p) => !talks.has(p.key))).toEqual([]);
    for (const p of required) expect(talks.get(p.key)!.reasons).toEqual(p.reasons);
    const held = required.filter((p) => talks.get(p.key)!.status === 'done').length / required.length;
    expect(held).toBeGreaterThan(0.55);
    expect(held).toBeLessThan(0.7);
    const booked = r.talks.filter((t) => t.status === 'planned' && t.date);
    expect(booked.length).toBeGreaterThan(10);
    expect(booked.every((t) => t.time && t.place && t.topic)).toBe(true);
    expect(r.talks.filter((t) => t.status === 'planned' && !t.date).length).toBeGreaterThan(10);
    const head = byName('陈国栋').id;
    expect(r.talks.filter((t) => t.reasons.includes('headTeam')).every((t) => t.status === 'done' && (t.aId === head || t.bId === head))).toBe(true);
    expect(r.talks.filter((t) => t.status === 'done').every((t) => t.doneOn === t.date && t.note)).toBe(true);
    expect(r.talks.some((t) => t.reasons.includes('memberMasses'))).toBe(true);
  });

  it('books nobody twice at the same hour', () => {
    const slots = r.talks.filter((t) => t.date).flatMap((t) => [t.aId, t.bId].map((id) => `${nameOf.get(id)} ${t.date} ${t.time}`));
    expect(slots.filter((s, i) => slots.indexOf(s) !== i)).toEqual([]);
  });

  it('feeds opinions back from the head to team members and from secretaries to members, in a talk held after them', () => {
    expect(r.feedbacks.length).toBeGreaterThan(5);
    const fromNames = new Set(r.feedbacks.map((f) => nameOf.get(f.fromId)));
    expect(fromNames).toEqual(new Set(['陈国栋', '孙丽萍', '周海涛']));
    const talk = new Map(r.talks.map((t) => [t.id, t]));
    const inTalk = r.feedbacks.filter((f) => f.way === 'talk');
    expect(inTalk.length).toBeGreaterThan(0);
    for (const f of inTalk) {
      const t = talk.get(f.talkId!)!;
      expect(t.status).toBe('done');
      expect(new Set([t.aId, t.bId])).toEqual(new Set([f.fromId, f.toId]));
      expect(t.doneOn).toBe(f.date);
    }
  });

  it('has a material for most party members, in every state of the review, each version and step in order', () => {
    const states = new Set(r.analyses.map((a) => a.state));
    expect(states).toEqual(new Set(['draft', 'submitted', 'returned', 'approved', 'public', 'final']));
    const without = party.filter((m) => !r.analyses.some((a) => a.memberId === m.id)).map((m) => m.name);
    expect(without).toEqual(['彭晓东', '冯桂兰', '何美玲', '吕建国', '施桂芳']);
    expect(new Set(r.analyses.map((a) => a.memberId)).size).toBe(r.analyses.length);
    expect(r.analyses.every((a) => party.some((m) => m.id === a.memberId))).toBe(true);
    for (const a of r.analyses) {
      const versions = r.analysisVersions.filter((v) => v.analysisId === a.id).map((v) => v.version);
      expect(versions).toEqual(Array.from({ length: a.version }, (_, i) => i + 1));
      const steps = r.analysisSteps.filter((s) => s.analysisId === a.id);
      expect(steps.map((s) => s.order)).toEqual(steps.map((_, i) => i + 1));
      expect(steps.map((s) => s.at)).toEqual([...steps.map((s) => s.at)].sort());
    }
    const published = r.analyses.filter((a) => a.state === 'public' || a.state === 'final');
    expect(published.every((a) => a.publicFrom && a.publicTo && r.analysisComments.some((c) => c.analysisId === a.id))).toBe(true);
  });

  it('has exactly one material returned twice, with the rewrite reasons, and three versions', () => {
    const twice = r.analyses.filter((a) => r.analysisSteps.filter((s) => s.analysisId === a.id && s.event === 'return').length === 2);
    expect(twice).toHaveLength(1);
    const [a] = twice;
    expect(nameOf.get(a.memberId)).toBe('宋立新');
    expect(a.version).toBe(3);
    const returns = r.analysisSteps.filter((s) => s.analysisId === a.id && s.event === 'return');
    expect(returns.map((s) => s.version)).toEqual([1, 2]);
    expect(returns.every((s) => s.reasons.length > 0 && s.note && s.by === '张志强')).toBe(true);
    expect(r.analyses.filter((x) => x !== a).every((x) => r.analysisSteps.filter((s) => s.analysisId === x.id && s.event === 'return').length <= 1)).toBe(true);
  });

  it('has an old member’s material dictated and recorded by another member, and an away member’s received by post', () => {
    const dictated = r.analyses.find((a) => a.memberId === byName('郑永年').id)!;
    expect(dictated).toMatchObject({ mode: 'dictated', recorderId: byName('吴德厚').id });
    expect(r.analyses.filter((a) => a.mode === 'dictated').every((a) => a.recorderId && a.recorderId !== a.memberId)).toBe(true);
    const posted = r.analyses.find((a) => a.memberId === byName('沈玉珍').id)!;
    expect(posted).toMatchObject({ receivedWay: 'post', receivedOn: '2005-09-12' });
    expect(byName('沈玉珍').away).not.toBeNull();
  });

  it('keeps a 边议边改 ledger of about 8 items from opinions: some done, exactly one overdue on the 演示日期', () => {
    expect(r.fixItems.length).toBeGreaterThanOrEqual(6);
    const opinionIds = new Set(r.opinions.map((o) => o.id));
    expect(r.fixItems.every((f) => f.opinionIds.length > 0 && f.opinionIds.every((id) => opinionIds.has(id)))).toBe(true);
    expect(r.fixItems.filter((f) => f.status === 'done').length).toBeGreaterThan(2);
    expect(r.fixItems.filter((f) => f.status === 'open' && f.deadline < DEMO_TODAY).map((f) => f.problem)).toEqual(['企业诉求回复不及时，有的拖了一个多月']);
  });

  it('logs two study sessions, with party members absent and some of them making it up', () => {
    expect(r.studySessions).toHaveLength(2);
    const partyIds = new Set(party.map((m) => m.id));
    for (const s of r.studySessions) {
      expect([...s.attendeeIds, ...s.makeUpIds].every((id) => partyIds.has(id))).toBe(true);
      expect(s.attendeeIds.length).toBeLessThan(party.length);
      expect(s.makeUpIds.length).toBeGreaterThan(0);
      expect(s.attendeeIds.length + s.makeUpIds.length).toBeLessThan(party.length);
    }
  });
});

describe('the demo on its 演示日期', () => {
  it('R-STAGE-LOOKBACK: stage 1 accepted by the 督导组, so 分析评议 is open', () => {
    expect(snapshot.acceptances[0]).toMatchObject({ stageId: 'study', supervisor: '刘振华', passed: true });
    expect(canEnterStage(snapshot, 'analysis', DEMO_TODAY)).toEqual({ ok: true });
  });

  it('R-STAGE-MOBILISE and R-STAGE-PLAN: meeting held in time with the 督导组, plan approved and valid', () => {
    expect(mobilisationStatus(snapshot, DEMO_TODAY).state).toBe('done');
    expect(snapshot.meetings[0].supervisorsPresent).toEqual(['刘振华']);
    expect(validatePlan(snapshot, 'analysis')).toEqual({ ok: true });
    expect(snapshot.planReviews[0].state).toBe('approved');
    expect(snapshot.planActions.filter((a) => !a.mandatory)).toHaveLength(3);
  });

  it('looks alive: in 分析评议, some done, some next', () => {
    const d = computeDashboard(snapshot, { [ROSTER_FEATURE]: roster }, DEMO_TODAY);
    expect(d.current.id).toBe('analysis');
    expect(d.focus.overdue).toBe(false);
    expect(d.progress.done).toBeGreaterThan(0);
    expect(d.progress.done).toBeLessThan(d.progress.total);
    expect(d.next.length).toBeGreaterThan(0);
  });
});
