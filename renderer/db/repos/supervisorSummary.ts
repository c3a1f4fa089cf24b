/**
 * A unit's summary for the 督导组's dashboard (shared/supervisor/summary.ts), computed the way the
 * unit's own home page computes it: the campaign state, every feature's small facts, the
 * checklist over the unit's template, plus the stage gates and the 六个不开 of meetings not yet
 * held. Runs inside the import's transaction, so the summary and the records never disagree.
 */
import { computeDashboard } from '@shared/campaign/dashboard';
import { templateFor } from '@shared/campaign/templates';
import { meetingGate } from '@shared/meetings/gate';
import { gateFacts, indexWorld, type GateWorld } from '@shared/meetings/gateFacts';
import { meetingScope, meetingTitle, type MeetingTarget } from '@shared/meetings/scope';
import type { PresenceKey } from '@shared/opinions/coverage';
import type { BackupRecords } from '@shared/backup/records';
import type { CampaignTemplate } from '@shared/campaign/template';
import { summarize, type UnitSummary } from '@shared/supervisor/summary';
import { UserError } from '@shared/util/result';
import { loadUnitFacts } from '../../app/facts';
import type { PytDb } from '../db';
import { loadSnapshot } from './snapshot';
import { readGateWorld, thresholdsOf } from './specialMeetings';

/** The day a bundle's figures count from: the demo's 演示日期, else the day it was exported. */
export function summaryDay(unit: { demoToday?: string }, exportedAt: string): string {
  return unit.demoToday ?? exportedAt.slice(0, 10);
}

/**
 * The records of the unit just written, as the import holds them: what the meeting gates read
 * (readGateWorld) is taken from these rather than read back in the same transaction.
 */
export type WrittenRecords = Pick<
  BackupRecords,
  'members' | 'branches' | 'offices' | 'analyses' | 'talks' | 'opinions' | 'specialMeetings' | 'meetingAttendance' | 'meetingGateChecks' | 'thresholdOverrides'
>;

/** IndexedDB's order of string keys (code units), which `where(…).toArray()` gives by primary key. */
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = <T extends { id: string }>(list: readonly T[]): T[] => [...list].sort((a, b) => byKey(a.id, b.id));

/** What readGateWorld reads, from the records just written: the same lists, in the order it reads them. */
function writtenGateWorld(r: WrittenRecords, template: CampaignTemplate, meetings: readonly MeetingTarget[]): GateWorld {
  const members = byId(r.members);
  const scope = [...new Set(meetings.flatMap((m) => meetingScope(m, members).map((p) => p.id)))];
  const opinionCounts = new Map(scope.map((id) => [id, 0]));
  const combos = new Map<string, PresenceKey>();
  for (const o of r.opinions) {
    const n = o.targetMemberId === undefined ? undefined : opinionCounts.get(o.targetMemberId);
    if (n !== undefined) opinionCounts.set(o.targetMemberId!, n + 1);
    combos.set([o.target, o.category, o.source, o.channel].join('\u0000'), { target: o.target, category: o.category, source: o.source, channel: o.channel });
  }
  const comboOrder = (a: PresenceKey, b: PresenceKey) => byKey(a.target, b.target) || byKey(a.category, b.category) || byKey(a.source, b.source) || byKey(a.channel, b.channel);
  return {
    members,
    branches: byId(r.branches),
    offices: byId(r.offices),
    analyses: byId(r.analyses),
    doneTalks: byId(r.talks.filter((t) => t.status === 'done')),
    opinionCounts,
    opinionCombos: [...combos.values()].sort(comboOrder),
    attendance: byId(r.meetingAttendance),
    checks: byId(r.meetingGateChecks),
    ...thresholdsOf(template, Object.fromEntries(r.thresholdOverrides.map((o) => [o.key, o.value]))),
  };
}

async function meetingGates(db: PytDb, unitId: string, template: CampaignTemplate, written?: WrittenRecords): Promise<{ title: string; reasons: string[] }[]> {
  const meetings = written ? byId(written.specialMeetings) : await db.specialMeetings.where('unitId').equals(unitId).toArray();
  const planned = meetings.filter((m) => m.status !== 'held');
  if (planned.length === 0) return [];
  const world = indexWorld(written ? writtenGateWorld(written, template, planned) : await readGateWorld(db, unitId, template, planned));
  const branches = new Map((written ? written.branches : await db.branches.where('unitId').equals(unitId).toArray()).map((b) => [b.id, b.name]));
  const out: { title: string; reasons: string[] }[] = [];
  for (const m of planned) {
    const g = meetingGate(gateFacts(world, m));
    if (!g.gate.ok) out.push({ title: `召开${meetingTitle(m, m.branchId ? branches.get(m.branchId) : undefined)}（六个不开）`, reasons: g.gate.reasons.map((r) => r.message) });
  }
  return out;
}

/**
 * The summary of one unit as of `asOf` (YYYY-MM-DD). The import passes the records it has just
 * written (`written`), from which the meeting gates are computed without reading them back.
 */
export async function computeUnitSummary(db: PytDb, unitId: string, asOf: string, written?: WrittenRecords): Promise<UnitSummary> {
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
    meetingGates(db, unitId, template.value, written),
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
