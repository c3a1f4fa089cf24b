import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readKeyFile, readReceipt } from '@shared/bundle/receipt';
import { fingerprint } from '@shared/bundle/keys';
import { UserError } from '@shared/util/result';
import { openSupervisorDb, READ_ONLY_MESSAGE, type SupervisorDb } from '../../renderer/db/supervisorDb';
import { applyBundles, previewBundles } from '../../renderer/db/repos/supervisorImport';
import { issueAcceptance, keyFileOf, listBoard, markTypical, receiptOf, saveProfile, unmarkTypical } from '../../renderer/db/repos/supervisor';
import { setTick } from '../../renderer/db/repos/campaign';
import { restoreUnitBackup } from '../../renderer/db/repos/backup';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Dexie from 'dexie';
import { openDb } from '../../renderer/db/db';
import { bundleOf, template, testSigner, unitBackup } from './supervisorTesting';

const open: SupervisorDb[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});
const NOW = '2005-09-20T10:00:00.000+08:00';
const TODAY = '2005-09-20';

async function withUnits(...names: string[]) {
  const db = await openSupervisorDb(`supervisor-records-${crypto.randomUUID()}`);
  open.push(db);
  const signer = await testSigner();
  const backups = names.map((n) => unitBackup(n));
  const files = await Promise.all(backups.map(async (b, i) => ({ name: `${i}.pytb`, data: await bundleOf(b, signer) })));
  await applyBundles(db, files, await previewBundles(db, files), { now: NOW });
  return { db, backups };
}

const refusal = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(Error);
  return e as Error;
};

describe('the supervisor workspace', () => {
  it('imported units are read-only: the write path and any other write to their records are refused, nothing changes', async () => {
    const { db, backups } = await withUnits('东城区商务局');
    const unitId = backups[0].unit.id;
    const ctx = { actor: '刘振华', now: NOW, today: TODAY, template };
    const e = await refusal(setTick(db, unitId, 'lookback.studyHours', { done: false }, ctx));
    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toBe(READ_ONLY_MESSAGE);
    // Past the write path: a record added directly, a unit deleted, a restore over it.
    const m = await db.members.where('unitId').equals(unitId).first();
    expect((await refusal(db.members.put({ ...m!, name: '改过' }))).message).toBe(READ_ONLY_MESSAGE);
    expect((await refusal(db.units.delete(unitId))).message).toBe(READ_ONLY_MESSAGE);
    expect((await refusal(restoreUnitBackup(db, backups[0], { mode: 'asNew', actor: '刘振华', now: NOW, appVersion: '0.1.0' }))).message).toBe(READ_ONLY_MESSAGE);
    expect((await db.members.get(m!.id))!.name).toBe(m!.name);
    expect(await db.units.count()).toBe(1);
    expect(await db.audit.where('unitId').equals(unitId).count()).toBe(0);
  });

  it('R-STAGE-ACCEPT: the 督导组 records 验收 and its signed receipt reads back at the unit with the group’s key file, and for that unit only', async () => {
    const { db, backups } = await withUnits('东城区商务局', '西城区教育局');
    const [a, b] = backups;
    const signer = await testSigner();
    const draft = { unitId: a.unit.id, stageId: 'analysis', passed: true, opinion: '分析评议各步骤扎实，同意转入整改提高阶段', date: TODAY, supervisor: '刘振华' };
    expect((await refusal(issueAcceptance(db, draft, { signer, now: NOW, today: TODAY }))).message).toBe('请先在“督导组密钥”中填写督导组的名称');
    await saveProfile(db, { group: '市先进性教育活动第三督导组', member: '刘振华' });
    // Checked as the unit's own form checks it: an opinion, a date not after today.
    const bad = await refusal(issueAcceptance(db, { ...draft, opinion: '  ', date: '2005-09-30' }, { signer, now: NOW, today: TODAY }));
    expect(bad.message).toContain('请填写督导组验收意见');
    expect(bad.message).toContain('验收日期不能晚于今天');
    expect(await db.supervisorAcceptances.count()).toBe(0);

    const issued = await issueAcceptance(db, draft, { signer, now: NOW, today: TODAY });
    expect(issued.fileName).toBe('东城区商务局-分析评议阶段-验收回执-2005-09-20.pytr');
    const key = await keyFileOf(db, signer);
    expect(key.fingerprint).toBe(fingerprint(signer.publicKey));
    const trusted = readKeyFile(key.bytes);
    expect(trusted.ok).toBe(true);
    if (!trusted.ok) return;
    expect(trusted.value).toMatchObject({ group: '市先进性教育活动第三督导组', fingerprint: key.fingerprint });

    const read = await readReceipt(issued.bytes, { unitId: a.unit.id, trusted: [trusted.value] });
    expect(read.ok && read.value).toMatchObject({ stageId: 'analysis', passed: true, supervisor: '刘振华', group: '市先进性教育活动第三督导组', unit: { id: a.unit.id } });
    const current = await db.supervisorImports.get(a.unit.id);
    expect(read.ok && read.value.bundleId).toBe(current!.bundleId);
    // Another unit, or a key the unit does not trust, refuses it.
    const other = await readReceipt(issued.bytes, { unitId: b.unit.id, trusted: [trusted.value] });
    expect(!other.ok && other.error[0]).toBe('这份验收回执是发给“东城区商务局”的，不是本单位的，未采用');
    // Exported again later: the same signed file.
    expect((await receiptOf(db, issued.acceptance.id)).bytes).toEqual(issued.bytes);
  });

  it('R-SUPERVISE: a unit is marked 典型 with a note, and the mark shows on the board until removed', async () => {
    const { db, backups } = await withUnits('东城区商务局', '西城区教育局');
    const unitId = backups[1].unit.id;
    expect((await refusal(markTypical(db, unitId, { note: '', by: '刘振华', date: TODAY }, NOW))).message).toContain('请写明这个典型好在哪里');
    await markTypical(db, unitId, { note: '服务对象意见征求得广，边议边改见效快', by: '刘振华', date: TODAY }, NOW);
    const board = await listBoard(db);
    expect(board.map((r) => r.summary.unitName)).toEqual(['东城区商务局', '西城区教育局']);
    expect(board[1].mark).toEqual({ note: '服务对象意见征求得广，边议边改见效快', by: '刘振华', date: TODAY });
    expect(board[0].mark).toBeUndefined();
    await unmarkTypical(db, unitId);
    expect((await listBoard(db))[1].mark).toBeUndefined();
  });

  it('a workspace of an older version is upgraded like a unit’s database: the migrations may write, nothing else may', async () => {
    const name = `supervisor-upgrade-${crypto.randomUUID()}`;
    const v1 = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/backup/unit-backup-v1.json', import.meta.url)), 'utf8')) as {
      unit: Record<string, unknown>;
      records: Record<string, Record<string, unknown>[]>;
    };
    const old = await openDb(name, { upTo: 1 });
    await old.table('units').add(v1.unit);
    for (const [table, rows] of Object.entries(v1.records)) await old.table(table).bulkAdd(rows);
    old.close();
    const db = await openSupervisorDb(name);
    open.push(db);
    // Version 2 moved 分管 to offices: written by the upgrade through the guard.
    expect(await db.offices.where('unitId').equals(String(v1.unit.id)).count()).toBe(2);
    expect(await db.supervisorImports.count()).toBe(0);
    expect((await refusal(db.offices.clear())).message).toBe(READ_ONLY_MESSAGE);
    expect(Dexie.currentTransaction).toBeNull();
  });
});
