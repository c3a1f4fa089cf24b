import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type PytDb } from '../../renderer/db/db';
import { listAudit } from '../../renderer/db/repos/audit';
import { saveBranch, saveMember } from '../../renderer/db/repos/members';
import { loadSnapshot } from '../../renderer/db/repos/snapshot';
import { loadUnitFacts } from '../../renderer/app/facts';
import { flushViews } from '../../renderer/db/memo';
import { createUnit, deleteUnit, getUnit, listUnits, updateUnit } from '../../renderer/db/repos/units';
import { defaultTemplate } from '@shared/campaign/defaultTemplate';

const template = defaultTemplate();
import type { MemberDraft } from '@shared/members/types';
import { UserError } from '@shared/util/result';

const open: PytDb[] = [];
async function freshDb() {
  const db = await openDb(`repos-units-${crypto.randomUUID()}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const ctx = { actor: '张书记', now: '2005-08-20T09:00:00.000Z' };
const draft = { name: '示例市财政局', orgName: '中共示例市财政局机关委员会', parentOrg: '中共示例市直属机关工委', year: 2005, contact: '张书记' };
const party = (name: string, branchId: string): MemberDraft => ({
  kind: 'party', name, branchId, roles: [], oversees: [], employment: 'working', frail: false, cannotWrite: false, away: null,
});

async function counts(db: PytDb) {
  const entries = await Promise.all(db.tables.map(async (t) => [t.name, await t.count()] as const));
  return Object.fromEntries(entries);
}

describe('units repository', () => {
  it('createUnit writes the unit, its schedules, the mandatory plan actions, a draft review and audit at once', async () => {
    const db = await freshDb();
    const unit = await createUnit(db, draft, { ...ctx, template });
    expect(await getUnit(db, unit.id)).toMatchObject({ ...draft, templateId: 'fenxi-pingyi-2005', isDemo: false, createdAt: ctx.now });
    const snap = await loadSnapshot(db, unit.id, template);
    expect(snap.schedules.map((s) => [s.stageId, s.start, s.due])).toEqual([
      ['study', '2005-07-01', '2005-08-31'],
      ['analysis', '2005-09-01', '2005-09-30'],
      ['rectify', '2005-10-01', '2005-11-30'],
    ]);
    const mandatory = template.planActions.filter((a) => a.stageId === 'analysis');
    expect(snap.planActions).toHaveLength(mandatory.length);
    expect(snap.planActions.every((a) => a.mandatory && a.unitId === unit.id)).toBe(true);
    expect(snap.planActions.slice(0, 2).map((a) => [a.templateActionId, a.due])).toEqual([
      ['pa.mobilise', '2005-09-04'],
      ['pa.opinions', '2005-09-10'],
    ]);
    expect(snap.planReviews).toEqual([
      { unitId: unit.id, stageId: 'analysis', state: 'draft', history: [{ state: 'draft', at: ctx.now, by: ctx.actor }] },
    ]);
    const audit = await listAudit(db, unit.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'unit.create', actor: '张书记', summary: expect.stringContaining('示例市财政局') });
  });

  it('a bad draft throws a UserError in Chinese and writes nothing', async () => {
    const db = await freshDb();
    const before = await counts(db);
    await expect(createUnit(db, { ...draft, orgName: ' ', year: 1990 }, { ...ctx, template })).rejects.toThrow(UserError);
    await expect(createUnit(db, { ...draft, name: '' }, { ...ctx, template })).rejects.toThrow('请填写单位名称');
    expect(await counts(db)).toEqual(before);
  });

  it('a failure inside the transaction leaves no partial unit', async () => {
    const db = await freshDb();
    // A template listing a stage twice makes the second schedule add fail mid-transaction.
    const dupStages = { ...template, stages: [...template.stages, template.stages[0]] };
    await expect(createUnit(db, draft, { ...ctx, template: dupStages })).rejects.toThrow();
    expect(await db.units.count()).toBe(0);
    expect(await db.planActions.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('updateUnit changes the details and logs it; an unknown unit is refused', async () => {
    const db = await freshDb();
    const unit = await createUnit(db, draft, { ...ctx, template });
    const later = { actor: '李组织委员', now: '2005-08-21T10:00:00.000Z' };
    const updated = await updateUnit(db, unit.id, { ...draft, contact: '李组织委员', phone: '0571-1234567' }, later);
    expect(updated).toMatchObject({ contact: '李组织委员', phone: '0571-1234567', createdAt: ctx.now, updatedAt: later.now });
    expect((await listAudit(db, unit.id, { limit: 1 }))[0]).toMatchObject({ action: 'unit.update', actor: '李组织委员' });
    await expect(updateUnit(db, 'nope', draft, later)).rejects.toThrow(UserError);
    await updateUnit(db, unit.id, draft, { ...later, actor: ' ' });
    expect((await listAudit(db, unit.id, { limit: 1 }))[0].actor).toBe('未署名');
  });

  it('a new 活动年度 moves the schedules and plan dates to that year', async () => {
    const db = await freshDb();
    const unit = await createUnit(db, draft, { ...ctx, template });
    await updateUnit(db, unit.id, { ...draft, year: 2006 }, ctx);
    const snap = await loadSnapshot(db, unit.id, template);
    expect(snap.unit.year).toBe(2006);
    expect(snap.schedules.find((x) => x.stageId === 'analysis')).toMatchObject({ start: '2006-09-01', due: '2006-09-30' });
    expect(snap.planActions.every((a) => a.due.startsWith('2006-'))).toBe(true);
    expect((await listAudit(db, unit.id, { limit: 1 }))[0].summary).toContain('活动年度改为2006年');
  });

  it('deleteUnit removes only that unit’s records (two units stay separate)', async () => {
    const db = await freshDb();
    const a = await createUnit(db, draft, { ...ctx, template });
    const b = await createUnit(db, { ...draft, name: '示例市教育局' }, { ...ctx, template });
    for (const u of [a, b]) {
      const br = await saveBranch(db, u.id, { name: '机关第一党支部' }, ctx);
      await saveMember(db, u.id, party('王伟', br.id), ctx);
      // What the home page computed from them, kept on disk (the views).
      await loadUnitFacts(db, u.id);
    }
    await flushViews(db);
    expect(await db.views.where('unitId').equals(a.id).count()).toBeGreaterThan(0);
    const bBefore = await loadSnapshot(db, b.id, template);
    await deleteUnit(db, a.id);
    expect((await listUnits(db)).map((u) => u.id)).toEqual([b.id]);
    for (const t of db.tables) {
      if (t.name === 'units') continue;
      expect(await t.where('unitId').equals(a.id).count(), t.name).toBe(0);
    }
    expect(await loadSnapshot(db, b.id, template)).toEqual(bBefore);
    expect((await listAudit(db, b.id)).length).toBeGreaterThan(0);
    await expect(deleteUnit(db, a.id)).rejects.toThrow(UserError);
  });
});
