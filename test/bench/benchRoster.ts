/**
 * The synthetic roster the benches share: n people in `branches.length` branches, every tenth
 * one not a party member; member 0 is the unit head and 党组书记, 1–4 the team, then one branch
 * secretary per branch (the first member of that branch after the team).
 */
import type { Branch, Member } from '../../shared/members/types';

export function benchRoster(unitId: string, n: number, branches: readonly Branch[], now: string, opts: { teamAreLeaderCadres?: boolean } = {}): Member[] {
  const cadre: Member['roles'] = opts.teamAreLeaderCadres ? ['leaderCadre'] : [];
  return Array.from({ length: n }, (_, i) => {
    const party = i % 10 !== 9;
    const roles: Member['roles'] =
      i === 0 ? ['unitHead', 'partyGroupSecretary', ...cadre] : i < 5 ? ['teamMember', ...cadre] : i < 5 + branches.length ? ['branchSecretary'] : [];
    const branchId = i >= 5 && i < 5 + branches.length ? branches[i - 5].id : branches[i % branches.length].id;
    return {
      id: `m-${i}`,
      unitId,
      kind: party ? 'party' : 'masses',
      name: `成员${i}`,
      roles,
      oversees: [],
      employment: 'working',
      frail: false,
      cannotWrite: false,
      away: null,
      ...(party ? { branchId, joinedParty: '1990-07', partyStatus: 'full' as const } : {}),
      createdAt: now,
      updatedAt: now,
    };
  });
}
