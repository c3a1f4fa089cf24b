import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup } from '@shared/backup/format';
import { receiptBackupProblems, receiptSignatureProblems } from '@shared/bundle/backupRules';
import { fingerprint, generateKeyPair, signerOf, type Signer } from '@shared/bundle/keys';
import { encodeKeyFile, encodeReceipt, readKeyFile, type ReceiptBody, type TrustedKey } from '@shared/bundle/receipt';
import { defaultTemplate } from '@shared/campaign/defaultTemplate';
import { canEnterStage } from '@shared/campaign/gates';
import { UserError } from '@shared/util/result';
import { openDb, type PytDb } from '../../renderer/db/db';
import { exportUnitBackup } from '../../renderer/db/repos/backup';
import { recordAcceptance } from '../../renderer/db/repos/campaign';
import { importReceipt, listReceipts } from '../../renderer/db/repos/receipts';
import { loadSnapshot } from '../../renderer/db/repos/snapshot';
import { createUnit } from '../../renderer/db/repos/units';

const template = defaultTemplate();
const open: PytDb[] = [];
const ctx = { actor: '张书记', now: '2005-09-02T09:00:00.000+08:00', today: '2005-09-02', template };

async function setup() {
  const db = await openDb(`repos-receipts-${crypto.randomUUID()}`);
  open.push(db);
  const draft = { name: '示例市财政局', orgName: '中共示例市财政局机关委员会', parentOrg: '', year: 2005, contact: '' };
  const unit = await createUnit(db, draft, ctx);
  return { db, unit };
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const newSigner = async () => signerOf(await generateKeyPair());
function trust(group: string, signer: Signer): TrustedKey {
  const r = readKeyFile(encodeKeyFile(group, signer.publicKey));
  if (!r.ok) throw new Error(r.error.join());
  return r.value;
}
type Body = Omit<ReceiptBody, 'type' | 'formatVersion' | 'publicKey'>;
const body = (unit: { id: string; name: string }, over: Partial<Body> = {}): Body => ({
  receiptId: crypto.randomUUID(),
  unit: { id: unit.id, name: unit.name },
  stageId: 'study',
  passed: true,
  opinion: '回头看认真，学习笔记齐全，同意转入分析评议阶段',
  date: '2005-09-01',
  supervisor: '刘督导',
  group: '市先进性教育活动第三督导组',
  issuedAt: '2005-09-01T16:00:00.000+08:00',
  ...over,
});

/** What a refusal must leave untouched: the acceptances, the receipts and the audit log. */
const state = async (db: PytDb) => ({
  acceptances: await db.acceptances.toArray(),
  receipts: await db.acceptanceReceipts.toArray(),
  audit: await db.audit.count(),
});
async function refused(db: PytDb, run: () => Promise<unknown>, reason: RegExp) {
  const before = await state(db);
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  expect((error as Error).message).toMatch(reason);
  expect(await state(db)).toEqual(before);
}

describe('验收回执 at the unit', () => {
  it('R-STAGE-ACCEPT: a receipt signed by the trusted 督导组 key records the acceptance with its receipt and unlocks the next stage', async () => {
    const { db, unit } = await setup();
    const group = await newSigner();
    const trusted = [trust('市先进性教育活动第三督导组', group)];
    expect(canEnterStage(await loadSnapshot(db, unit.id, template), 'analysis', ctx.today).ok).toBe(false);

    const file = await encodeReceipt(body(unit), group);
    const r = await importReceipt(db, unit.id, file, trusted, ctx);
    expect(r.kind).toBe('recorded');
    expect(r.stageTitle).toBe('学习动员阶段');
    expect(canEnterStage(await loadSnapshot(db, unit.id, template), 'analysis', ctx.today)).toEqual({ ok: true });

    const [acceptance] = await db.acceptances.toArray();
    expect(acceptance).toMatchObject({ stageId: 'study', passed: true, supervisor: '刘督导', date: '2005-09-01', opinion: body(unit).opinion });
    const [receipt] = await listReceipts(db, unit.id);
    expect(receipt).toMatchObject({ acceptanceId: acceptance.id, group: '市先进性教育活动第三督导组', fingerprint: fingerprint(group.publicKey) });
    expect(receipt.receipt).toBe(new TextDecoder().decode(file));
    expect((await db.audit.toArray()).at(-1)).toMatchObject({ action: 'acceptance.receipt', summary: expect.stringContaining('电子回执已核验') });

    // The receipt travels in the backup (and so the bundle), passes the rules and still verifies.
    const backup = await exportUnitBackup(db, unit.id, '0.1.0', ctx.now);
    const decoded = decodeBackup(encodeBackup(backup));
    expect(decoded.ok).toBe(true);
    expect(receiptBackupProblems(backup.records)).toEqual([]);
    expect(await receiptSignatureProblems(backup.records.acceptanceReceipts)).toEqual([]);
  });

  it('the same receipt twice changes nothing and says so', async () => {
    const { db, unit } = await setup();
    const group = await newSigner();
    const trusted = [trust('第三督导组', group)];
    const file = await encodeReceipt(body(unit), group);
    const first = await importReceipt(db, unit.id, file, trusted, ctx);
    const before = await state(db);
    const again = await importReceipt(db, unit.id, file, trusted, ctx);
    expect(again).toEqual({ kind: 'already', stageTitle: '学习动员阶段', acceptanceId: first.kind === 'recorded' ? first.acceptance.id : '' });
    expect(await state(db)).toEqual(before);
  });

  it('R-STAGE-ACCEPT: a forged, altered, untrusted or other unit’s receipt is refused with its reason and writes nothing', async () => {
    const { db, unit } = await setup();
    const group = await newSigner();
    const trusted = [trust('第三督导组', group)];
    // A paper acceptance already there stays as it was.
    await recordAcceptance(db, unit.id, { stageId: 'study', supervisor: '王督导', date: '2005-09-01', opinion: '需补课', passed: false }, ctx);

    // No key trusted yet.
    await refused(db, async () => importReceipt(db, unit.id, await encodeReceipt(body(unit), group), [], ctx), /还没有导入督导组的密钥文件/);
    // Signed by a key this unit does not trust (a forger using the group's name).
    const forger = await newSigner();
    await refused(db, async () => importReceipt(db, unit.id, await encodeReceipt(body(unit), forger), trusted, ctx), /不是本单位信任的督导组签发的（签发密钥指纹 \d{4} \d{4} \d{4} \d{4}）/);
    // Altered after signing: the opinion, and the result flipped.
    const good = new TextDecoder().decode(await encodeReceipt(body(unit, { passed: false, opinion: '需补课' }), group));
    const altered = new TextEncoder().encode(good.replace('"passed": false', '"passed": true'));
    await refused(db, async () => importReceipt(db, unit.id, altered, trusted, ctx), /签名不符/);
    // For another unit.
    const other = { id: crypto.randomUUID(), name: '示例市教育局' };
    await refused(db, async () => importReceipt(db, unit.id, await encodeReceipt(body(other), group), trusted, ctx), /是发给“示例市教育局”的，不是本单位的/);
    // Not a receipt at all; a key file instead of a receipt.
    await refused(db, async () => importReceipt(db, unit.id, new TextEncoder().encode('hello'), trusted, ctx), /不是评议通的验收回执/);
    await refused(db, async () => importReceipt(db, unit.id, encodeKeyFile('第三督导组', group.publicKey), trusted, ctx), /其他文件，不是验收回执/);
    // Genuine, but the acceptance rules refuse it: a stage not entered yet, a date after today.
    await refused(db, async () => importReceipt(db, unit.id, await encodeReceipt(body(unit, { stageId: 'analysis' }), group), trusted, ctx), /尚未开始，不能验收/);
    await refused(db, async () => importReceipt(db, unit.id, await encodeReceipt(body(unit, { stageId: 'nostage' }), group), trusted, ctx), /不在本单位的活动模板中/);
    expect(canEnterStage(await loadSnapshot(db, unit.id, template), 'analysis', ctx.today).ok).toBe(false);
  });

  it('a receipt dated after this PC’s today (its clock or the 演示日期 behind the 督导组’s) is still taken: the date is the group’s, signed', async () => {
    const { db, unit } = await setup();
    const group = await newSigner();
    const r = await importReceipt(db, unit.id, await encodeReceipt(body(unit, { date: '2005-09-05' }), group), [trust('第三督导组', group)], ctx);
    expect(r.kind === 'recorded' && r.acceptance.date).toBe('2005-09-05');
    // …and the unit's backup (its bundle) still passes the rules.
    expect(decodeBackup(encodeBackup(await exportUnitBackup(db, unit.id, '0.1.0', ctx.now))).ok).toBe(true);
  });

  it('backup rules: a receipt row must match its acceptance, its receipt and its key', async () => {
    const { db, unit } = await setup();
    const group = await newSigner();
    await importReceipt(db, unit.id, await encodeReceipt(body(unit), group), [trust('第三督导组', group)], ctx);
    await recordAcceptance(db, unit.id, { stageId: 'study', supervisor: '王督导', date: '2005-09-02', opinion: '纸质验收', passed: true }, ctx);
    const { records } = await exportUnitBackup(db, unit.id, '0.1.0', ctx.now);
    const [signed, paper] = [...records.acceptances].sort((a, b) => a.date.localeCompare(b.date));
    const row = records.acceptanceReceipts[0];
    const check = (over: { acceptances?: typeof records.acceptances; acceptanceReceipts?: typeof records.acceptanceReceipts }) =>
      receiptBackupProblems({ acceptances: records.acceptances, acceptanceReceipts: records.acceptanceReceipts, ...over });

    expect(check({})).toEqual([]);
    // The signed acceptance edited in the file.
    expect(check({ acceptances: [{ ...signed, opinion: '改过的意见' }, paper] })).toEqual(['records.acceptanceReceipts[0]: 验收记录与电子回执的内容不一致']);
    // A paper acceptance borrowing the receipt.
    expect(check({ acceptanceReceipts: [{ ...row, acceptanceId: paper.id }] })).toEqual(['records.acceptanceReceipts[0]: 验收记录与电子回执的内容不一致']);
    // The row not saying what its receipt says; the receipt text damaged; the same receipt twice.
    expect(check({ acceptanceReceipts: [{ ...row, fingerprint: '0000 0000 0000 0000', group: '别的组' }] })).toEqual([
      'records.acceptanceReceipts[0].group: 与保存的回执不一致',
      'records.acceptanceReceipts[0].fingerprint: 与回执的签发密钥不一致',
    ]);
    expect(check({ acceptanceReceipts: [{ ...row, receipt: '{}' }] })).toEqual(['records.acceptanceReceipts[0].receipt: 保存的验收回执已损坏']);
    expect(check({ acceptanceReceipts: [row, { ...row, id: crypto.randomUUID() }] })).toEqual([
      'records.acceptanceReceipts[1].acceptanceId: 同一条验收记录有两份回执',
      'records.acceptanceReceipts[1].receiptId: 同一份验收回执记录了两次',
    ]);
    // A receipt re-written (same shape) without the key: its signature no longer verifies.
    const rewritten = row.receipt.replace('同意转入分析评议阶段', '同意转段');
    expect(await receiptSignatureProblems([{ ...row, receipt: rewritten }])).toEqual(['records.acceptanceReceipts[0].receipt: 验收回执的签名不符，回执被改动过']);
  });
});
