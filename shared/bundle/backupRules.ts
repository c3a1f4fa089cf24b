/**
 * What a backup's (or a bundle's) 验收回执 rows must also satisfy beyond their declaration
 * (schema.ts checks each row alone; the registry's refs check the acceptance exists): the kept
 * receipt is a receipt, the row says what the receipt says (its id, group, key fingerprint), and
 * the acceptance it stands behind records exactly the receipt's stage, result, date, supervisor
 * and opinion — else a typed-in acceptance could borrow another's receipt and pass as signed.
 * The unit id is not compared: a copy restored as a new unit keeps its original's receipts.
 * To be wired into shared/backup/rules.ts `checkBackupRules`; signatures, which take WebCrypto
 * (async), are checked by `receiptSignatureProblems` where the caller can await.
 */
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import type { RecordOf } from '../data/table';
import { canonicalJson } from '../util/checksum';
import type { Acceptance } from '../campaign/types';
import { fingerprint, fromBase64, verifySignature } from './keys';
import { receiptBodySchema, type ReceiptBody } from './receipt';
import type { acceptanceReceiptsTable } from './schema';

export type AcceptanceReceipt = RecordOf<typeof acceptanceReceiptsTable>;

const receiptFile = z.strictObject({ body: receiptBodySchema, signature: z.string().max(100) });

/** The receipt kept in a row, parsed (not verified); null when it is not one. */
export function keptReceipt(text: string): { body: ReceiptBody; signature: string } | null {
  try {
    const r = receiptFile.safeParse(JSON.parse(text));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

/** Whether an acceptance records what a receipt says. */
export function acceptanceMatchesReceipt(a: Acceptance, body: ReceiptBody): boolean {
  return a.stageId === body.stageId && a.passed === body.passed && a.date === body.date && a.supervisor === body.supervisor && a.opinion === body.opinion;
}

export function receiptBackupProblems(r: { acceptances: readonly Acceptance[]; acceptanceReceipts: readonly AcceptanceReceipt[] }): string[] {
  const out: string[] = [];
  const acceptances = new Map(r.acceptances.map((a) => [a.id, a]));
  const seenAcceptance = new Set<string>();
  const seenReceipt = new Set<string>();
  r.acceptanceReceipts.forEach((row, i) => {
    const at = `records.acceptanceReceipts[${i}]`;
    if (seenAcceptance.has(row.acceptanceId)) out.push(`${at}.acceptanceId: 同一条验收记录有两份回执`);
    seenAcceptance.add(row.acceptanceId);
    if (seenReceipt.has(row.receiptId)) out.push(`${at}.receiptId: 同一份验收回执记录了两次`);
    seenReceipt.add(row.receiptId);
    const kept = keptReceipt(row.receipt);
    if (!kept) {
      out.push(`${at}.receipt: 保存的验收回执已损坏`);
      return;
    }
    const { body } = kept;
    const key = fromBase64(body.publicKey);
    if (body.receiptId !== row.receiptId) out.push(`${at}.receiptId: 与保存的回执不一致`);
    if (body.group !== row.group) out.push(`${at}.group: 与保存的回执不一致`);
    if (!key || fingerprint(key) !== row.fingerprint) out.push(`${at}.fingerprint: 与回执的签发密钥不一致`);
    const a = acceptances.get(row.acceptanceId);
    if (a && !acceptanceMatchesReceipt(a, body)) out.push(`${at}: 验收记录与电子回执的内容不一致`);
  });
  return out;
}

/** Rows whose kept receipt's signature does not verify (async: WebCrypto). */
export async function receiptSignatureProblems(rows: readonly AcceptanceReceipt[]): Promise<string[]> {
  const out: string[] = [];
  for (const [i, row] of rows.entries()) {
    const kept = keptReceipt(row.receipt);
    const key = kept && fromBase64(kept.body.publicKey);
    const signature = kept && fromBase64(kept.signature);
    if (!kept || !key || !signature || !(await verifySignature(key, signature, utf8ToBytes(canonicalJson(kept.body))))) {
      out.push(`records.acceptanceReceipts[${i}].receipt: 验收回执的签名不符，回执被改动过`);
    }
  }
  return out;
}
