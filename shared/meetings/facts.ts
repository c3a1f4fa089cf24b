/**
 * The meetings' checklist facts from the records the loader reads (the meetings, their
 * attendance and turns, the party members and branches): pure, and capped to the few lines and
 * names the home page shows.
 */
import { zhCollator } from '../members/rosterView';
import { personLabels } from '../talks/people';
import type { Role } from '../members/types';
import { branchConduct, evaluationCover, type MeetingRecords } from './conduct';
import { dualAttendance } from './dual';
import { FACT_LINES, FACT_NAMES, type MeetingFacts } from './measures';
import type { SpecialMeeting } from './types';

export interface FactsInput extends MeetingRecords {
  meetings: readonly (MeetingRecords['meetings'][number] & Pick<SpecialMeeting, 'date'>)[];
  party: readonly (MeetingRecords['party'][number] & { roles: Role[] })[];
}

export function meetingFacts(raw: FactsInput): MeetingFacts {
  // Names in pinyin order, whatever order the records were read in.
  // Namesakes told apart by their post or branch.
  const labels = personLabels(raw.party, [...raw.branches]);
  const party = [...raw.party].sort((a, b) => zhCollator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1)).map((m) => ({ ...m, name: labels.get(m.id) ?? m.name }));
  const input = { ...raw, party };
  const leadership = input.meetings.find((m) => m.kind === 'democraticLife');
  const dual = dualAttendance({ members: input.party, branches: input.branches, meetings: input.meetings, attendance: input.attendance });
  const cover = evaluationCover(input);
  return {
    democraticLife: leadership ? { status: leadership.status, date: leadership.date } : { status: 'none' },
    conduct: branchConduct(input),
    dual: { leaders: dual.leaders, misses: dual.misses.slice(0, FACT_LINES), missCount: dual.misses.length },
    cover: { ...cover, missing: cover.missing.slice(0, FACT_NAMES), missingCount: cover.missing.length },
  };
}
