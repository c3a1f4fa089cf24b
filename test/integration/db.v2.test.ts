/**
 * Schema version 2: 内设科室 / 二级单位 (`offices`), 分管 over offices, compound indexes the
 * pages query by, and the template version on the unit. Opened empty, and over real v1 data
 * (the v1 backup fixture written into a version-1 database) with nothing lost.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { schemaAt } from '@shared/data/registry';
import { officeIdForBranch } from '@shared/members/migrations/overseesToOffices';
import { openDb } from '../../renderer/db/db';
import { listAutoBackups, readAutoBackup } from '../../renderer/db/repos/autoBackups';
import { exportUnitBackup } from '../../renderer/db/repos/backup';
import { decodeBackup, sameBackupContent } from '@shared/backup/format';

const names: string[] = [];
const fresh = (tag: string) => {
  const n = `db-v2-${tag}-${crypto.randomUUID()}`;
  names.push(n);
  return n;
};
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

const fixture = JSON.parse(
  readFileSync(fileURLToPath(new URL('../fixtures/backup/unit-backup-v1.json', import.meta.url)), 'utf8'),
) as { unit: Record<string, unknown>; records: Record<string, Record<string, unknown>[]> };

describe('schema version 2', () => {
  it('an empty database opens at version 2 with the offices store and the new member indexes', async () => {
    const name = fresh('empty');
    (await openDb(name, { upTo: 2 })).close();
    const raw = new Dexie(name);
    await raw.open();
    expect(raw.verno).toBe(2);
    expect(raw.tables.map((t) => t.name).sort()).toEqual(Object.keys(schemaAt(2)).sort());
    const members = raw.table('members').schema.indexes.map((i) => i.src);
    expect(members).toEqual(expect.arrayContaining(['[unitId+kind+branchId]', '[unitId+officeId]']));
    expect(raw.table('offices').schema.primKey.src).toBe('id');
    raw.close();
  });

  it('upgrades real version-1 data: 分管 moves to offices, the unit gets its template version, nothing else changes', async () => {
    const name = fresh('upgrade');
    const old = await openDb(name, { upTo: 1 });
    await old.table('units').add(fixture.unit);
    for (const [table, rows] of Object.entries(fixture.records)) await old.table(table).bulkAdd(rows);
    old.close();

    const db = await openDb(name, { upTo: 2 });
    expect(db.verno).toBe(2);
    const unitId = String(fixture.unit.id);
    expect(await db.units.get(unitId)).toEqual({ ...fixture.unit, templateVersion: 1 });

    const branches = fixture.records.branches as { id: string; name: string }[];
    const retired = branches.find((b) => b.name === '离退休干部党支部')!;
    const first = branches.find((b) => b.name === '机关第一党支部')!;
    const offices = await db.offices.where('unitId').equals(unitId).sortBy('order');
    expect(offices.map((o) => [o.id, o.name, o.kind])).toEqual([
      [officeIdForBranch(first.id), '机关第一党支部', 'office'],
      [officeIdForBranch(retired.id), '离退休干部党支部', 'office'],
    ]);
    const li = (await db.members.where('[unitId+name]').equals([unitId, '李明']).first())!;
    expect(li.oversees).toEqual([officeIdForBranch(retired.id)]);

    // Every other field of every member, and every other table, is as it was.
    const before = fixture.records.members as { id: string; oversees: string[] }[];
    for (const m of before) {
      const { oversees: _o, ...rest } = m;
      const after = (await db.members.get(m.id))!;
      expect(after).toMatchObject(rest);
      expect(after.oversees).toHaveLength(m.oversees.length);
    }
    for (const [table, rows] of Object.entries(fixture.records)) {
      if (table === 'members' || table === 'audit') continue;
      expect(await db.table(table).where('unitId').equals(unitId).count(), table).toBe(rows.length);
    }
    const audit = await db.audit.where('unitId').equals(unitId).toArray();
    expect(audit.map(({ seq: _s, ...e }) => e)).toEqual(fixture.records.audit);
    expect(await db.members.where('[unitId+kind+branchId]').between([unitId, 'party', Dexie.minKey], [unitId, 'party', Dexie.maxKey]).count()).toBe(5);

    // The data as it was before the upgrade is kept as an automatic backup, and reads back.
    const autos = await listAutoBackups(db, unitId);
    expect(autos).toEqual([expect.objectContaining({ reason: 'beforeMigration', unitName: fixture.unit.name, people: 6 })]);
    const kept = await readAutoBackup(db, autos[0].id);
    const original = decodeBackup(readFileSync(fileURLToPath(new URL('../fixtures/backup/unit-backup-v1.json', import.meta.url))));
    expect(kept.ok && original.ok && sameBackupContent(kept.value, original.value)).toBe(true);
    db.close();
  });

  it('cleans text stored before entry points cleaned it, so the upgraded unit exports', async () => {
    const name = fresh('dirty');
    const old = await openDb(name, { upTo: 1 });
    const dirty = JSON.parse(JSON.stringify(fixture)) as typeof fixture;
    const members = dirty.records.members as { name: string; note?: string }[];
    members[0].name = `${members[0].name.slice(0, 1)}\u200b${members[0].name.slice(1)}`;
    members[1].note = '\u202e反转的备注';
    (dirty.records.ticks as { note?: string }[])[0].note = '抽查\u0007 12 本';
    await old.table('units').add({ ...dirty.unit, name: `\u2066${String(dirty.unit.name)}` });
    for (const [table, rows] of Object.entries(dirty.records)) await old.table(table).bulkAdd(rows);
    old.close();

    const db = await openDb(name);
    const unitId = String(fixture.unit.id);
    const exported = await exportUnitBackup(db, unitId, '0.2.0', '2030-01-01T00:00:00.000Z');
    expect(exported.unit.name).toBe(fixture.unit.name);
    expect(exported.records.members.map((m) => m.name).sort()).toEqual((fixture.records.members as { name: string }[]).map((m) => m.name).sort());
    expect(exported.records.members.find((m) => m.id === (fixture.records.members[1] as { id: string }).id)!.note).toBe('反转的备注');
    expect(exported.records.ticks[0].note).toBe('抽查 12 本');
    db.close();
  });
});
