/**
 * The materials' tally (shared/data/tally.ts): per unit, the materials in each state and the
 * counts of the checklist's lines (factLists gives the same from the records), with the members
 * of each list the checklist names as sets, so that a page or the home page reads one row and the
 * first few ids of a list instead of every material.
 *
 * It counts every material of the unit; one whose person is no longer a party member (the roster
 * changed afterwards) is taken off by the reader (renderer/db/repos/analysisTally.ts), which finds
 * such people through the roster's tally.
 */
import type { TallySpec } from '../data/tally';
import { HANDED_IN_STATES, REVIEWED_STATES } from './review';
import type { Analysis } from './types';
import type { FactsAnalysis } from './facts';

export const ANALYSIS_TALLY = 'analyses';

/** The lists the checklist names people from (sets of member ids). */
export const ANALYSIS_SETS = ['noRecorder', 'waiting', 'returned', 'notPublic', 'publicNow'] as const;
export type AnalysisSet = (typeof ANALYSIS_SETS)[number];

type Tallied = FactsAnalysis & Pick<Analysis, 'unitId'>;

/** What one material adds to the tally: its counters and the sets it is in (as factLists decides). */
export function analysisParts(a: FactsAnalysis): { counters: string[]; sets: (AnalysisSet | 'writtenIds' | 'memberIds')[] } {
  const counters = ['total', `state.${a.state}`];
  const sets: (AnalysisSet | 'writtenIds' | 'memberIds')[] = ['memberIds'];
  const handedIn = HANDED_IN_STATES.includes(a.state);
  if (handedIn || a.receivedOn) {
    counters.push('written');
    sets.push('writtenIds');
    if (a.receivedOn) counters.push('received');
    if (a.mode === 'dictated') {
      counters.push('dictated');
      if (!a.recorderId && handedIn) sets.push('noRecorder');
    }
    if (a.state === 'submitted') sets.push('waiting');
    if (a.state === 'returned') sets.push('returned');
    if (REVIEWED_STATES.includes(a.state)) counters.push('reviewed');
    if (a.state === 'approved') sets.push('notPublic');
    if (a.state === 'public') sets.push('publicNow');
    if (a.state === 'final') counters.push('final');
  }
  return { counters, sets };
}

export const analysisTallySpec: TallySpec<Tallied> = {
  table: 'analyses',
  name: ANALYSIS_TALLY,
  counters: (a) => analysisParts(a).counters,
  sets: (a) => analysisParts(a).sets.map((s) => [s, a.memberId] as const),
};
