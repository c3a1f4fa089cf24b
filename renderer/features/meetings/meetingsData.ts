/**
 * The meetings pages' data: every meeting of the unit and, read once for all of them, what
 * the R-MEET-SIX gates read (renderer/db/repos/specialMeetings.ts readGateWorld); each meeting's
 * gate computed from it (shared/meetings/gate.ts). Plain functions (no React), so the bench
 * times exactly what the page computes.
 */
import type { CampaignTemplate } from '@shared/campaign/template';
import { meetingGate, type MeetingGate } from '@shared/meetings/gate';
import { gateFacts, indexWorld, type GateWorld, type WorldIndex } from '@shared/meetings/gateFacts';
import { meetingScope, sortedBranches } from '@shared/meetings/scope';
import type { SpecialMeeting } from '@shared/meetings/types';
import type { Branch, Member } from '@shared/members/types';
import { GONE } from '@shared/talks/people';
import type { PytDb } from '../../db/db';
import { GATE_TABLES, listSpecialMeetings, readGateWorld } from '../../db/repos/specialMeetings';

export interface MeetingsData {
  world: GateWorld;
  index: WorldIndex;
  meetings: SpecialMeeting[];
  branches: Branch[];
  leadership?: SpecialMeeting;
  ofBranch: Map<string, SpecialMeeting>;
  gates: Map<string, MeetingGate>;
  byId: Map<string, Member>;
  /** A member's name, told apart from a namesake. */
  name(id: string): string;
  /** 应到 of a meeting, in pinyin order. */
  scopeOf(m: Pick<SpecialMeeting, 'kind' | 'branchId'>): Member[];
  branchName(id: string | undefined): string | undefined;
}

/** The gate-reading tables and the meetings, read in one transaction. */
export async function loadMeetingsWorld(db: PytDb, unitId: string, template: CampaignTemplate) {
  return db.transaction('r', [...GATE_TABLES], async () => {
    const meetings = await listSpecialMeetings(db, unitId);
    return { world: await readGateWorld(db, unitId, template, meetings), meetings };
  });
}

export function meetingsData(world: GateWorld, meetings: SpecialMeeting[]): MeetingsData {
  const index = indexWorld(world);
  const branchName = (id: string | undefined) => (id ? index.branchName.get(id) : undefined);
  return {
    world,
    index,
    meetings,
    branches: sortedBranches(world.branches),
    leadership: meetings.find((m) => m.kind === 'democraticLife'),
    ofBranch: new Map(meetings.filter((m) => m.kind === 'orgLife' && m.branchId).map((m) => [m.branchId!, m])),
    gates: new Map(meetings.map((m) => [m.id, meetingGate(gateFacts(index, m))])),
    byId: new Map(world.members.map((m) => [m.id, m])),
    name: (id) => index.labels.get(id) ?? GONE,
    scopeOf: (m) => meetingScope(m, index.members),
    branchName,
  };
}

