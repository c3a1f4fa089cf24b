/**
 * R-OPIN-FEEDBACK: who must be told the opinions about them, and by whom. The unit head
 * (单位主要负责同志) feeds back to each team member; each branch secretary to each party member
 * of the branch. The givers themselves are not on the list: who feeds back to the unit head or
 * to a branch secretary is the higher organisation's business.
 */
import type { Member } from '../members/types';

export type FeedbackPerson = Pick<Member, 'id' | 'name' | 'kind' | 'roles' | 'branchId'>;

export interface FeedbackDuty {
  receiverId: string;
  receiverName: string;
  /** 班子成员 (from the unit head) or 党员 (from the branch secretary). */
  as: 'team' | 'member';
  /** Who may feed back to this person (empty when nobody holds the role yet). */
  giverIds: string[];
}

export interface FeedbackPlan {
  duties: FeedbackDuty[];
  /** What the roster lacks for the rule ("第二支部、第三支部还没有设定支部书记"), in words. */
  problems: string[];
}

const isHead = (p: Pick<FeedbackPerson, 'roles'>) => p.roles.includes('unitHead');
const isTeam = (p: Pick<FeedbackPerson, 'roles'>) => p.roles.includes('teamMember') && !isHead(p);

/**
 * One person's part in the rule, which depends on that person alone (feedbackDuties gives the
 * same): owed feedback as a team member or as a member of a branch, or a giver (the unit head, a
 * branch's secretary), or none of these. The tallies count these per person.
 */
export function feedbackPart(p: Omit<FeedbackPerson, 'name'>): { receiver?: 'team' | 'member'; branchId?: string; head: boolean; secretaryOf?: string } {
  const head = isHead(p);
  const secretaryOf = p.roles.includes('branchSecretary') && p.branchId ? p.branchId : undefined;
  if (isTeam(p)) return { receiver: 'team', head, secretaryOf };
  if (p.kind === 'party' && !head && p.branchId && !secretaryOf) return { receiver: 'member', branchId: p.branchId, head, secretaryOf };
  return { head, secretaryOf };
}

/** The duties in roster order (team members first); `branches` give the branch names for problems. */
export function feedbackDuties(people: readonly FeedbackPerson[], branches: readonly { id: string; name: string }[]): FeedbackPlan {
  const heads = people.filter(isHead).map((p) => p.id);
  const secretaries = new Map<string, string[]>();
  for (const p of people) {
    if (p.roles.includes('branchSecretary') && p.branchId) secretaries.set(p.branchId, [...(secretaries.get(p.branchId) ?? []), p.id]);
  }
  const duties: FeedbackDuty[] = [];
  const problems: string[] = [];
  const team = people.filter(isTeam);
  for (const p of team) duties.push({ receiverId: p.id, receiverName: p.name, as: 'team', giverIds: heads });
  if (team.length > 0 && heads.length === 0) problems.push('还没有设定单位主要负责同志');
  const noSecretary = new Set<string>();
  for (const p of people) {
    if (p.kind !== 'party' || isHead(p) || isTeam(p) || !p.branchId) continue;
    const givers = secretaries.get(p.branchId) ?? [];
    if (givers.includes(p.id)) continue;
    if (givers.length === 0) noSecretary.add(p.branchId);
    duties.push({ receiverId: p.id, receiverName: p.name, as: 'member', giverIds: givers });
  }
  const without = branches.filter((b) => noSecretary.has(b.id)).map((b) => b.name);
  if (without.length > 0) problems.push(`${without.join('、')}还没有设定支部书记`);
  return { duties, problems };
}

/** "张三、李四、王五等 12 人", or all the names when there are few. */
export function namesLine(names: readonly string[], total = names.length, cap = 5): string {
  const shown = names.slice(0, cap).join('、');
  return total > Math.min(cap, names.length) ? `${shown}等 ${total} 人` : shown;
}
