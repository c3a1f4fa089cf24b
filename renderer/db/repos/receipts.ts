/**
 * 验收回执 on the unit's side (R-STAGE-ACCEPT): a receipt the 督导组 signed is checked against the
 * keys this installation trusts and this unit's id, then recorded as the acceptance it carries,
 * with the receipt kept beside it, in one transaction. The same receipt again changes nothing; a
 * refused one writes nothing. An acceptance without a receipt row is a paper acceptance.
 */
import { fingerprint, fromBase64 } from '@shared/bundle/keys';
import { readReceipt, type TrustedKey } from '@shared/bundle/receipt';
import type { AcceptanceReceipt } from '@shared/bundle/backupRules';
import { validateAcceptance } from '@shared/campaign/gates';
import { findStage } from '@shared/campaign/lookup';
import type { Acceptance } from '@shared/campaign/types';
import { formatChineseDate } from '@shared/util/dates';
import { UserError } from '@shared/util/result';
import type { PytDb } from '../db';
import { writeUnit } from '../write';
import type { CampaignContext } from './context';
import { CAMPAIGN_TABLES, loadSnapshot } from './snapshot';

/** What importing a receipt did. */
export type ReceiptImport =
  | { kind: 'recorded'; stageTitle: string; acceptance: Acceptance; receipt: AcceptanceReceipt }
  | { kind: 'already'; stageTitle: string; acceptanceId: string };

/** A receipt is a few hundred bytes; the kept text has a limit (shared/bundle/schema.ts). */
const MAX_RECEIPT_CHARS = 20_000;

/**
 * Checks and records a receipt's acceptance. Throws a UserError with the Chinese reason, writing
 * nothing, for a file that is not a receipt, an altered one, one signed by a key not trusted
 * here, one for another unit, or one the acceptance rules refuse.
 */
export async function importReceipt(
  db: PytDb,
  unitId: string,
  bytes: Uint8Array,
  trusted: readonly TrustedKey[],
  ctx: CampaignContext,
): Promise<ReceiptImport> {
  if (bytes.length > MAX_RECEIPT_CHARS * 4) throw new UserError('文件过大，不是评议通的验收回执');
  const read = await readReceipt(bytes, { unitId, trusted });
  if (!read.ok) throw new UserError(read.error.join('\n'));
  const body = read.value;
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/u, '');
  if (text.length > MAX_RECEIPT_CHARS) throw new UserError('验收回执过长，未采用');
  const stage = findStage(ctx.template, body.stageId);
  if (!stage) throw new UserError(`验收回执中的阶段（${body.stageId}）不在本单位的活动模板中，未采用`);
  // readReceipt checked the key is trusted; the fingerprint kept is the signing key's own.
  const keyFingerprint = fingerprint(fromBase64(body.publicKey)!);
  const input = { stageId: body.stageId, supervisor: body.supervisor, date: body.date, opinion: body.opinion, passed: body.passed };
  const tables = [...CAMPAIGN_TABLES, 'acceptanceReceipts'] as const;

  return writeUnit(db, unitId, ctx, tables, async (w) => {
    const held = await db.acceptanceReceipts.where('[unitId+receiptId]').equals([unitId, body.receiptId]).first();
    if (held) return { kind: 'already', stageTitle: stage.title, acceptanceId: held.acceptanceId };
    // The date is the 督导组's own, signed: a unit PC whose clock (or 演示日期) is behind must not refuse it.
    const now = body.date > ctx.today ? body.date : ctx.today;
    const g = validateAcceptance(input, now, await loadSnapshot(db, unitId, ctx.template));
    if (!g.ok) throw new UserError(`验收回执未采用：${g.reasons.map((r) => r.message).join('；')}`);
    const acceptance: Acceptance = { id: crypto.randomUUID(), unitId, ...input, recordedAt: ctx.now };
    const receipt: AcceptanceReceipt = {
      id: crypto.randomUUID(),
      unitId,
      acceptanceId: acceptance.id,
      receiptId: body.receiptId,
      group: body.group,
      fingerprint: keyFingerprint,
      receipt: text,
      importedAt: ctx.now,
    };
    await db.acceptances.add(acceptance);
    await db.acceptanceReceipts.add(receipt);
    w.audit({
      action: 'acceptance.receipt',
      entity: 'acceptance',
      entityId: acceptance.id,
      summary: `${stage.title}${body.passed ? '验收合格' : '验收未通过'}（电子回执已核验：${body.group}，督导组 ${body.supervisor}，${formatChineseDate(body.date)}；密钥指纹 ${keyFingerprint}）`,
    });
    return { kind: 'recorded', stageTitle: stage.title, acceptance, receipt };
  });
}

/** The unit's receipts (few: one per acceptance at most). */
export function listReceipts(db: PytDb, unitId: string): Promise<AcceptanceReceipt[]> {
  return db.acceptanceReceipts.where('unitId').equals(unitId).toArray();
}
