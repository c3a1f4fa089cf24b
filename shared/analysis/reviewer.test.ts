import { describe, expect, it } from 'vitest';
import { assignReviewer, CITY_LEADER, reviewerIndex, SUPERVISOR, type ReviewOffice, type ReviewPerson } from './reviewer';

const p = (id: string, name: string, extra: Partial<ReviewPerson> = {}): ReviewPerson => ({ id, name, roles: [], branchId: 'b1', oversees: [], ...extra });

const head = p('head', '陈国栋', { roles: ['unitHead', 'partyGroupSecretary', 'leaderCadre'] });
const deputy = p('dep', '王建华', { roles: ['teamMember', 'leaderCadre', 'committeeSecretary'], oversees: ['office'] });
const deputy2 = p('dep2', '李秀英', { roles: ['teamMember'], branchId: 'b2', oversees: ['planning'] });
const secretary1 = p('sec1', '孙丽萍', { roles: ['branchSecretary'] });
const secretary2 = p('sec2', '周海涛', { roles: ['branchSecretary'], branchId: 'b2' });
const planningHead = p('plan', '刘芳');
const clerk = p('clerk', '王伟');
const clerk2 = p('clerk2', '徐静', { branchId: 'b2' });
const offices: ReviewOffice[] = [
  { id: 'office', name: '办公室', headId: 'sec1' },
  { id: 'planning', name: '综合规划科', headId: 'plan' },
  { id: 'legal', name: '法规科', headId: 'clerk2' },
];
const roster = { people: [head, deputy, deputy2, secretary1, secretary2, planningHead, clerk, clerk2], offices };
const who = reviewerIndex(roster);

describe('the reviewer of a material', () => {
  it('R-ANALYSIS-REVIEW: the unit head and the 督导组 review a team member\'s material', () => {
    const r = who(deputy2);
    expect(r.kind).toBe('unitHeadAndSupervisor');
    expect(r.reviewers).toEqual([{ id: 'head', name: '陈国栋' }, { name: SUPERVISOR }]);
    expect(r.label).toBe('陈国栋、督导组');
    // A team member who is also the 机关党委 secretary is still a team member.
    expect(who(deputy).label).toBe('陈国栋、督导组');
  });

  it('R-ANALYSIS-REVIEW: the unit head\'s own goes to the 督导组, then to the city-level leader in charge', () => {
    const r = who(head);
    expect(r.reviewers.map((x) => x.name)).toEqual([SUPERVISOR, CITY_LEADER]);
    expect(r.why).toContain('先由督导组审阅，再报市级分管领导');
  });

  it('R-ANALYSIS-REVIEW: the head of an office is reviewed by the team member who oversees it, not by the branch secretary', () => {
    expect(who(planningHead)).toMatchObject({ kind: 'overseer', label: '李秀英', why: '综合规划科负责人的材料由分管的班子成员审阅' });
    // The branch secretary who heads 办公室 is an office head first.
    expect(who(secretary1)).toMatchObject({ kind: 'overseer', label: '王建华' });
  });

  it('R-ANALYSIS-REVIEW: a member\'s material is reviewed by the secretary of his or her own branch', () => {
    expect(who(clerk)).toMatchObject({ kind: 'branchSecretary', label: '孙丽萍' });
    const other = p('x', '唐俊', { branchId: 'b2' });
    expect(who(other)).toMatchObject({ kind: 'branchSecretary', label: '周海涛' });
  });

  it('R-ANALYSIS-REVIEW: a branch secretary never reviews his own: the 机关党委 secretary does, else the unit head', () => {
    expect(who(secretary2)).toMatchObject({ kind: 'committeeSecretary', label: '王建华' });
    // With two (机关党委 and 社区党委), the one of the secretary's own branch.
    const community = p('com', '蒋丽', { roles: ['committeeSecretary'], branchId: 'b3' });
    const two = reviewerIndex({ people: [...roster.people, community], offices });
    expect(two(secretary2).label).toBe('王建华、蒋丽');
    expect(two(p('sec3', '周红', { roles: ['branchSecretary'], branchId: 'b3' })).label).toBe('蒋丽');
    const noCommittee = reviewerIndex({ people: roster.people.map((x) => (x.id === 'dep' ? { ...x, roles: ['teamMember' as const] } : x)), offices });
    expect(noCommittee(secretary2)).toMatchObject({ kind: 'unitHead', label: '陈国栋' });
    for (const m of roster.people) expect(who(m).reviewers.map((r) => r.id)).not.toContain(m.id);
  });

  it('says what the roster lacks when the rule cannot find a reviewer', () => {
    // An office head whose office nobody oversees goes to the branch secretary, with a note.
    expect(who(clerk2)).toMatchObject({ kind: 'branchSecretary', label: '周海涛', missing: '法规科没有分管的班子成员' });
    const bare = assignReviewer(p('y', '某某', { branchId: 'b9' }), roster);
    expect(bare).toMatchObject({ label: '待确定', missing: '所在支部没有标明支部书记' });
    expect(assignReviewer(deputy2, { people: [deputy2], offices: [] }).missing).toBe('名册中没有标明单位主要负责同志');
  });
});
