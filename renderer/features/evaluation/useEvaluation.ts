/**
 * The 党员评议 page's live data: the party members, branches, the branches' 专题组织生活会, the
 * opinions recorded and the report, each read through its own index.
 */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Evaluation, EvaluationReport } from '@shared/evaluation/types';
import { heldOn } from '@shared/evaluation/rules';
import type { SpecialMeeting } from '@shared/meetings/types';
import { zhCollator } from '@shared/members/rosterView';
import type { Branch, Member } from '@shared/members/types';
import { useApp } from '../../app/context';

export interface BranchView {
  branch: Branch;
  /** The branch's party members, by name. */
  members: Member[];
  /** The day its 专题组织生活会 was held, if it was. */
  heldOn?: string;
  /** The day it is planned for, if it is and was not held yet. */
  plannedOn?: string;
}

export interface EvaluationData {
  branches: BranchView[];
  /** Party members without a branch (they cannot be evaluated until placed). */
  unplaced: Member[];
  party: Member[];
  byId: Map<string, Member>;
  branchName: Map<string, string>;
  evaluations: Map<string, Evaluation>;
  report?: EvaluationReport;
}

export function useEvaluation(unitId: string): EvaluationData | undefined {
  const { db } = useApp();
  const raw = useLiveQuery(
    () =>
      db.transaction('r', [db.members, db.branches, db.specialMeetings, db.evaluations, db.evaluationReports], async () => {
        const [party, branches, meetings, evaluations, report] = await Promise.all([
          db.members.where('[unitId+kind]').equals([unitId, 'party']).toArray(),
          db.branches.where('unitId').equals(unitId).toArray(),
          db.specialMeetings.where('[unitId+kind]').equals([unitId, 'orgLife']).toArray(),
          db.evaluations.where('unitId').equals(unitId).toArray(),
          db.evaluationReports.where('unitId').equals(unitId).first(),
        ]);
        return { party, branches, meetings, evaluations, report };
      }),
    [db, unitId],
  );
  return useMemo(() => {
    if (!raw) return undefined;
    const party = [...raw.party].sort((a, b) => zhCollator.compare(a.name, b.name));
    const meetingsOf = new Map<string, SpecialMeeting[]>();
    for (const m of raw.meetings) if (m.branchId) meetingsOf.set(m.branchId, [...(meetingsOf.get(m.branchId) ?? []), m]);
    const branches = [...raw.branches]
      .sort((a, b) => a.order - b.order || zhCollator.compare(a.name, b.name))
      .map((branch): BranchView => {
        const meetings = meetingsOf.get(branch.id) ?? [];
        const held = heldOn(meetings);
        const planned = meetings.filter((m) => m.status !== 'held').map((m) => m.date).sort()[0];
        return { branch, members: party.filter((m) => m.branchId === branch.id), ...(held ? { heldOn: held } : planned ? { plannedOn: planned } : {}) };
      });
    const placed = new Set(raw.branches.map((b) => b.id));
    return {
      branches,
      unplaced: party.filter((m) => !m.branchId || !placed.has(m.branchId)),
      party,
      byId: new Map(party.map((m) => [m.id, m])),
      branchName: new Map(raw.branches.map((b) => [b.id, b.name])),
      evaluations: new Map(raw.evaluations.map((e) => [e.memberId, e])),
      ...(raw.report ? { report: raw.report } : {}),
    };
  }, [raw]);
}
