/**
 * The feedback's tally (shared/data/tally.ts): the set of people who have been told the opinions
 * about them (R-OPIN-FEEDBACK), by anyone, in a talk or not; a value row per person.
 */
import type { TallySpec } from '../data/tally';
import type { Feedback } from './types';

export const FEEDBACK_TALLY = 'feedbacks';

export const feedbackTallySpec: TallySpec<Pick<Feedback, 'unitId' | 'toId'>> = {
  table: 'feedbacks',
  name: FEEDBACK_TALLY,
  counters: () => [],
  sets: (f) => [['fed', f.toId]],
};
