import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeBackup } from '@shared/backup/format';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { openSupervisorDb, type SupervisorDb } from '../../renderer/db/supervisorDb';
import { acceptHeldKey, applyBundles, discardHeld, previewBundles, type BundleFile } from '../../renderer/db/repos/supervisorImport';
import { computeUnitSummary } from '../../renderer/db/repos/supervisorSummary';
import { bundleOf, laterExport, tampered, testSigner, unitBackup } from './supervisorTesting';

const open: SupervisorDb[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});
async function fresh() {
  const db = await openSupervisorDb(`supervisor-import-${crypto.randomUUID()}`);
  open.push(db);
  return db;
}
const NOW = '2005-09-20T10:00:00.000+08:00';
const file = (name: string, data: Uint8Array): BundleFile => ({ name, data });

/** Everything the database holds, as one hash: any write changes it. */
async function contentHash(db: SupervisorDb): Promise<string> {
  const parts: string[] = [];
  for (const t of [...db.tables].sort((a, b) => a.name.localeCompare(b.name))) {
    const rows = await t.toArray();
    parts.push(t.name, JSON.stringify(rows, (_k, v: unknown) => (v instanceof Uint8Array ? bytesToHex(sha256(v)) : v)));
  }
  return bytesToHex(sha256(utf8ToBytes(parts.join('\n'))));
}

async function importAll(db: SupervisorDb, files: BundleFile[]) {
  const preview = await previewBundles(db, files);
  return { preview, outcomes: await applyBundles(db, files, preview, { now: NOW }) };
}

describe('importing bundles into the supervisor workspace (R-SUPERVISE)', () => {
  it('the preview says what each file would do, refused files with their Chinese reason, and writes nothing', async () => {
    const db = await fresh();
    const signer = await testSigner();
    const a = await bundleOf(unitBackup('东城区商务局'), signer);
    const b = await bundleOf(unitBackup('西城区教育局'), signer);
    const before = await contentHash(db);
    const progress: number[] = [];
    const rows = await previewBundles(
      db,
      [file('a.pytb', a), file('b.pytb', b), file('bad.pytb', tampered(b)), file('empty.pytb', new Uint8Array()), file('backup.json', encodeBackup(unitBackup('北城区')))],
      (done) => progress.push(done),
    );
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    expect(rows.map((r) => r.status)).toEqual(['new', 'new', 'refused', 'refused', 'refused']);
    expect(rows[0]).toMatchObject({ unit: { name: '东城区商务局' }, exportedAt: '2005-09-13T17:00:00.000+08:00', records: 393 });
    expect(rows[0].fingerprint).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/u);
    expect(rows[2].note).toMatch(/签名不符|与清单不符/u);
    expect(rows[3].note).toBe('文件是空的，不是评议通的单位数据包');
    expect(rows[4].note).toBe('不是评议通的单位数据包（无法按数据包打开）');
    expect(await contentHash(db)).toBe(before);
  });

  it('imports new units whole, with a summary each; the same bundle again changes nothing', async () => {
    const db = await fresh();
    const signer = await testSigner();
    const backup = unitBackup('东城区商务局');
    const a = await bundleOf(backup, signer);
    const { outcomes } = await importAll(db, [file('a.pytb', a), file('b.pytb', await bundleOf(unitBackup('西城区教育局'), signer))]);
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'imported']);
    expect(await db.members.where('unitId').equals(backup.unit.id).count()).toBe(backup.records.members.length);
    expect(await db.talks.where('unitId').equals(backup.unit.id).count()).toBe(backup.records.talks.length);
    const summary = await db.supervisorSummaries.get(backup.unit.id);
    expect(summary).toMatchObject({ unitName: '东城区商务局', asOf: '2005-09-13', people: backup.records.members.length });
    expect(summary!.steps.length).toBeGreaterThan(0);

    const before = await contentHash(db);
    const again = await importAll(db, [file('a-copy.pytb', a), file('a-again.pytb', a)]);
    expect(again.preview.map((r) => r.status)).toEqual(['same', 'same']);
    expect(again.preview[0].note).toBe('与已导入的数据包完全相同，不再导入');
    expect(again.preview[1].note).toBe('与本批第 1 个文件是同一份数据包，不再导入');
    expect(again.outcomes.map((o) => o.status)).toEqual(['same', 'same']);
    expect(await contentHash(db)).toBe(before);
  });

  it('a newer bundle replaces the unit’s records and keeps the one it replaced; an older one is skipped', async () => {
    const db = await fresh();
    const signer = await testSigner();
    const first = unitBackup('东城区商务局');
    const who = first.records.members[3].name;
    const later = laterExport(first, '2005-09-25T17:00:00.000+08:00', { from: who, to: '改名后的人' });
    const oldBundle = await bundleOf(first, signer);
    await importAll(db, [file('old.pytb', oldBundle)]);
    const { preview, outcomes } = await importAll(db, [file('new.pytb', await bundleOf(later, signer))]);
    expect(preview[0]).toMatchObject({ status: 'newer' });
    expect(preview[0].note).toContain('2005年9月13日 17:00');
    expect(outcomes[0].status).toBe('replaced');
    const names = (await db.members.where('unitId').equals(first.unit.id).toArray()).map((m) => m.name);
    expect(names).toContain('改名后的人');
    expect(names).not.toContain(who);
    expect(names).toHaveLength(first.records.members.length);
    const kept = await db.supervisorBundles.where('unitId').equals(first.unit.id).toArray();
    expect(kept.map((k) => k.role).sort()).toEqual(['current', 'previous']);
    expect(kept.find((k) => k.role === 'previous')!.bytes).toEqual(oldBundle);
    expect((await db.supervisorImports.get(first.unit.id))!.exportedAt).toBe('2005-09-25T17:00:00.000+08:00');

    const before = await contentHash(db);
    const older = await importAll(db, [file('old-again.pytb', oldBundle), file('older.pytb', await bundleOf(laterExport(first, '2005-09-20T09:00:00.000+08:00'), signer))]);
    expect(older.preview.map((r) => r.status)).toEqual(['older', 'older']);
    expect(older.preview[1].note).toBe('已导入的数据包更新（导出于 2005年9月25日 17:00），这份较旧，跳过');
    expect(await contentHash(db)).toBe(before);
  });

  it('a replacement that fails half-way leaves the unit as it was: one transaction', async () => {
    const db = await fresh();
    const signer = await testSigner();
    // Ids as a PC makes them: the unit's first, then its records'. A's records and B's newer
    // bundle share record ids, so B's newer records cannot be written beside A's.
    const sequence = (unitId: string, shared: boolean) => {
      let n = 0;
      return () => (n++ === 0 ? unitId : shared ? `x-${n}` : crypto.randomUUID());
    };
    const a = unitBackup('东城区商务局', '2005-09-13T17:00:00.000+08:00', sequence('unit-a', true));
    const b = unitBackup('西城区教育局', '2005-09-13T17:00:00.000+08:00', sequence('unit-b', false));
    await importAll(db, [file('a.pytb', await bundleOf(a, signer)), file('b.pytb', await bundleOf(b, signer))]);
    const before = await contentHash(db);
    const bad = unitBackup('西城区教育局', '2005-09-25T17:00:00.000+08:00', sequence('unit-b', true));
    const { outcomes } = await importAll(db, [file('b-newer.pytb', await bundleOf(bad, signer))]);
    expect(outcomes[0]).toMatchObject({ status: 'refused', note: expect.stringContaining('记录编号与本机已导入的另一个单位的记录相同') });
    expect(await contentHash(db)).toBe(before);
  });

  it('writes what the preview checked: a file whose bytes changed since is refused, whether kept from the preview or read again', async () => {
    const db = await fresh();
    const signer = await testSigner();
    const first = unitBackup('东城区商务局');
    const a = await bundleOf(first, signer);
    const files = [file('a.pytb', a), file('b.pytb', await bundleOf(unitBackup('西城区教育局'), signer))];
    const before = await contentHash(db);
    const rows = await previewBundles(db, files);
    // Another valid bundle of the same unit in the place of the one previewed, and the other file's last byte changed.
    const later = await bundleOf(laterExport(first, '2005-09-25T17:00:00.000+08:00', { from: first.records.members[0].name, to: '没预览过' }), signer);
    const flipped = files[1].data.slice();
    flipped[flipped.length - 1] ^= 1;
    const swapped = [file('a.pytb', later), file('b.pytb', flipped)];
    // The rows as the preview gave them (its bundles kept), and copies (each file read again).
    for (const given of [rows, rows.map((r) => ({ ...r }))]) {
      const outcomes = await applyBundles(db, swapped, given, { now: NOW });
      expect(outcomes.map((o) => o.status)).toEqual(['refused', 'refused']);
      expect(outcomes[0].note).toBe('文件在预览之后有改动，与预览时检查的不是同一份，未导入；请重新选择文件');
      expect(await contentHash(db)).toBe(before);
    }
    // Unchanged bytes: written from what the preview read (a copy of the rows reads them again).
    const again = await previewBundles(db, files);
    expect((await applyBundles(db, files, again.map((r) => ({ ...r })), { now: NOW })).map((o) => o.status)).toEqual(['imported', 'imported']);
    expect((await db.members.where('unitId').equals(first.unit.id).toArray()).map((m) => m.name)).not.toContain('没预览过');
  });

  it('new units are written a few to a transaction, as they would be one at a time', async () => {
    const db = await fresh();
    const signer = await testSigner();
    const names = ['东城区商务局', '西城区教育局', '南城区财政局', '北城区民政局'];
    const files = await Promise.all(names.map(async (n, i) => file(`${i}.pytb`, await bundleOf(unitBackup(n), signer))));
    const progress: number[] = [];
    const outcomes = await applyBundles(db, files, await previewBundles(db, files), { now: NOW, onProgress: (done) => progress.push(done) });
    expect(outcomes.map((o) => [o.status, o.note, o.unitName])).toEqual(names.map((n) => ['imported', '新单位，已导入', n]));
    expect(progress.at(-1)).toBe(4);
    const one = await fresh();
    for (const f of files) await importAll(one, [f]);
    expect(await contentHash(db)).toBe(await contentHash(one));
  });

  it('the summary kept at import, its meeting gates taken from the records written, is the one read back from the database', async () => {
    const db = await fresh();
    const signer = await testSigner();
    // Records in any order (another program's export): the gates read them in the database's order.
    const reversed = (b: ReturnType<typeof unitBackup>) => ({
      ...b,
      records: Object.fromEntries(Object.entries(b.records).map(([t, list]) => [t, t === 'audit' ? list : [...(list as unknown[])].reverse()])) as typeof b.records,
    });
    const backups = [unitBackup('东城区商务局'), reversed(unitBackup('西城区教育局'))];
    const newer = laterExport(backups[0], '2005-09-25T17:00:00.000+08:00', { from: backups[0].records.members[0].name, to: '改名后的人' });
    await importAll(db, await Promise.all(backups.map(async (b, i) => file(`${i}.pytb`, await bundleOf(b, signer)))));
    await importAll(db, [file('newer.pytb', await bundleOf(newer, signer))]);
    for (const b of backups) {
      const kept = await db.supervisorSummaries.get(b.unit.id);
      expect(kept!.gates.some((g) => g.title.includes('六个不开') && g.reasons.length > 0)).toBe(true);
      expect(kept).toEqual(await db.transaction('r', db.tables, () => computeUnitSummary(db, b.unit.id, kept!.asOf)));
    }
  });

  it('a new unit that fails among others is refused alone; the others are imported', async () => {
    const db = await fresh();
    const signer = await testSigner();
    // Ids as a PC makes them: the second unit's records share ids with the first's.
    const sequence = (unitId: string, shared: boolean) => {
      let n = 0;
      return () => (n++ === 0 ? unitId : shared ? `x-${n}` : crypto.randomUUID());
    };
    const backups = [
      unitBackup('东城区商务局', '2005-09-13T17:00:00.000+08:00', sequence('unit-a', true)),
      unitBackup('西城区教育局', '2005-09-13T17:00:00.000+08:00', sequence('unit-b', true)),
      unitBackup('南城区财政局', '2005-09-13T17:00:00.000+08:00', sequence('unit-c', false)),
    ];
    const files = await Promise.all(backups.map(async (b, i) => file(`${i}.pytb`, await bundleOf(b, signer))));
    const { outcomes } = await importAll(db, files);
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'refused', 'imported']);
    expect(outcomes[1].note).toContain('记录编号与本机已导入的另一个单位的记录相同');
    for (const [i, b] of backups.entries()) {
      const imported = i !== 1;
      expect(await db.members.where('unitId').equals(b.unit.id).count()).toBe(imported ? b.records.members.length : 0);
      expect(!!(await db.supervisorSummaries.get(b.unit.id))).toBe(imported);
      expect(!!(await db.supervisorImports.get(b.unit.id))).toBe(imported);
    }
  });

  it('a known unit’s bundle signed with another key is held until the supervisor decides', async () => {
    const db = await fresh();
    const first = unitBackup('东城区商务局');
    await importAll(db, [file('a.pytb', await bundleOf(first, await testSigner()))]);
    const before = await contentHash(db);
    const otherKey = await testSigner();
    const stranger = await bundleOf(laterExport(first, '2005-09-25T17:00:00.000+08:00', { from: first.records.members[0].name, to: '冒名的人' }), otherKey);
    const { preview, outcomes } = await importAll(db, [file('other.pytb', stranger)]);
    expect(preview[0].status).toBe('keyMismatch');
    expect(preview[0].note).toContain('换了签名密钥');
    expect(outcomes[0].status).toBe('held');
    const held = await db.supervisorBundles.where('role').equals('held').toArray();
    expect(held).toHaveLength(1);
    // The unit's data and key are unchanged.
    expect((await db.members.where('unitId').equals(first.unit.id).toArray()).map((m) => m.name)).not.toContain('冒名的人');
    expect(await db.supervisorSummaries.get(first.unit.id)).toEqual(JSON.parse(JSON.stringify(await db.supervisorSummaries.get(first.unit.id))));
    // Holding it again changes nothing more.
    const heldHash = await contentHash(db);
    expect(heldHash).not.toBe(before);
    expect((await importAll(db, [file('other-again.pytb', stranger)])).preview[0].status).toBe('same');
    expect(await contentHash(db)).toBe(heldHash);

    // Discarded: back to what was there before it came.
    await discardHeld(db, held[0].bundleId);
    expect(await contentHash(db)).toBe(before);
    // Held again and accepted: the new key is the unit's now, and its newer data replaces the old.
    await importAll(db, [file('other.pytb', stranger)]);
    const r = await acceptHeldKey(db, held[0].bundleId, NOW);
    expect(r.replaced).toBe(true);
    expect((await db.members.where('unitId').equals(first.unit.id).toArray()).map((m) => m.name)).toContain('冒名的人');
    expect((await db.supervisorImports.get(first.unit.id))!.fingerprint).toBe(held[0].fingerprint);
    expect(await db.supervisorBundles.where('role').equals('held').count()).toBe(0);
  });

  it('within one batch, the newest bundle of a unit is used and the others are skipped', async () => {
    const db = await fresh();
    const signer = await testSigner();
    const first = unitBackup('东城区商务局');
    const files = [
      file('1.pytb', await bundleOf(first, signer)),
      file('3.pytb', await bundleOf(laterExport(first, '2005-09-28T17:00:00.000+08:00', { from: first.records.members[0].name, to: '最新' }), signer)),
      file('2.pytb', await bundleOf(laterExport(first, '2005-09-20T17:00:00.000+08:00'), signer)),
    ];
    const { preview, outcomes } = await importAll(db, files);
    expect(preview.map((r) => r.status)).toEqual(['older', 'new', 'older']);
    expect(preview[0].note).toBe('本批第 2 个文件是这个单位更新的数据包，这份跳过');
    expect(outcomes.filter((o) => o.status === 'imported')).toHaveLength(1);
    expect((await db.members.where('unitId').equals(first.unit.id).toArray()).map((m) => m.name)).toContain('最新');
  });
});
