import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type PytDb } from '../../renderer/db/db';
import { listAudit } from '../../renderer/db/repos/audit';
import { createDemoUnit } from '../../renderer/db/repos/demo';
import { listBranches, listMembers } from '../../renderer/db/repos/members';
import { loadSnapshot } from '../../renderer/db/repos/snapshot';
import { listOffices } from '../../renderer/db/repos/offices';
import { loadRosterFacts } from '../../renderer/features/roster/facts';
import { createUnit, deleteUnit, listUnits } from '../../renderer/db/repos/units';
import { computeDashboard } from '@shared/campaign/dashboard';
import { defaultTemplate } from '@shared/campaign/defaultTemplate';
import { canEnterStage } from '@shared/campaign/gates';
import { ROSTER_FEATURE } from '@shared/members/measures';

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

describe('createDemoUnit', () => {
  it('writes the 示例单位 in one go: ~40 members, 3 branches, a campaign in progress', async () => {
    const db = await freshDb();
    const now = '2026-11-27T02:00:00.000Z';
    const unit = await createDemoUnit(db, { actor: '系统', now, template });
    expect(unit).toMatchObject({ name: '示例市经济局', isDemo: true, year: 2026 });
    expect(await listBranches(db, unit.id)).toHaveLength(3);
    expect(await listMembers(db, unit.id, { kind: 'party' })).toHaveLength(40);
    const offices = await listOffices(db, unit.id);
    expect(offices.map((o) => o.name)).toContain('市中小企业服务中心');
    expect(offices.every((o) => o.headId !== undefined)).toBe(true);
    const s = await loadSnapshot(db, unit.id, template);
    expect(canEnterStage(s, 'analysis', '2026-11-27').ok).toBe(true);
    const d = computeDashboard(s, { [ROSTER_FEATURE]: await loadRosterFacts(db, unit.id) }, '2026-11-27');
    expect(d.current.id).toBe('analysis');
    expect(d.mobilisation.state).toBe('done');
    expect(d.overdue.map((i) => i.id)).toEqual(['talks.plan']);
    expect(await listAudit(db, unit.id)).toEqual([expect.objectContaining({ action: 'unit.createDemo', actor: '系统' })]);
  });

  it('lives beside real units and is deleted without touching them', async () => {
    const db = await freshDb();
    const ctx = { actor: '张书记', now: '2026-11-27T02:00:00.000Z', template };
    const own = await createUnit(db, { name: '示例市财政局', orgName: '中共示例市财政局机关委员会', parentOrg: '', year: 2026, contact: '' }, ctx);
    const demo = await createDemoUnit(db, ctx);
    expect((await listUnits(db)).map((u) => u.id)).toEqual([own.id, demo.id]);
    await deleteUnit(db, demo.id);
    expect(await db.members.count()).toBe(0);
    expect(await db.offices.count()).toBe(0);
    expect((await loadSnapshot(db, own.id, template)).planActions.length).toBeGreaterThan(0);
  });
});
