import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDb, type PytDb } from '../../renderer/db/db';
import { pageAnalysisList } from '../../renderer/db/repos/analysis';
import { createDemoUnit } from '../../renderer/db/repos/demo';
import { saveMember } from '../../renderer/db/repos/members';
import { feedbackPeople } from '../../renderer/db/repos/opinions';
import { listLeaders } from '../../renderer/features/roster/queries';
import { defaultTemplate } from '@shared/campaign/defaultTemplate';
import type { Member, MemberDraft } from '@shared/members/types';

// listLeaders sits beside its React hooks; the app's context (and its bridge) is not needed here.
vi.mock('../../renderer/app/context', () => ({ useApp: () => ({}) }));

/**
 * The role holders a unit's pages read (the feedback duties, the leaders, the reviewers of the
 * 党性分析材料) come from the unit's own people: another unit in the same database (the 督导组's
 * workspace holds hundreds) changes nothing, and the result is what the `roles` index gave.
 */
const template = defaultTemplate();
const ctx = { actor: '张书记', now: '2005-09-12T09:00:00.000Z', today: '2005-09-12', template };
const open: PytDb[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

/** What the three reads returned when they went through the `roles` index, in its order. */
async function throughRolesIndex(db: PytDb, unitId: string) {
  const zh = new Intl.Collator('zh-CN');
  const [party, leaders] = await Promise.all([
    db.members.where('[unitId+kind]').equals([unitId, 'party']).toArray(),
    db.members.where('roles').anyOf(['unitHead', 'teamMember', 'branchSecretary']).distinct().toArray(),
  ]);
  const seen = new Set(party.map((m) => m.id));
  const feedback = [...party, ...leaders.filter((m) => m.unitId === unitId && !seen.has(m.id))].sort((a, b) => zh.compare(a.name, b.name));
  const team = (await db.members.where('roles').anyOf(['unitHead', 'teamMember']).distinct().toArray()).filter((m) => m.unitId === unitId);
  return { feedback, team };
}

const ids = (ms: readonly { id: string }[]) => ms.map((m) => m.id);

async function reads(db: PytDb, unitId: string) {
  const pages = await Promise.all(
    [{}, { query: '李' }, { state: 'none' as const }].map((filter) => pageAnalysisList(db, unitId, filter, { offset: 0, limit: 20 })),
  );
  return {
    feedback: ids(await feedbackPeople(db, unitId)),
    leaders: ids(await listLeaders(db, unitId)),
    analysis: pages.map((p) => ({ rows: p.rows.map((r) => r.member.id), people: ids(p.people) })),
  };
}

const outsider = (name: string, o: Partial<MemberDraft>): MemberDraft => ({
  kind: 'masses',
  name,
  roles: [],
  oversees: [],
  employment: 'working',
  frail: false,
  cannotWrite: false,
  away: null,
  ...o,
});

describe('role holders are read from the unit’s own people', () => {
  it('a second unit in the same database does not change what a unit’s pages read', async () => {
    const db = await openDb(`repos-role-holders-${crypto.randomUUID()}`);
    open.push(db);
    const a = await createDemoUnit(db, ctx);
    // A leader who is not a party member (R-OPIN-FEEDBACK names the leaders whatever their kind).
    await saveMember(db, a.id, outsider('钱主任', { roles: ['teamMember'] }), ctx);
    const alone = await reads(db, a.id);
    expect(alone.leaders.length).toBeGreaterThan(0);
    expect(alone.analysis[0].people.length).toBeGreaterThan(alone.analysis[0].rows.length);

    // Another unit with the same people (the demo again) and its own role holders.
    const b = await createDemoUnit(db, ctx);
    await saveMember(db, b.id, outsider('钱主任', { roles: ['teamMember', 'unitHead'] }), ctx);
    expect(await reads(db, a.id)).toEqual(alone);

    // And each is what the `roles` index gave, order included.
    for (const unitId of [a.id, b.id]) {
      const before = await throughRolesIndex(db, unitId);
      expect(ids(await feedbackPeople(db, unitId))).toEqual(ids(before.feedback));
      expect(ids(await listLeaders(db, unitId))).toEqual(ids(before.team));
      expect((await feedbackPeople(db, unitId)).every((m) => (m as Member).unitId === unitId)).toBe(true);
    }
  });
});
