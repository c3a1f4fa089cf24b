/**
 * A unit's record of the signed receipts behind its acceptances (R-STAGE-ACCEPT): an acceptance
 * with a receipt here was signed by the 督导组 key the unit trusts; one without is a paper
 * acceptance, typed in by the unit, and marked as such on every screen and in the bundle.
 */
import { z } from 'zod';
import { defineTable } from '../data/table';
import { id, required, TEXT_LIMITS as L, timestamp } from '../data/fields';

export const acceptanceReceiptRecord = z.strictObject({
  id,
  unitId: id,
  /** The acceptance it recorded. */
  acceptanceId: id,
  /** The receipt's own id (the same receipt is taken once). */
  receiptId: id,
  /** The 督导组 and its key's fingerprint, as checked when taken. */
  group: required(L.orgName),
  fingerprint: z.string().regex(/^\d{4} \d{4} \d{4} \d{4}$/u),
  /** The receipt file as received (signed JSON), so that anyone can check it again. */
  receipt: z.string().max(20_000),
  importedAt: timestamp,
});

export const acceptanceReceiptsTable = defineTable({
  name: 'acceptanceReceipts',
  owner: 'bundle',
  label: '验收回执',
  stores: { 4: 'id, unitId, &[unitId+receiptId], [unitId+acceptanceId]' },
  record: acceptanceReceiptRecord,
  key: 'id',
  refs: { acceptanceId: 'acceptances' },
  auditEntity: 'acceptanceReceipt',
});
