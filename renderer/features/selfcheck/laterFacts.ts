/**
 * The two special meetings, the evaluation, the notices and the survey, counted for the
 * 阶段自查 (R-STAGE-SELFCHECK) from their tables: the unit's meetings, notices and rounds (a few
 * each) through `unitId`, attendance and turns per held meeting through [unitId+meetingId], the
 * members evaluated as distinct keys of [unitId+memberId]. Data code: no React here.
 */
import Dexie from 'dexie';
import type { LaterFacts } from '@shared/selfcheck/figures';
import type { PytDb } from '../../db/db';

/** Attendance and turns of the meetings held: a few records each, read per meeting by index. */
async function heldMeetingCounts(db: PytDb, unitId: string, meetingIds: string[]) {
  const per = await Promise.all(
    meetingIds.map(async (id) => {
      const [attendance, turns] = await Promise.all([
        db.meetingAttendance.where('[unitId+meetingId]').equals([unitId, id]).toArray(),
        db.meetingTurns.where('[unitId+meetingId]').equals([unitId, id]).toArray(),
      ]);
      const spoke = turns.filter((t) => t.presentation !== 'none');
      return {
        expected: attendance.length,
        present: attendance.filter((a) => a.present).length,
        turns: spoke.length,
        criticisms: spoke.reduce((n, t) => n + t.criticisms.length, 0),
      };
    }),
  );
  return per.reduce((a, b) => ({ expected: a.expected + b.expected, present: a.present + b.present, turns: a.turns + b.turns, criticisms: a.criticisms + b.criticisms }), {
    expected: 0,
    present: 0,
    turns: 0,
    criticisms: 0,
  });
}

export async function loadLaterFacts(db: PytDb, unitId: string): Promise<LaterFacts> {
  const [branches, meetings, evaluated, notices, rounds] = await Promise.all([
    db.branches.where('unitId').equals(unitId).primaryKeys(),
    db.specialMeetings.where('unitId').equals(unitId).toArray(),
    db.evaluations.where('[unitId+memberId]').between([unitId, Dexie.minKey], [unitId, Dexie.maxKey]).uniqueKeys(),
    db.notices.where('unitId').equals(unitId).toArray(),
    db.surveyRounds.where('unitId').equals(unitId).toArray(),
  ]);
  const branchIds = new Set(branches as string[]);
  const held = meetings.filter((m) => m.status === 'held');
  const leadership = meetings.filter((m) => m.kind === 'democraticLife').sort((a, b) => Number(b.status === 'held') - Number(a.status === 'held') || b.date.localeCompare(a.date))[0];
  const orgLife = meetings.filter((m) => m.kind === 'orgLife' && m.branchId !== undefined && branchIds.has(m.branchId));
  const heldBranches = new Set(orgLife.filter((m) => m.status === 'held').map((m) => m.branchId));
  const plannedBranches = new Set(orgLife.filter((m) => !heldBranches.has(m.branchId)).map((m) => m.branchId));
  const latest = [...rounds].sort((a, b) => b.round - a.round)[0];
  const counts = await heldMeetingCounts(db, unitId, held.map((m) => m.id));
  return {
    branches: branchIds.size,
    democraticLife: leadership ? { status: leadership.status, date: leadership.date } : null,
    orgLife: { planned: plannedBranches.size, held: heldBranches.size },
    attendance: { expected: counts.expected, present: counts.present },
    turns: counts.turns,
    criticisms: counts.criticisms,
    evaluated: evaluated.length,
    notices: {
      branchGiven: new Set(notices.filter((n) => n.kind === 'branch' && n.givenOn && n.branchId && branchIds.has(n.branchId)).map((n) => n.branchId)).size,
      leadershipGiven: notices.some((n) => n.kind === 'leadership' && n.givenOn !== undefined),
    },
    survey: {
      rounds: rounds.length,
      latest: latest ? { round: latest.round, status: latest.status, date: latest.date, ...(latest.rate !== undefined ? { rate: latest.rate } : {}), ...(latest.floor !== undefined ? { floor: latest.floor } : {}) } : null,
    },
  };
}
