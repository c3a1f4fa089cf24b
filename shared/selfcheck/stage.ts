/**
 * The 阶段自查 page's view of the stage (R-STAGE-SELFCHECK): the sources of its figures picked
 * from the features' facts, and the stage's items still unfinished (warnings: the report states
 * them, the 督导组 decides).
 */
import { ANALYSIS_FEATURE, type AnalysisFacts } from '../analysis/measures';
import type { ChecklistItemState } from '../campaign/checklist';
import type { UnitFacts } from '../campaign/measure';
import { OPINIONS_FEATURE, type OpinionFacts } from '../opinions/measures';
import { TALKS_FEATURE, type TalkFacts } from '../talks/measures';
import { THROUGHOUT_FEATURE, type ThroughoutFacts } from '../throughout/measures';
import type { LaterFacts, SelfCheckSources } from './figures';

/** The step of the self-inspection itself, whose items the page handles. */
export const SELF_CHECK_STEP = 'selfCheck';

/** The figures' sources once every feature's facts are read; null while one is missing. */
export function sourcesFrom(facts: UnitFacts, later: LaterFacts, floor: number, today: string): SelfCheckSources | null {
  const opinions = facts[OPINIONS_FEATURE] as OpinionFacts | undefined;
  const talks = facts[TALKS_FEATURE] as TalkFacts | undefined;
  const analysis = facts[ANALYSIS_FEATURE] as AnalysisFacts | undefined;
  const throughout = facts[THROUGHOUT_FEATURE] as ThroughoutFacts | undefined;
  if (!opinions || !talks || !analysis || !throughout) return null;
  return { opinions, talks, analysis, fix: throughout.fix, later, floor, today };
}

/** The stage's unfinished items, the self-inspection's own step left out, in the checklist's order. */
export function unfinishedItems(steps: readonly { id: string; items: readonly ChecklistItemState[] }[]): ChecklistItemState[] {
  return steps.filter((s) => s.id !== SELF_CHECK_STEP).flatMap((s) => s.items.filter((i) => !i.done));
}
