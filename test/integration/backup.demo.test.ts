import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup, sameBackupContent } from '@shared/backup/format';
import { exportUnitBackup, restoreUnitBackup } from '../../renderer/db/repos/backup';
import { createDemoUnit } from '../../renderer/db/repos/demo';
import { loadSnapshot } from '../../renderer/db/repos/snapshot';
import { computeDashboard } from '@shared/campaign/dashboard';
import { content, ctx, dbPool, template, withoutLastAudit } from '../fixtures/backup/testing';

const pool = dbPool('backup-demo');
afterEach(() => pool.closeAll());

const opts = (mode: 'asNew' | 'replace') => ({ actor: '孙丽萍', now: '2026-12-01T01:00:00.000Z', appVersion: '0.1.0', mode });

describe('the demo unit through a backup file', () => {
  it('round-trips onto another computer, in both modes, with the same dashboard', async () => {
    const home = await pool.fresh();
    const demo = await createDemoUnit(home, { ...ctx, template });
    const backup = await exportUnitBackup(home, demo.id, '0.1.0', ctx.now);
    const file = encodeBackup(backup);
    const read = decodeBackup(file);
    if (!read.ok) throw new Error(read.error.join('\n'));

    const away = await pool.fresh();
    const same = await restoreUnitBackup(away, read.value, opts('replace'));
    expect(same.unit).toEqual(demo);
    expect(sameBackupContent(withoutLastAudit(await exportUnitBackup(away, demo.id, '0.1.0', ctx.now)), backup)).toBe(true);

    const copy = await restoreUnitBackup(away, read.value, opts('asNew'));
    expect(copy.unit.name).toBe('示例市经济局（恢复）');
    expect(content(withoutLastAudit(await exportUnitBackup(away, copy.unit.id, '0.1.0', ctx.now)))).toEqual({
      ...content(backup),
      unit: { ...content(backup).unit, name: '示例市经济局（恢复）' },
    });
    const today = '2026-11-27';
    const dash = (s: Awaited<ReturnType<typeof loadSnapshot>>) => {
      const d = computeDashboard(s, {}, today);
      return { current: d.current.id, overdue: d.overdue.map((i) => i.id), mobilisation: d.mobilisation.state };
    };
    const original = dash(await loadSnapshot(home, demo.id, template));
    expect(dash(await loadSnapshot(away, copy.unit.id, template))).toEqual(original);
    expect(dash(await loadSnapshot(away, demo.id, template))).toEqual(original);
  });
});
