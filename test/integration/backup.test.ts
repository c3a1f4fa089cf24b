import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeBackup, encodeBackup, parseUnitBackup, sameBackupContent, UNIT_BACKUP_FORMAT_VERSION, type UnitBackup } from '@shared/backup/format';
import { UserError } from '@shared/util/result';
import { listAudit } from '../../renderer/db/repos/audit';
import { deleteUnitWithBackup, exportUnitBackup, restoreUnitBackup } from '../../renderer/db/repos/backup';
import { saveMember } from '../../renderer/db/repos/members';
import type { PytDb } from '../../renderer/db/db';
import { getUnit, listUnits } from '../../renderer/db/repos/units';
import { allIds, content, counts, ctx, dbPool, populatedUnit, withoutLastAudit } from '../fixtures/backup/testing';

const pool = dbPool('backup');
afterEach(() => pool.closeAll());

const APP = '0.1.0';
const later = '2026-11-28T03:00:00.000Z';
const restoreOpts = (mode: 'asNew' | 'replace') => ({ actor: '孙丽萍', now: later, appVersion: APP, mode });
/** A change made after a backup was taken. */
const addPerson = (db: PytDb, unitId: string, name: string) =>
  saveMember(db, unitId, { kind: 'masses', name, roles: [], oversees: [], employment: 'working', frail: false, cannotWrite: false, away: null }, ctx);

describe('exportUnitBackup', () => {
  it('takes every record of the unit, in the file envelope, and the file reads back the same', async () => {
    const db = await pool.fresh();
    const unitId = await populatedUnit(db);
    const b = await exportUnitBackup(db, unitId, APP, later);
    expect(b).toMatchObject({ type: 'pingyitong.unitBackup', formatVersion: UNIT_BACKUP_FORMAT_VERSION, appVersion: APP, exportedAt: later });
    expect(b.unit.id).toBe(unitId);
    const c = await counts(db);
    for (const table of Object.keys(b.records) as (keyof UnitBackup['records'])[]) {
      expect(b.records[table], table).toHaveLength(c[table]);
    }
    expect(b.records.thresholdChanges).toHaveLength(1);
    expect(b.records.audit.every((a) => !('seq' in a))).toBe(true);
    expect(b.records.audit.map((a) => a.action)).toEqual(['unit.createDemo', 'threshold.change', 'member.create', 'member.delete']);
    const back = decodeBackup(encodeBackup(b));
    expect(back).toEqual({ ok: true, value: b });
    expect(parseUnitBackup(JSON.parse(JSON.stringify(b))).ok).toBe(true);
  });

  it('refuses an unknown unit in Chinese', async () => {
    const db = await pool.fresh();
    await expect(exportUnitBackup(db, 'nope', APP, later)).rejects.toThrow('单位不存在或已被删除');
  });
});

describe('restoreUnitBackup asNew', () => {
  it('gives an equal unit under new ids, named （恢复） beside the original, independent of it', async () => {
    const db = await pool.fresh();
    const unitId = await populatedUnit(db);
    const original = await exportUnitBackup(db, unitId, APP, later);
    const { unit, replaced } = await restoreUnitBackup(db, decodeBackupOrThrow(encodeBackup(original)), restoreOpts('asNew'));
    expect(replaced).toBeNull();
    expect(unit.name).toBe('示例市经济局（恢复）');
    const copy = await exportUnitBackup(db, unit.id, APP, later);
    expect(content(withoutLastAudit(copy))).toEqual({ ...content(original), unit: { ...content(original).unit, name: '示例市经济局（恢复）' } });
    const shared = [...allIds(copy)].filter((id) => allIds(original).has(id));
    expect(shared).toEqual([]);
    // References point into the copy: members to its branches, audit entries to its records.
    const branchIds = new Set(copy.records.branches.map((b) => b.id));
    const officeIds = new Set(copy.records.offices.map((o) => o.id));
    expect(copy.records.members.every((m) => (m.branchId === undefined || branchIds.has(m.branchId)) && m.oversees.every((o) => officeIds.has(o)))).toBe(true);
    const memberIds = new Set(copy.records.members.map((m) => m.id));
    const created = copy.records.audit.find((a) => a.action === 'member.create')!;
    const deleted = copy.records.audit.find((a) => a.action === 'member.delete')!;
    expect(memberIds.has(created.entityId!)).toBe(false);
    expect(created.entityId).toBe(deleted.entityId);
    expect(copy.records.audit.at(-1)).toMatchObject({ action: 'unit.restore', actor: '孙丽萍', at: later, entityId: unit.id });
    expect(copy.records.audit.at(-1)!.summary).toContain('从备份恢复单位 示例市经济局（恢复）');

    await deleteUnitWithBackup(db, unitId, APP, later);
    expect(sameBackupContent(await exportUnitBackup(db, unit.id, APP, later), copy)).toBe(true);
    const again = await restoreUnitBackup(db, original, restoreOpts('asNew'));
    expect(again.unit.name).toBe('示例市经济局');
    await restoreUnitBackup(db, original, restoreOpts('asNew'));
    expect((await listUnits(db)).map((u) => u.name).sort()).toEqual(['示例市经济局', '示例市经济局（恢复）', '示例市经济局（恢复2）'].sort());
  });

  it('deleting the copy leaves the original whole', async () => {
    const db = await pool.fresh();
    const unitId = await populatedUnit(db);
    const original = await exportUnitBackup(db, unitId, APP, later);
    const { unit } = await restoreUnitBackup(db, original, restoreOpts('asNew'));
    await deleteUnitWithBackup(db, unit.id, APP, later);
    expect(sameBackupContent(await exportUnitBackup(db, unitId, APP, later), original)).toBe(true);
  });
});

describe('restoreUnitBackup replace', () => {
  it('returns the data it replaces and leaves the database equal to the backup', async () => {
    const db = await pool.fresh();
    const unitId = await populatedUnit(db);
    const saved = await exportUnitBackup(db, unitId, APP, later);
    await addPerson(db, unitId, '新来的');
    const current = await exportUnitBackup(db, unitId, APP, later);
    const before = await counts(db);
    await expect(restoreUnitBackup(db, saved, restoreOpts('replace'))).rejects.toThrow('须先保存本单位当前数据的备份');
    expect(await counts(db)).toEqual(before);
    const { unit, replaced } = await restoreUnitBackup(db, saved, { ...restoreOpts('replace'), expectedCurrent: current });
    expect(unit.id).toBe(unitId);
    expect(replaced && sameBackupContent(replaced, current)).toBe(true);
    expect(replaced!.records.members.map((m) => m.name)).toContain('新来的');
    const now = await exportUnitBackup(db, unitId, APP, later);
    expect(sameBackupContent(withoutLastAudit(now), saved)).toBe(true);
    expect((await listAudit(db, unitId, { limit: 1 }))[0]).toMatchObject({ action: 'unit.restore', summary: expect.stringContaining('覆盖原有数据') });
    expect((await counts(db)).members).toBe(before.members - 1);
  });

  it('refuses, and writes nothing, when the data changed since the backup the user saved', async () => {
    const db = await pool.fresh();
    const unitId = await populatedUnit(db);
    const saved = await exportUnitBackup(db, unitId, APP, later);
    const staleCurrent = await exportUnitBackup(db, unitId, APP, later);
    await addPerson(db, unitId, '后来者');
    const before = await exportUnitBackup(db, unitId, APP, later);
    await expect(restoreUnitBackup(db, saved, { ...restoreOpts('replace'), expectedCurrent: staleCurrent })).rejects.toThrow(
      '单位数据在备份后又有改动',
    );
    expect(sameBackupContent(await exportUnitBackup(db, unitId, APP, later), before)).toBe(true);
  });

  it('brings a deleted unit back under its own ids', async () => {
    const db = await pool.fresh();
    const unitId = await populatedUnit(db);
    const backup = await deleteUnitWithBackup(db, unitId, APP, later);
    expect(await getUnit(db, unitId)).toBeUndefined();
    expect(await db.members.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
    const { unit, replaced } = await restoreUnitBackup(db, backup, restoreOpts('replace'));
    expect(replaced).toBeNull();
    expect(unit.id).toBe(unitId);
    expect(sameBackupContent(withoutLastAudit(await exportUnitBackup(db, unitId, APP, later)), backup)).toBe(true);
  });

  it('refuses ids another unit already uses, and writes nothing', async () => {
    const db = await pool.fresh();
    const unitId = await populatedUnit(db);
    const b = await exportUnitBackup(db, unitId, APP, later);
    const otherId = 'another-unit';
    const moved = JSON.parse(JSON.stringify(b).replaceAll(unitId, otherId)) as UnitBackup;
    const before = await counts(db);
    await expect(restoreUnitBackup(db, moved, restoreOpts('replace'))).rejects.toThrow('请改用“作为新单位恢复”');
    expect(await counts(db)).toEqual(before);
  });
});

describe('deleteUnitWithBackup', () => {
  it('returns the backup and deletes; with a stale expected backup it deletes nothing', async () => {
    const db = await pool.fresh();
    const unitId = await populatedUnit(db);
    const saved = await exportUnitBackup(db, unitId, APP, later);
    await addPerson(db, unitId, '后来者');
    const before = await counts(db);
    await expect(deleteUnitWithBackup(db, unitId, APP, later, { expected: saved })).rejects.toThrow(UserError);
    expect(await counts(db)).toEqual(before);
    const fresh = await exportUnitBackup(db, unitId, APP, later);
    const taken = await deleteUnitWithBackup(db, unitId, APP, later, { expected: fresh });
    expect(sameBackupContent(taken, fresh)).toBe(true);
    expect(await counts(db)).toEqual(Object.fromEntries(Object.keys(before).map((k) => [k, 0])));
    await expect(deleteUnitWithBackup(db, unitId, APP, later)).rejects.toThrow('单位不存在或已被删除');
  });
});

describe('bad backups', () => {
  const bytes = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));

  it('corrupt, foreign, future or inconsistent files get a Chinese error and nothing is written', async () => {
    const db = await pool.fresh();
    const unitId = await populatedUnit(db);
    const good = await exportUnitBackup(db, unitId, APP, later);
    const full = encodeBackup(good);
    const before = await counts(db);

    expect(decodeBackup(full.slice(0, full.length / 2))).toEqual({ ok: false, error: [expect.stringContaining('文件已损坏')] });
    expect(decodeBackup(new Uint8Array())).toEqual({ ok: false, error: ['文件是空的，不是评议通的备份文件'] });
    expect(decodeBackup(bytes({ hello: 1 }))).toEqual({ ok: false, error: ['不是评议通的备份文件'] });
    expect(decodeBackup(bytes([1, 2]))).toEqual({ ok: false, error: ['不是评议通的备份文件'] });
    expect(decodeBackup(bytes({ ...good, formatVersion: 5 }))).toEqual({
      ok: false,
      error: ['备份文件来自更新版本的评议通（格式 5），请先升级本程序'],
    });
    const m0 = good.records.members[0];
    const badRef = { ...good, records: { ...good.records, members: [{ ...m0, branchId: 'no-such-branch' }, ...good.records.members.slice(1)] } };
    const r = decodeBackup(encodeBackup(badRef as UnitBackup));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toEqual([`records.members[0].branchId: ${m0.name}所指的支部（no-such-branch）不在备份中`]);
    const badField = { ...good, records: { ...good.records, members: [{ ...m0, kind: 'alien' }] } };
    expect(!parseUnitBackup(badField).ok && (parseUnitBackup(badField) as { error: string[] }).error[0]).toMatch(/^records\.members\[0\]\.kind: 应为以下之一/);

    for (const bad of [badRef, badField, { ...good, formatVersion: 5 }]) {
      for (const mode of ['asNew', 'replace'] as const) {
        await expect(restoreUnitBackup(db, bad as UnitBackup, restoreOpts(mode))).rejects.toThrow(UserError);
      }
    }
    expect(await counts(db)).toEqual(before);
  });

  it('one changed character, an invalid byte or a missing checksum is refused, never restored changed', () => {
    const b = decodeBackupOrThrow(readFileSync(fileURLToPath(new URL('../fixtures/backup/unit-backup-v2.json', import.meta.url))));
    const text = new TextDecoder().decode(encodeBackup(b));
    const name = b.records.members[0].name;
    // 郑 → 郐 is one flipped bit in UTF-8; here: the first member's name loses a character.
    const edited = text.replace(`"name": "${name}"`, `"name": "${name.slice(0, -1)}"`);
    expect(edited).not.toBe(text);
    expect(decodeBackup(new TextEncoder().encode(edited))).toEqual({ ok: false, error: [expect.stringContaining('校验码不符')] });
    const raw = new TextEncoder().encode(text);
    const invalid = raw.slice();
    invalid[raw.indexOf(0xe5)] = 0xff; // inside a Chinese character
    expect(decodeBackup(invalid)).toEqual({ ok: false, error: [expect.stringContaining('无法识别的字节')] });
    const { checksum: _c, ...withoutSum } = JSON.parse(text) as Record<string, unknown>;
    expect(decodeBackup(new TextEncoder().encode(JSON.stringify(withoutSum)))).toEqual({ ok: false, error: [expect.stringContaining('缺少校验码')] });
    // Indentation does not change the content: the same backup re-indented still reads.
    expect(decodeBackup(new TextEncoder().encode(JSON.stringify(JSON.parse(text)))).ok).toBe(true);
  });
});

function decodeBackupOrThrow(bytes: Uint8Array): UnitBackup {
  const r = decodeBackup(bytes);
  if (!r.ok) throw new Error(r.error.join('\n'));
  return r.value;
}

describe('a backup that would not restore', () => {
  it('is refused at export, and the unit is not deleted', async () => {
    const db = await pool.fresh();
    const unitId = await populatedUnit(db);
    const m = (await db.members.where('unitId').equals(unitId).first())!;
    await db.members.put({ ...m, birth: '1965' });
    const before = await counts(db);
    await expect(exportUnitBackup(db, unitId, APP, later)).rejects.toThrow(`records.members[`);
    await expect(deleteUnitWithBackup(db, unitId, APP, later)).rejects.toThrow('未能通过备份校验');
    expect(await counts(db)).toEqual(before);
  });
});

describe('one transaction', () => {
  it('a failure half-way through a replace leaves the old data in place', async () => {
    const db = await pool.fresh();
    const unitId = await populatedUnit(db);
    const saved = await exportUnitBackup(db, unitId, APP, later);
    await addPerson(db, unitId, '后来者');
    const before = await exportUnitBackup(db, unitId, APP, later);
    const spy = vi.spyOn(db.meetings, 'bulkAdd').mockRejectedValue(new Error('磁盘已满'));
    await expect(restoreUnitBackup(db, saved, { ...restoreOpts('replace'), expectedCurrent: before })).rejects.toThrow('磁盘已满');
    await expect(restoreUnitBackup(db, saved, restoreOpts('asNew'))).rejects.toThrow('磁盘已满');
    spy.mockRestore();
    expect(await db.units.count()).toBe(1);
    expect(sameBackupContent(await exportUnitBackup(db, unitId, APP, later), before)).toBe(true);
  });
});
