import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, tableOf, type PytDb } from '../../renderer/db/db';
import { listAudit } from '../../renderer/db/repos/audit';
import { createDemoUnit } from '../../renderer/db/repos/demo';
import { listBranches, listMembers } from '../../renderer/db/repos/members';
import { loadSnapshot } from '../../renderer/db/repos/snapshot';
import { listOffices } from '../../renderer/db/repos/offices';
import { loadUnitFacts } from '../../renderer/app/facts';
import { createUnit, deleteUnit, listUnits } from '../../renderer/db/repos/units';
import { computeDashboard } from '@shared/campaign/dashboard';
import { defaultTemplate } from '@shared/campaign/defaultTemplate';
import { canEnterStage } from '@shared/campaign/gates';
import { UNIT_TABLES } from '@shared/data/registry';
import { buildDemoUnit } from '@shared/demo/demoUnit';

const template = defaultTemplate();
const open: PytDb[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});
async function freshDb() {
  const db = await openDb(`demo-${crypto.randomUUID()}`);
  open.push(db);
  return db;
}
const NEW_STEPS = ['opinions', 'talks', 'selfAnalysis', 'throughout'];

describe('createDemoUnit', () => {
  it('writes the 示例单位 in one go, on any day of the PC: the 2005 campaign on its 演示日期 9月13日', async () => {
    const db = await freshDb();
    const unit = await createDemoUnit(db, { actor: '系统', now: '2026-11-27T02:00:00.000Z', template });
    expect(unit).toMatchObject({ name: '示例市经济局', isDemo: true, year: 2005, demoToday: '2005-09-13' });
    expect(await listBranches(db, unit.id)).toHaveLength(3);
    expect(await listMembers(db, unit.id, { kind: 'party' })).toHaveLength(40);
    const offices = await listOffices(db, unit.id);
    expect(offices.map((o) => o.name)).toContain('市中小企业服务中心');
    expect(offices.every((o) => o.headId !== undefined)).toBe(true);
    expect(await listAudit(db, unit.id)).toEqual([expect.objectContaining({ action: 'unit.createDemo', actor: '系统' })]);
  });

  it('stores every record the demo is built with, the working records of 分析评议 included', async () => {
    const db = await freshDb();
    const unit = await createDemoUnit(db, { actor: '系统', now: '2026-11-27T02:00:00.000Z', template });
    const built = buildDemoUnit({ template, makeId: () => crypto.randomUUID() }) as unknown as Record<string, unknown[]>;
    for (const t of UNIT_TABLES.filter((x) => x !== 'audit')) {
      expect(await tableOf(db, t).where('unitId').equals(unit.id).count(), t).toBe((built[t] ?? []).length);
    }
    for (const t of ['opinions', 'talks', 'feedbacks', 'analyses', 'analysisSteps', 'fixItems', 'studySessions']) {
      expect(built[t].length, t).toBeGreaterThan(0);
    }
  });

  it('shows on its 演示日期 a campaign half way: the new steps’ items decided by the records, naming who or what is missing', async () => {
    const db = await freshDb();
    const unit = await createDemoUnit(db, { actor: '系统', now: '2026-11-27T02:00:00.000Z', template });
    const s = await loadSnapshot(db, unit.id, template);
    const today = unit.demoToday!;
    expect(canEnterStage(s, 'analysis', today).ok).toBe(true);
    const d = computeDashboard(s, await loadUnitFacts(db, unit.id), today);
    expect(d.current.id).toBe('analysis');
    expect(d.mobilisation.state).toBe('done');
    expect(d.overdue.map((i) => i.id)).toContain('talks.plan');
    const items = d.steps.filter((st) => NEW_STEPS.includes(st.id)).flatMap((st) => st.items);
    const computed = items.filter((i) => i.computed);
    expect(computed.length).toBeGreaterThan(5);
    expect(computed.some((i) => i.done)).toBe(true);
    expect(computed.some((i) => !i.done)).toBe(true);
    const byId = new Map(items.map((i) => [i.id, i]));
    expect(byId.get('talks.plan')!.detail).toMatch(/还没有安排.*王建华/);
    expect(byId.get('talks.leaderAll')!.detail).toContain('陈国栋');
    expect(byId.get('throughout.fixNow')!.detail).toContain('企业诉求回复不及时');
    expect(byId.get('throughout.study')!.detail).toContain('蒋卫东');
  });

  it('lives beside real units and is deleted without touching them', async () => {
    const db = await freshDb();
    const ctx = { actor: '张书记', now: '2026-11-27T02:00:00.000Z', template };
    const own = await createUnit(db, { name: '示例市财政局', orgName: '中共示例市财政局机关委员会', parentOrg: '', year: 2026, contact: '' }, ctx);
    const demo = await createDemoUnit(db, ctx);
    expect((await listUnits(db)).map((u) => u.id)).toEqual([own.id, demo.id]);
    await deleteUnit(db, demo.id);
    for (const t of UNIT_TABLES.filter((x) => x !== 'audit')) expect(await tableOf(db, t).where('unitId').equals(demo.id).count(), t).toBe(0);
    expect((await loadSnapshot(db, own.id, template)).planActions.length).toBeGreaterThan(0);
  });
});
