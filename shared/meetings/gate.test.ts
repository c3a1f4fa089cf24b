import { describe, expect, it } from 'vitest';
import { gateRefusal, meetingGate, quorumNeeded } from './gate';
import { gateFacts, indexWorld, type GateWorld } from './gateFacts';
import { present, readyWorld } from './testing';
import type { GateCondition, SpecialMeeting } from './types';

const gateOf = (world: GateWorld, m: SpecialMeeting) => meetingGate(gateFacts(indexWorld(world), m));
const condition = (world: GateWorld, m: SpecialMeeting, c: GateCondition) => gateOf(world, m).conditions.find((x) => x.condition === c)!;
const unmet = (world: GateWorld, m: SpecialMeeting) => gateOf(world, m).conditions.filter((c) => !c.met).map((c) => c.condition);

describe('the R-MEET-SIX gate', () => {
  it('R-MEET-SIX: opens for both kinds of meeting when all six conditions hold, each saying what it found', () => {
    const { world, dl, b1m } = readyWorld();
    for (const m of [dl, b1m]) expect(gateOf(world, m).gate).toEqual({ ok: true });
    const six = gateOf(world, b1m).conditions;
    expect(six.map((c) => c.n)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(six[0].detail).toBe('督导组刘督导于2005年9月20日确认征求意见深入；机关第一党支部 7 名党员都征求到了对本人的意见，意见的内容和范围没有空白');
    expect(six[3].detail).toBe('应到 7 人，实到 7 人，达到规定的 80%');
    expect(six[4].detail).toBe('支部书记孙丽萍到会');
    expect(six[5].detail).toBe('上级党组织：高建华（市直机关工委）；督导组：刘督导');
    expect(condition(world, dl, 'secretary').detail).toBe('党组书记陈国栋到会');
  });

  it('R-MEET-SIX condition 1: a member in scope with no opinion about him closes the gate, by name; so does a missing 督导组 confirmation', () => {
    const { world, b1m, dl } = readyWorld();
    const noHuang = { ...world, opinionCounts: new Map([...world.opinionCounts].filter(([id]) => id !== 'huang')) };
    const c = condition(noHuang, b1m, 'opinions');
    expect(c.met).toBe(false);
    expect(c.detail).toBe('机关第一党支部 1 名党员还没有征求到对本人的意见：黄志明');
    expect(c.coverage).toEqual({ complete: false, line: '机关第一党支部 1 名党员还没有征求到对本人的意见：黄志明' });
    expect(unmet(noHuang, b1m)).toEqual(['opinions']);
    // 黄志明 is not in the leadership: its gate stays open.
    expect(gateOf(noHuang, dl).gate.ok).toBe(true);

    const unconfirmed = { ...world, checks: world.checks.filter((x) => !(x.meetingId === b1m.id && x.condition === 'opinions')) };
    expect(condition(unconfirmed, b1m, 'opinions')).toMatchObject({ met: false, detail: '督导组还没有确认征求意见深入', coverage: { complete: true } });
  });

  it('R-MEET-SIX condition 1: a blank in what the register covers (no 群众 opinion, nothing on the leadership\'s 工作作风) is named', () => {
    const { world, dl } = readyWorld();
    const thin = { ...world, opinionCombos: world.opinionCombos.filter((k) => k.source !== 'masses' && !(k.target === 'leadership' && k.category === 'style')) };
    expect(condition(thin, dl, 'opinions').detail).toBe('对领导班子的工作作风方面还没有意见；还没有群众提的意见');
  });

  it('R-MEET-SIX condition 2: a required pair in scope not talked closes the gate, naming the pair; confirmation alone is not enough', () => {
    const { world, b1m, dl } = readyWorld();
    const open = { ...world, doneTalks: world.doneTalks.filter((t) => !(t.aId === 'sun' && t.bId === 'huang')) };
    const c = condition(open, b1m, 'talks');
    expect(c).toMatchObject({ met: false, detail: '机关第一党支部还有 1 对谈心没有谈：孙丽萍—黄志明', confirmation: { by: '刘督导' } });
    expect(unmet(open, b1m)).toEqual(['talks']);
    expect(gateOf(open, dl).gate.ok).toBe(true);
    // A pair with someone away (蒋卫东) is not demanded in person.
    const awayPair = { ...world, doneTalks: world.doneTalks.filter((t) => t.bId !== 'jiang' && t.aId !== 'jiang') };
    expect(condition(awayPair, b1m, 'talks').met).toBe(true);
  });

  it('R-MEET-SIX condition 3: materials in scope not yet 审阅通过 close the gate, named (a namesake told apart)', () => {
    const { world, b1m, dl } = readyWorld();
    const analyses = world.analyses.map((a) => (a.memberId === 'wangwei' ? { ...a, state: 'submitted' as const } : a)).filter((a) => a.memberId !== 'huang');
    const w = { ...world, analyses };
    expect(condition(w, b1m, 'materials').detail).toBe('机关第一党支部 2 名党员的党性分析材料未审阅通过：黄志明、王伟（办公室科员）');
    expect(unmet(w, b1m)).toEqual(['materials']);
    // 公示中 and 定稿 are past 审阅通过.
    const later = { ...world, analyses: world.analyses.map((a, i) => ({ ...a, state: i % 2 ? ('public' as const) : ('final' as const) })) };
    expect(gateOf(later, b1m).gate.ok).toBe(true);
    // The leadership's scope is the team: 李秀英 of the second branch is in it.
    const li = { ...world, analyses: world.analyses.map((a) => (a.memberId === 'li' ? { ...a, state: 'returned' as const } : a)) };
    expect(condition(li, dl, 'materials').detail).toBe('领导班子 1 名成员的党性分析材料未审阅通过：李秀英');
    expect(gateOf(li, b1m).gate.ok).toBe(true);
  });

  it('R-MEET-SIX condition 4: below the unit\'s attendance ratio of 应到 (away members counted in 应到) the gate closes, naming who is absent', () => {
    const { world, b1m } = readyWorld();
    const absent = new Map([
      ['jiang', '援疆挂职'],
      ['huang', '因病住院'],
    ]);
    const attendance = world.attendance.map((a) => (a.meetingId === b1m.id && absent.has(a.memberId) ? { ...a, present: false, absentReason: absent.get(a.memberId) } : a));
    const w = { ...world, attendance };
    // 5 of 7 present: 71% < 80% (at least 6).
    expect(condition(w, b1m, 'quorum')).toMatchObject({
      met: false,
      detail: '实到 5 人，不到应到 7 人的 80%（至少 6 人）；缺席：黄志明（因病住院）、蒋卫东（援疆挂职）',
    });
    expect(unmet(w, b1m)).toEqual(['quorum']);
    // The unit's own ratio decides: at 70% (at least 5) it is reached.
    expect(condition({ ...w, ratio: 0.7 }, b1m, 'quorum')).toMatchObject({ met: true, detail: '应到 7 人，实到 5 人，达到规定的 70%；缺席：黄志明（因病住院）、蒋卫东（援疆挂职）' });
    // Nothing entered yet.
    const none = { ...world, attendance: world.attendance.filter((a) => a.meetingId !== b1m.id) };
    expect(condition(none, b1m, 'quorum').detail).toBe('还没有登记到会情况（应到 7 人，至少 6 人到会）');
  });

  it('R-MEET-SIX condition 5: the branch secretary or the 党组书记 absent closes the gate; without a 党组书记 the unit head leads', () => {
    const { world, b1m, dl } = readyWorld();
    const sunAway = { ...world, attendance: world.attendance.map((a) => (a.meetingId === b1m.id && a.memberId === 'sun' ? { ...a, present: false, absentReason: '因病' } : a)) };
    expect(condition(sunAway, b1m, 'secretary')).toMatchObject({ met: false, detail: '支部书记孙丽萍缺席（因病）' });
    expect(unmet(sunAway, b1m)).toEqual(['secretary']);

    const chenAway = { ...world, attendance: world.attendance.filter((a) => !(a.meetingId === dl.id && a.memberId === 'chen')) };
    expect(condition(chenAway, dl, 'secretary').detail).toBe('党组书记陈国栋还没有登记到会');

    const noGroup = { ...world, members: world.members.map((m) => (m.id === 'chen' ? { ...m, roles: m.roles.filter((r) => r !== 'partyGroupSecretary') } : m)) };
    expect(condition(noGroup, dl, 'secretary')).toMatchObject({ met: true, detail: '单位主要负责同志陈国栋到会（名册中没有标明党组书记，由单位主要负责同志主持）' });
    const noHead = { ...world, members: world.members.map((m) => (m.id === 'chen' ? { ...m, roles: ['leaderCadre' as const] } : m)) };
    expect(condition(noHead, dl, 'secretary')).toMatchObject({ met: false, detail: '名册中没有标明党组书记或单位主要负责同志，请在党员名册中设定角色' });
    const noSecretary = { ...world, members: world.members.map((m) => (m.id === 'sun' ? { ...m, roles: [] } : m)) };
    expect(condition(noSecretary, b1m, 'secretary').detail).toBe('名册中没有标明机关第一党支部的支部书记，请在党员名册中设定角色');
  });

  it('R-MEET-SIX condition 6: both the higher organisation and the 督导组 must be there', () => {
    const { world, b1m } = readyWorld();
    expect(condition(world, { ...b1m, supervisorNames: [] }, 'supervisors')).toMatchObject({ met: false, detail: '还没有督导组的同志参加' });
    expect(condition(world, { ...b1m, higherNames: [], higherOrgs: [] }, 'supervisors').detail).toBe('还没有上级党组织的同志参加');
    expect(unmet(world, { ...b1m, supervisorNames: [] })).toEqual(['supervisors']);
  });

  it('R-MEET-SIX: the refusal names every unmet condition on its own line', () => {
    const { world, b1m } = readyWorld();
    const w = { ...world, attendance: [present(b1m.id, 'wangwei')], checks: [] };
    const g = gateOf(w, { ...b1m, supervisorNames: [] });
    expect(g.gate.ok).toBe(false);
    const text = gateRefusal(g);
    expect(text.split('\n')).toEqual([
      '“六个不开”还有 5 项没有达到，会议不能召开：',
      '1. 征求意见深入：督导组还没有确认征求意见深入',
      '2. 谈心广泛：督导组还没有确认谈心广泛',
      '4. 参会党员达到规定数量：实到 1 人，不到应到 7 人的 80%（至少 6 人）；未登记：陈国栋、黄志明、蒋卫东、孙丽萍、王建华、赵文斌',
      '5. 书记能够参加：支部书记孙丽萍还没有登记到会',
      '6. 上级党组织和督导组的同志到会：还没有督导组的同志参加',
    ]);
    if (!g.gate.ok) expect(g.gate.reasons.every((r) => r.rule === 'R-MEET-SIX')).toBe(true);
  });

  it('counts the quorum without losing a person to rounding', () => {
    expect(quorumNeeded(10, 0.8)).toBe(8);
    expect(quorumNeeded(7, 0.8)).toBe(6);
    expect(quorumNeeded(5, 0.6)).toBe(3);
  });
});
