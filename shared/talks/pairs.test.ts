import { describe, expect, it } from 'vitest';
import { extraTalkReasons, pairKey, requiredTalkPairs, type RequiredPair } from './pairs';
import { makeBureau, person } from './testing';

const bureau = makeBureau();
const pairs = requiredTalkPairs(bureau.members, bureau.offices, bureau.branches);
const find = (x: string, y: string): RequiredPair | undefined => pairs.find((p) => p.key === pairKey(x, y));
const partnersOf = (id: string, reason?: string) =>
  pairs
    .filter((p) => (p.aId === id || p.bId === id) && (!reason || p.reasons.includes(reason as never)))
    .map((p) => (p.aId === id ? p.bId : p.aId))
    .sort();

describe('required talk pairs', () => {
  it('R-TALK-PAIRS: the unit head talks with each team member, and the team members with each other', () => {
    expect(partnersOf('chen', 'headTeam')).toEqual(['li', 'wang', 'zhang', 'zhao']);
    expect(find('chen', 'wang')).toMatchObject({ aId: 'chen', bId: 'wang' });
    const team = ['wang', 'zhao', 'li', 'zhang'];
    for (const x of team) expect(partnersOf(x, 'teamTeam')).toEqual(team.filter((y) => y !== x).sort());
    expect(pairs.filter((p) => p.reasons.includes('teamTeam'))).toHaveLength(6);
  });

  it('R-TALK-PAIRS: a leader talks with the heads of the offices he or she oversees, never with himself', () => {
    expect(partnersOf('wang', 'leaderOffice')).toEqual(['sun', 'zhao']);
    expect(partnersOf('li', 'leaderOffice')).toEqual(['liufang', 'zhou']);
    // A head who is not a party member is talked with too; an office without a head adds nobody.
    expect(partnersOf('zhang', 'leaderOffice')).toEqual(['huang', 'xiao']);
    expect(find('zhang', 'xiao')?.reasons).toEqual(['leaderOffice']);
    // 分管 is over offices, not branches: 李秀英 oversees 运行科, whose head 周海涛 is 第三支部's secretary; his members are not hers.
    expect(find('li', 'deng')).toBeUndefined();
    const self = { ...bureau, members: bureau.members.map((m) => (m.id === 'zhao' ? { ...m, oversees: ['office', 'legal'] } : m)) };
    expect(requiredTalkPairs(self.members, self.offices, self.branches).some((p) => p.aId === p.bId)).toBe(false);
  });

  it('R-TALK-PAIRS: each branch secretary talks with every party member of the branch, the retirees\' too', () => {
    expect(partnersOf('sun', 'secretaryMember')).toEqual(['chen', 'huang', 'jiang', 'wang', 'wangwei', 'zhao']);
    expect(partnersOf('zhou', 'secretaryMember')).toEqual(['deng', 'wangwei2']);
    expect(partnersOf('wu', 'secretaryMember')).toEqual(['shen', 'zheng']);
    // A team member who is also the secretary: one pair per person, with both reasons.
    expect(partnersOf('zhang', 'secretaryMember')).toEqual(['li', 'liufang', 'xu']);
    expect(find('zhang', 'li')).toMatchObject({ aId: 'li', reasons: ['teamTeam', 'secretaryMember', 'leaderBranch'] });
    expect(find('zhang', 'liufang')).toMatchObject({ aId: 'zhang', reasons: ['secretaryMember', 'leaderBranch'] });
    // Non-party people are not branch members.
    expect(pairs.some((p) => p.reasons.includes('secretaryMember') && ['xiao', 'qian', 'kong'].includes(p.bId))).toBe(false);
  });

  it('R-TALK-LEADER-ALL: a party-member leader talks with every party member of his or her own branch, and only that branch', () => {
    const b1 = ['chen', 'wang', 'zhao', 'sun', 'wangwei', 'jiang', 'huang'];
    for (const leader of ['chen', 'wang', 'zhao']) expect(partnersOf(leader, 'leaderBranch')).toEqual(b1.filter((x) => x !== leader).sort());
    expect(partnersOf('li', 'leaderBranch')).toEqual(['liufang', 'xu', 'zhang']);
    // Nobody leads the third or the retirees' branch: their members have no leaderBranch pair.
    for (const id of ['deng', 'wangwei2', 'zheng', 'shen']) expect(partnersOf(id, 'leaderBranch')).toEqual([]);
    // A leader who is not a party member has no branch to talk with.
    const nonParty = [...bureau.members, person('ye', '叶非党', { kind: 'masses', roles: ['leaderCadre'], branchId: 'b3' })];
    expect(requiredTalkPairs(nonParty, bureau.offices, bureau.branches).some((p) => p.aId === 'ye' || p.bId === 'ye')).toBe(false);
  });

  it('R-TALK-PAIRS: A↔B is B↔A: each pair once, with every reason, nobody with himself', () => {
    const keys = pairs.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(pairs.every((p) => p.aId !== p.bId && p.key === pairKey(p.aId, p.bId))).toBe(true);
    // 王建华 oversees the 办公室 whose head 赵文斌 is a team member of the same branch.
    expect(find('zhao', 'wang')).toMatchObject({ aId: 'wang', bId: 'zhao', reasons: ['teamTeam', 'leaderOffice', 'leaderBranch'] });
    expect(find('wang', 'sun')).toMatchObject({ aId: 'wang', reasons: ['leaderOffice', 'secretaryMember', 'leaderBranch'] });
    // Plain members of a branch are not paired by the rules (党员之间 is demanded per person).
    expect(find('wangwei', 'huang')).toBeUndefined();
    expect(find('liufang', 'xu')).toBeUndefined();
    expect(pairs).toHaveLength(37);
  });

  it('R-TALK-PAIRS: pairs with someone away are marked, not dropped', () => {
    expect(find('sun', 'jiang')?.awayIds).toEqual(['jiang']);
    expect(find('wu', 'shen')?.awayIds).toEqual(['shen']);
    expect(pairs.filter((p) => p.awayIds.length > 0)).toHaveLength(5);
    expect(find('chen', 'wang')?.awayIds).toEqual([]);
  });

  it('separate 局长 and 党组书记 are both main leaders and talk with each other as team members', () => {
    const split = bureau.members.map((m) =>
      m.id === 'chen' ? { ...m, roles: ['unitHead' as const, 'leaderCadre' as const] } : m.id === 'li' ? { ...m, roles: ['partyGroupSecretary' as const, 'leaderCadre' as const] } : m,
    );
    const p = requiredTalkPairs(split, bureau.offices, bureau.branches);
    expect(p.find((x) => x.key === pairKey('chen', 'li'))?.reasons).toEqual(['teamTeam']);
    expect(p.filter((x) => x.reasons.includes('headTeam')).map((x) => `${x.aId}-${x.bId}`).sort()).toEqual(
      ['chen-wang', 'chen-zhang', 'chen-zhao', 'li-wang', 'li-zhang', 'li-zhao'],
    );
  });

  it('an extra talk is 党员之间 or 党员与群众 by who talks', () => {
    expect(extraTalkReasons({ kind: 'party' }, { kind: 'party' })).toEqual(['memberMember']);
    expect(extraTalkReasons({ kind: 'party' }, { kind: 'client' })).toEqual(['memberMasses']);
    expect(extraTalkReasons({ kind: 'masses' }, { kind: 'client' })).toEqual([]);
  });

  it('stays linear for a unit of 2,000', () => {
    const branches = Array.from({ length: 20 }, (_, i) => ({ id: `b${i}`, unitId: 'u', name: `第${i}支部`, order: i }));
    const members = Array.from({ length: 2000 }, (_, i) =>
      person(`m${i}`, `党员${i}`, { branchId: `b${i % 20}`, roles: i < 20 ? ['branchSecretary'] : i < 30 ? ['teamMember', 'leaderCadre'] : [] }),
    );
    const started = performance.now();
    const p = requiredTalkPairs(members, [], branches);
    expect(performance.now() - started).toBeLessThan(1000);
    // 20 secretaries × 99 mates + 10 leaders × 99 + 45 team pairs, overlaps counted once.
    expect(p.length).toBeLessThan(20 * 99 + 10 * 99 + 45);
    expect(p.length).toBeGreaterThan(20 * 99);
  });
});
