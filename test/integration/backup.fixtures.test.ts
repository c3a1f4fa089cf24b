import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeBackup, sameBackupContent, UNIT_BACKUP_FORMAT_VERSION, type UnitBackup } from '@shared/backup/format';
import { exportUnitBackup, restoreUnitBackup } from '../../renderer/db/repos/backup';
import { loadSnapshot } from '../../renderer/db/repos/snapshot';
import { officeIdForBranch } from '@shared/members/migrations/overseesToOffices';
import { content, dbPool, template, withoutLastAudit } from '../fixtures/backup/testing';

const dir = fileURLToPath(new URL('../fixtures/backup/', import.meta.url));
const read = (name: string): UnitBackup => {
  const r = decodeBackup(readFileSync(`${dir}${name}`));
  if (!r.ok) throw new Error(`${name}:\n${r.error.join('\n')}`);
  return r.value;
};

const pool = dbPool('backup-fixtures');
afterEach(() => pool.closeAll());
const opts = (mode: 'asNew' | 'replace') => ({ actor: '张书记', now: '2030-01-01T00:00:00.000Z', appVersion: '9.9.9', mode });

describe('backup fixtures (one per format version, kept forever)', () => {
  const files = readdirSync(dir).filter((f) => /^unit-backup-v\d+\.json$/u.test(f));

  it('has a fixture for every format version up to the current one', () => {
    const versions = files.map((f) => Number(/v(\d+)/u.exec(f)![1])).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: UNIT_BACKUP_FORMAT_VERSION }, (_, i) => i + 1));
  });

  it.each(files)('%s reads as a current backup and restores in both modes', async (name) => {
    const b = read(name);
    expect(b.formatVersion).toBe(UNIT_BACKUP_FORMAT_VERSION);
    const db = await pool.fresh();
    const same = await restoreUnitBackup(db, b, opts('replace'));
    expect(sameBackupContent(withoutLastAudit(await exportUnitBackup(db, same.unit.id, '9.9.9', opts('replace').now)), b)).toBe(true);
    const copy = await restoreUnitBackup(db, b, opts('asNew'));
    expect(content(withoutLastAudit(await exportUnitBackup(db, copy.unit.id, '9.9.9', opts('asNew').now)))).toEqual({
      ...content(b),
      unit: { ...content(b).unit, name: `${b.unit.name}（恢复）` },
    });
    await loadSnapshot(db, copy.unit.id, template);
  });

  it('unit-backup-v1.json holds what make-fixture.ts wrote at format 1, read as the current format', () => {
    const raw = JSON.parse(readFileSync(`${dir}unit-backup-v1.json`, 'utf8')) as { formatVersion: number };
    expect(raw.formatVersion).toBe(1);
    const b = read('unit-backup-v1.json');
    expect(b).toMatchObject({ type: 'pingyitong.unitBackup', formatVersion: UNIT_BACKUP_FORMAT_VERSION, appVersion: '0.1.0', exportedAt: '2005-09-05T08:00:00.000Z' });
    expect(b.unit).toMatchObject({ name: '示例市财政局', year: 2005, phone: '0571-88000000', isDemo: false });
    const r = b.records;
    expect(r.branches.map((x) => x.name).sort()).toEqual(['机关第一党支部', '离退休干部党支部'].sort());
    expect(r.members).toHaveLength(6);
    const retired = r.branches.find((x) => x.name === '离退休干部党支部')!;
    // Format 2: 分管 is over offices; the branch 李明 oversaw became an office of its name.
    expect(r.members.find((m) => m.name === '李明')!.oversees).toEqual([officeIdForBranch(retired.id)]);
    expect(r.offices.find((o) => o.id === officeIdForBranch(retired.id))).toMatchObject({ name: '离退休干部党支部', kind: 'office' });
    expect(b.unit.templateVersion).toBe(1);
    expect(r.members.find((m) => m.name === '赵强')!.away).toEqual({ place: '对口支援新疆', contact: '13900000000' });
    expect(r.acceptances).toEqual([expect.objectContaining({ stageId: 'study', passed: true, supervisor: '刘振华' })]);
    expect(r.planActions.filter((a) => !a.mandatory).map((a) => a.title)).toEqual(['走访服务对象企业']);
    expect(r.meetings).toEqual([expect.objectContaining({ kind: 'mobilise', speaker: '张书记', keyStaffTrained: true })]);
    expect(r.audit[0]).toMatchObject({ action: 'unit.create', summary: '新建单位 示例市财政局（2005年度）' });
    expect(r.audit).toHaveLength(14);
  });

  it('unit-backup-v2.json holds offices with heads, 分管 over offices, and the roster fields of format 2', () => {
    const b = read('unit-backup-v2.json');
    const r = b.records;
    const office = (name: string) => r.offices.find((o) => o.name === name)!;
    const member = (name: string) => r.members.find((m) => m.name === name)!;
    expect(r.offices.map((o) => [o.name, o.kind])).toEqual([
      ['办公室', 'office'],
      ['预算科', 'office'],
      ['市财政信息中心', 'subUnit'],
    ]);
    expect(office('办公室').headId).toBe(member('王芳').id);
    expect(member('李明').oversees).toEqual([office('预算科').id, office('市财政信息中心').id]);
    expect(member('张书记').roles).toEqual(['unitHead', 'partyGroupSecretary', 'leaderCadre']);
    expect(member('赵强')).toMatchObject({ partyStatus: 'probationary', officeId: office('预算科').id });
    expect(member('陈老')).toMatchObject({ education: 'primary', chronicIll: true, frail: true, cannotWrite: true });
    expect(b.unit).toMatchObject({ templateId: 'fenxi-pingyi-2005', templateVersion: 1 });
  });
});
