/**
 * A unit's summary for the 督导组's dashboard (shared/supervisor/summary.ts), computed the way the
 * unit's own home page computes it: the campaign state, every feature's small facts, the
 * checklist over the unit's template, plus the stage gates and the 六个不开 of meetings not yet
 * held. Runs inside the import's transaction, so the summary and the records never disagree.
 */
import { computeDashboard } from '@shared/campaign/dashboard';
import { templateFor } from '@shared/campaign/templates';
import { meetingGate } from '@shared/meetings/gate';
import { gateFacts, indexWorld } from '@shared/meetings/gateFacts';
import { meetingTitle } from '@shared/meetings/scope';
import { summarize, type UnitSummary } from '@shared/supervisor/summary';
import { UserError } from '@shared/util/result';
import { loadUnitFacts } from '../../app/facts';
import type { PytDb } from '../db';
import { loadSnapshot } from './snapshot';
import { readGateWorld } from './specialMeetings';

/** The day a bundle's figures count from: the demo's 演示日期, else the day it was exported. */
export function summaryDay(unit: { demoToday?: string }, exportedAt: string): string {
  return unit.demoToday ?? exportedAt.slice(0, 10);
}

async function meetingGates(db: PytDb, unitId: string, template: Parameters<typeof readGateWorld>[2]): Promise<{ title: string; reasons: string[] }[]> {
  const planned = (await db.specialMeetings.where('unitId').equals(unitId).toArray()).filter((m) => m.status !== 'held');
  if (planned.length === 0) return [];
  const world = indexWorld(await readGateWorld(db, unitId, template, planned));
  const branches = new Map((await db.branches.where('unitId').equals(unitId).toArray()).map((b) => [b.id, b.name]));
  const out: { title: string; reasons: string[] }[] = [];
  for (const m of planned) {
    const g = meetingGate(gateFacts(world, m));
    if (!g.gate.ok) out.push({ title: `召开${meetingTitle(m, m.branchId ? branches.get(m.branchId) : undefined)}（六个不开）`, reasons: g.gate.reasons.map((r) => r.message) });
  }
  return out;
}

/** The summary of one unit as of `asOf` (YYYY-MM-DD). */
export async function computeUnitSummary(db: PytDb, unitId: string, asOf: string): Promise<UnitSummary> {
  const unit = await db.units.get(unitId);
  if (!unit) throw new UserError('单位不存在或已被删除');
  const template = templateFor(unit);
  if (!template.ok) throw new UserError(template.error.join('；'));
  const [snapshot, facts, people, party, receipts, gates] = await Promise.all([
    loadSnapshot(db, unitId, template.value),
    loadUnitFacts(db, unitId),
    db.members.where('unitId').equals(unitId).count(),
    db.members.where('[unitId+kind]').equals([unitId, 'party']).count(),
    db.acceptanceReceipts.where('unitId').equals(unitId).toArray(),
    meetingGates(db, unitId, template.value),
  ]);
  return summarize({
    snapshot,
    facts,
    dashboard: computeDashboard(snapshot, facts, asOf),
    people,
    party,
    receipts: new Map(receipts.map((r) => [r.acceptanceId, r.group])),
    meetingGates: gates,
  });
}
