/**
 * The meetings pages' live data (./meetingsData.ts): a write to any table the gate reads (an
 * approved material, a talk done, attendance) re-runs it, so the gate on screen is always live.
 */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { CampaignTemplate } from '@shared/campaign/template';
import type { MeetingTurn } from '@shared/meetings/types';
import { useApp } from '../../app/context';
import { loadMeetingsWorld, meetingsData, type MeetingsData } from './meetingsData';

export type { MeetingsData } from './meetingsData';

export function useMeetings(unitId: string, template: CampaignTemplate): MeetingsData | undefined {
  const { db } = useApp();
  const raw = useLiveQuery(() => loadMeetingsWorld(db, unitId, template), [db, unitId, template]);
  return useMemo(() => (raw ? meetingsData(raw.world, raw.meetings) : undefined), [raw]);
}

/** The turns of one meeting, live. */
export function useTurns(unitId: string, meetingId: string): MeetingTurn[] | undefined {
  const { db } = useApp();
  return useLiveQuery(() => db.meetingTurns.where('[unitId+meetingId]').equals([unitId, meetingId]).toArray(), [db, unitId, meetingId]);
}
