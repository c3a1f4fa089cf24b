/**
 * The roster's tally (shared/data/tally.ts): how many party members a unit has (in all, and in
 * each branch), each person's part
 * in R-OPIN-FEEDBACK (who is owed feedback, per branch, and who gives it), and three small sets:
 * the people who are not party members, those who are owed no feedback, and the role holders
 * (the reviewers of R-ANALYSIS-REVIEW are found among them). Kept with every write, so a page reads
 * these in one row instead of the whole roster.
 */
import type { TallySpec } from '../data/tally';
import { feedbackPart } from '../opinions/feedback';
import { ROLES, type Member } from './types';

export const MEMBER_TALLY = 'members';

export type TalliedMember = Pick<Member, 'unitId' | 'id' | 'kind' | 'roles' | 'branchId'>;

export const memberTallySpec: TallySpec<TalliedMember> = {
  table: 'members',
  name: MEMBER_TALLY,
  counters: (m) => {
    const out = [m.kind === 'party' ? 'party' : 'nonParty'];
    if (m.kind === 'party' && m.branchId) out.push(`party.in.${m.branchId}`);
    const f = feedbackPart(m);
    if (f.head) out.push('fb.head');
    if (f.secretaryOf) out.push(`fb.secretaryOf.${f.secretaryOf}`);
    if (f.receiver === 'team') out.push('fb.team');
    if (f.receiver === 'member') out.push('fb.member', `fb.memberIn.${f.branchId}`);
    return out;
  },
  sets: (m) => {
    const out: [string, string][] = [];
    if (m.kind !== 'party') out.push(['nonPartyIds', m.id]);
    const f = feedbackPart(m);
    if (!f.receiver) out.push(['fbNotOwed', m.id]);
    if (f.receiver === 'team') out.push(['fbTeam', m.id]);
    if (m.roles.some((r) => ROLES.includes(r))) out.push(['roleHolders', m.id]);
    return out;
  },
};

/** The counters a roster's tally holds, read. */
export interface RosterCounts {
  party: number;
  heads: number;
  /** Team members (not the head) owed feedback by the unit head. */
  teamOwed: number;
  /** Party members owed feedback by their branch's secretary. */
  membersOwed: number;
  /** Per branch: party members owed feedback there, and how many secretaries it has. */
  branches: Map<string, { owed: number; secretaries: number }>;
}

export function rosterCountsOf(counts: Readonly<Record<string, number>>): RosterCounts {
  const branches = new Map<string, { owed: number; secretaries: number }>();
  const branch = (id: string) => {
    let b = branches.get(id);
    if (!b) branches.set(id, (b = { owed: 0, secretaries: 0 }));
    return b;
  };
  for (const [k, n] of Object.entries(counts)) {
    if (k.startsWith('fb.memberIn.')) branch(k.slice('fb.memberIn.'.length)).owed = n;
    else if (k.startsWith('fb.secretaryOf.')) branch(k.slice('fb.secretaryOf.'.length)).secretaries = n;
  }
  return {
    party: counts.party ?? 0,
    heads: counts['fb.head'] ?? 0,
    teamOwed: counts['fb.team'] ?? 0,
    membersOwed: counts['fb.member'] ?? 0,
    branches,
  };
}
