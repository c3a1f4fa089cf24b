/**
 * What a backup's 边议边改 and study records must also satisfy beyond their declarations
 * (schema.ts checks each record alone; the registry's refs check the ids exist): the people in
 * the study log are party members, as the study form only lets one pick party members.
 * To be wired into shared/backup/rules.ts `checkBackupRules`.
 */
import type { Member } from '../members/types';
import { excerpt } from '../util/excerpt';
import type { StudySession } from './types';

export function throughoutBackupProblems(r: { members: readonly Member[]; studySessions: readonly StudySession[] }): string[] {
  const out: string[] = [];
  const byId = new Map(r.members.map((m) => [m.id, m]));
  r.studySessions.forEach((s, i) => {
    for (const [field, ids] of [['attendeeIds', s.attendeeIds], ['makeUpIds', s.makeUpIds]] as const) {
      ids.forEach((id, j) => {
        const m = byId.get(id);
        if (m && m.kind !== 'party') out.push(`records.studySessions[${i}].${field}[${j}]: ${excerpt(m.name, 10)}不是党员，不能列入党员学习记录`);
      });
    }
  });
  return out;
}
