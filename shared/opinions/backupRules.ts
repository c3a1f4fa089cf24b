/**
 * What a backup's feedback records must also satisfy beyond their declarations (schema.ts checks
 * each record alone; the registry's refs check the ids exist): nobody feeds back to himself, and
 * a feedback given in a talk names a talk between the same two people. Roles are not checked:
 * they may change after the feedback was given, and a backup of valid work must restore.
 * To be wired into shared/backup/rules.ts `checkBackupRules`.
 */
import type { UnitRecordTypes } from '../data/registry';
import type { Feedback } from './types';

type Talk = UnitRecordTypes['talks'];

export function opinionBackupProblems(r: { feedbacks: readonly Feedback[]; talks: readonly Pick<Talk, 'id' | 'aId' | 'bId'>[] }): string[] {
  const out: string[] = [];
  const talks = new Map(r.talks.map((t) => [t.id, t]));
  r.feedbacks.forEach((f, i) => {
    const at = `records.feedbacks[${i}]`;
    if (f.fromId === f.toId) out.push(`${at}.toId: 反馈人和被反馈人不能是同一人`);
    if (f.talkId === undefined) return;
    if (f.way !== 'talk') out.push(`${at}.talkId: 单独反馈不应关联谈心记录`);
    const t = talks.get(f.talkId);
    if (t && !samePair(t, f)) out.push(`${at}.talkId: 关联的谈心不是这两人之间的谈心`);
  });
  return out;
}

export function samePair(t: Pick<Talk, 'aId' | 'bId'>, f: Pick<Feedback, 'fromId' | 'toId'>): boolean {
  return (t.aId === f.fromId && t.bId === f.toId) || (t.aId === f.toId && t.bId === f.fromId);
}
