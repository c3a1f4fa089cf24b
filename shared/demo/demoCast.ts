/**
 * The demo's people as its working records name them: by name, the second 王伟 (机关第二党支部) as
 * `王伟#2`, so the data reads like the secretary's own lists. A name the roster lacks is a typo
 * in the demo's data and throws at once (the tests build the demo).
 */
import type { Branch, Member, Office } from '../members/types';

export const DEMO_SECRETARY = '孙丽萍';
export const DEMO_SUPERVISOR = '刘振华';

export interface DemoCast {
  unitId: string;
  makeId: () => string;
  members: readonly Member[];
  branches: readonly Branch[];
  offices: readonly Office[];
  /** Party members, in roster order. */
  party: readonly Member[];
  person(name: string): Member;
  id(name: string): string;
  /** The name as the demo's data writes it (`王伟#2` for the second 王伟). */
  keyOf(m: Member): string;
  /** Party members of branch `index` (0, 1, 2: DEMO_BRANCHES), in roster order. */
  branchMembers(index: number): Member[];
  withRole(role: Member['roles'][number]): Member[];
}

export function demoCast(unitId: string, makeId: () => string, r: { members: Member[]; branches: Branch[]; offices: Office[] }): DemoCast {
  const byName = new Map<string, Member>();
  const keys = new Map<string, string>();
  for (const m of r.members) {
    const key = byName.has(m.name) ? `${m.name}#2` : m.name;
    byName.set(key, m);
    keys.set(m.id, key);
  }
  const person = (name: string) => {
    const m = byName.get(name);
    if (!m) throw new RangeError(`The demo roster has no ${name}`);
    return m;
  };
  const party = r.members.filter((m) => m.kind === 'party');
  return {
    unitId,
    makeId,
    members: r.members,
    branches: r.branches,
    offices: r.offices,
    party,
    person,
    id: (name) => person(name).id,
    keyOf: (m) => keys.get(m.id) ?? m.name,
    branchMembers: (index) => party.filter((m) => m.branchId === r.branches[index].id),
    withRole: (role) => party.filter((m) => m.roles.includes(role)),
  };
}
