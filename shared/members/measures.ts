/** The roster's checklist measure, over its small facts (counts and the names still missing). */
import { factsMeasure } from '../campaign/measure';

/**
 * What the home page needs to know about the roster: whether there are party members and
 * branches, and who is not yet placed. Existence, not a count: a count reads every member of
 * the unit, and the home page must not cost more in a big unit than in a small one.
 */
export interface RosterFacts {
  hasParty: boolean;
  branches: number;
  /** Party members with no (existing) branch, by name. */
  unplaced: string[];
}

export const ROSTER_FEATURE = 'roster';

export const rosterMeasures = [
  factsMeasure<RosterFacts>({
    key: 'roster.ready',
    label: '党员名册和支部设置',
    feature: ROSTER_FEATURE,
    compute: (f) => {
      if (!f.hasParty) return { done: false, detail: '尚未录入党员名册' };
      if (f.branches === 0) return { done: false, detail: '尚未设置党支部' };
      if (f.unplaced.length > 0) {
        return { done: false, detail: `${f.unplaced.length} 名党员未分配支部：${f.unplaced.join('、')}` };
      }
      return { done: true, detail: `党员名册已录入，党支部 ${f.branches} 个` };
    },
  }),
];
