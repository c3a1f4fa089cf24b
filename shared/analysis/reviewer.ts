/**
 * R-ANALYSIS-REVIEW (who reviews whose material), from roles and offices:
 * - the unit head's own (主要负责同志, also the 党组书记) goes to the 督导组, then to the city-level
 *   leader in charge (市级分管领导);
 * - a team member's (班子成员) to the unit head and the 督导组;
 * - the head (负责人) of a 内设科室 / 二级单位 to the team member who oversees (分管) it;
 * - a member's to the secretary of his or her branch.
 * Two cases the speech leaves open are decided here: a branch secretary's own goes to the
 * 机关党委 (党总支) secretary (the one of the same branch, where a unit has several), or to the
 * unit head where there is none; the 机关党委 secretary's own (when not a team member) to the
 * unit head. Nobody reviews his or her own material.
 */
import type { Member, Office } from '../members/types';

export const SUPERVISOR = '督导组';
export const CITY_LEADER = '市级分管领导';

export type ReviewerKind = 'supervisorThenCity' | 'unitHeadAndSupervisor' | 'overseer' | 'committeeSecretary' | 'unitHead' | 'branchSecretary';

export interface Reviewer {
  /** The member, when the reviewer is on the roster (not the 督导组 or the city leader). */
  id?: string;
  name: string;
}

export interface ReviewerAssignment {
  kind: ReviewerKind;
  /** In the order they review. */
  reviewers: Reviewer[];
  /** 由谁审阅, one line: “陈国栋、督导组”. */
  label: string;
  /** Why these, in Chinese. */
  why: string;
  /** What the roster lacks for the rule (no unit head marked …), when anything. */
  missing?: string;
}

export type ReviewPerson = Pick<Member, 'id' | 'name' | 'roles' | 'branchId' | 'oversees'>;
export type ReviewOffice = Pick<Office, 'id' | 'name' | 'headId'>;

/** The role holders and offices of a unit, indexed once for a whole list of materials. */
export interface ReviewRoster {
  /** Everyone holding a role or overseeing an office (others may be passed too; they are ignored). */
  people: readonly ReviewPerson[];
  offices: readonly ReviewOffice[];
}

const names = (list: readonly Reviewer[]) => list.map((r) => r.name).join('、');
const asReviewer = (p: ReviewPerson): Reviewer => ({ id: p.id, name: p.name });

/** Assigns the reviewer of each member's material; build once, call per member. */
export function reviewerIndex(roster: ReviewRoster): (member: ReviewPerson) => ReviewerAssignment {
  const withRole = (role: Member['roles'][number]) => roster.people.filter((p) => p.roles.includes(role));
  const unitHeads = withRole('unitHead');
  const committee = withRole('committeeSecretary');
  const secretariesOf = new Map<string, ReviewPerson[]>();
  for (const p of withRole('branchSecretary')) {
    if (!p.branchId) continue;
    secretariesOf.set(p.branchId, [...(secretariesOf.get(p.branchId) ?? []), p]);
  }
  const overseersOf = new Map<string, ReviewPerson[]>();
  for (const p of roster.people) {
    for (const officeId of p.oversees) overseersOf.set(officeId, [...(overseersOf.get(officeId) ?? []), p]);
  }
  const headed = new Map<string, ReviewOffice[]>();
  for (const o of roster.offices) if (o.headId) headed.set(o.headId, [...(headed.get(o.headId) ?? []), o]);

  const others = (list: readonly ReviewPerson[], self: ReviewPerson) => list.filter((p) => p.id !== self.id).map(asReviewer);
  const assignment = (kind: ReviewerKind, reviewers: Reviewer[], why: string, missing?: string): ReviewerAssignment => ({
    kind,
    reviewers,
    label: names(reviewers) || '待确定',
    why,
    ...(missing ? { missing } : {}),
  });
  const toUnitHead = (m: ReviewPerson, why: string, missing?: string) => {
    const heads = others(unitHeads, m);
    return assignment('unitHead', heads, why, heads.length === 0 ? joinMissing(missing, '名册中没有标明单位主要负责同志') : missing);
  };

  const branchRule = (m: ReviewPerson, missing?: string): ReviewerAssignment => {
    if (m.roles.includes('branchSecretary')) {
      // Where a unit has several (机关党委 and a 社区党委), the one in the secretary's own branch.
      const sameBranch = committee.filter((c) => c.branchId !== undefined && c.branchId === m.branchId);
      const secretaries = others(sameBranch.some((c) => c.id !== m.id) ? sameBranch : committee, m);
      if (secretaries.length > 0) {
        return assignment('committeeSecretary', secretaries, '支部书记不审阅自己的材料，由机关党委（党总支）书记审阅', missing);
      }
      return toUnitHead(m, '支部书记不审阅自己的材料；本单位没有标明机关党委（党总支）书记，由单位主要负责同志审阅', missing);
    }
    if (m.roles.includes('committeeSecretary')) {
      return toUnitHead(m, '机关党委（党总支）书记的材料由单位主要负责同志审阅', missing);
    }
    const secretaries = m.branchId ? others(secretariesOf.get(m.branchId) ?? [], m) : [];
    return assignment(
      'branchSecretary',
      secretaries,
      '党员的党性分析材料由所在支部书记审阅',
      secretaries.length === 0 ? joinMissing(missing, m.branchId ? '所在支部没有标明支部书记' : '没有所在党支部') : missing,
    );
  };

  return (m) => {
    if (m.roles.includes('unitHead') || m.roles.includes('partyGroupSecretary')) {
      return assignment(
        'supervisorThenCity',
        [{ name: SUPERVISOR }, { name: CITY_LEADER }],
        '单位主要负责同志的材料先由督导组审阅，再报市级分管领导',
      );
    }
    if (m.roles.includes('teamMember')) {
      const heads = others(unitHeads, m);
      return assignment(
        'unitHeadAndSupervisor',
        [...heads, { name: SUPERVISOR }],
        '班子成员的材料由单位主要负责同志和督导组审阅',
        heads.length === 0 ? '名册中没有标明单位主要负责同志' : undefined,
      );
    }
    const offices = headed.get(m.id) ?? [];
    if (offices.length > 0) {
      const overseers = dedupe(offices.flatMap((o) => others(overseersOf.get(o.id) ?? [], m)));
      const officeNames = offices.map((o) => o.name).join('、');
      if (overseers.length > 0) {
        return assignment('overseer', overseers, `${officeNames}负责人的材料由分管的班子成员审阅`);
      }
      return branchRule(m, `${officeNames}没有分管的班子成员`);
    }
    return branchRule(m);
  };
}

function dedupe(list: Reviewer[]): Reviewer[] {
  const seen = new Set<string>();
  return list.filter((r) => {
    const key = r.id ?? r.name;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function joinMissing(a: string | undefined, b: string): string {
  return a ? `${a}；${b}` : b;
}

/** The reviewer of one member's material (for a single material; lists use reviewerIndex). */
export function assignReviewer(member: ReviewPerson, roster: ReviewRoster): ReviewerAssignment {
  return reviewerIndex(roster)(member);
}
