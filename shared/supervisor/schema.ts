/**
 * The 督导组's own tables (R-SUPERVISE, R-STAGE-ACCEPT), in the supervisor's workspace only: the
 * bundles it holds, what it imported from each unit, each unit's summary, the 典型 it marked,
 * the acceptances it issued and its own profile. The imported units' records sit beside them in
 * the same unit tables as a unit's own database (shared/data/registry.ts); these tables are not
 * in the registry's unit tables, so they are never in a unit's backup or bundle.
 */
import { z } from 'zod';
import { defineTable, type RecordOf } from '../data/table';
import { bounded, id, isoDate, lines, required, TEXT_LIMITS as L, timestamp } from '../data/fields';
import { unitSummarySchema } from './summary';

const bundleId = z.string().regex(/^[0-9a-f]{64}$/u);
const base64Key = z.string().length(44);
const fingerprint = z.string().regex(/^\d{4} \d{4} \d{4} \d{4}$/u);
const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: '应为文件内容' });

/** What the supervisor holds of each unit: the bundle its records came from, and the unit's key. */
export const supervisorImportRecord = z.strictObject({
  unitId: id,
  unitName: z.string().max(L.unitName),
  orgName: z.string().max(L.orgName),
  year: z.number().int(),
  bundleId,
  /** The unit installation's key (base64) and its fingerprint: later bundles must carry the same. */
  publicKey: base64Key,
  fingerprint,
  exportedAt: timestamp,
  appVersion: z.string().max(40),
  importedAt: timestamp,
  /** Records in the bundle, and its Word documents. */
  records: z.number().int().min(0),
  documents: z.number().int().min(0),
});

export const BUNDLE_ROLES = ['current', 'previous', 'held'] as const;
export type BundleRole = (typeof BUNDLE_ROLES)[number];

/**
 * A bundle file kept as received: the current one of each unit, the one it replaced (the copy
 * kept before a newer bundle replaces a unit), and bundles held because a known unit's bundle
 * came with a different key, until the supervisor accepts the new key or discards the file.
 */
export const supervisorBundleRecord = z.strictObject({
  bundleId,
  unitId: id,
  unitName: z.string().max(L.unitName),
  role: z.enum(BUNDLE_ROLES),
  publicKey: base64Key,
  fingerprint,
  exportedAt: timestamp,
  appVersion: z.string().max(40),
  fileName: z.string().max(255),
  keptAt: timestamp,
  bytes,
});

/** A unit marked 典型 (R-SUPERVISE), with why, by whom and when. */
export const supervisorMarkRecord = z.strictObject({
  unitId: id,
  note: lines(L.opinion),
  by: bounded(L.supervisor),
  date: isoDate,
  markedAt: timestamp,
});

/** An acceptance (验收) the 督导组 issued, with the signed receipt handed to the unit. */
export const supervisorAcceptanceRecord = z.strictObject({
  id,
  unitId: id,
  unitName: z.string().max(L.unitName),
  stageId: id,
  stageTitle: z.string().max(60),
  passed: z.boolean(),
  opinion: lines(L.opinion),
  date: isoDate,
  supervisor: required(L.supervisor),
  group: required(L.orgName),
  fingerprint,
  receiptId: id,
  /** The bundle the acceptance was made on. */
  bundleId: bundleId.optional(),
  issuedAt: timestamp,
  /** The receipt file (.pytr) as signed. */
  receipt: z.string().max(20_000),
});

/** The 督导组 itself: its name (on its key file and receipts) and the member who usually signs. */
export const supervisorProfileRecord = z.strictObject({
  key: z.literal('profile'),
  group: required(L.orgName),
  member: bounded(L.supervisor),
});

export const supervisorImportsTable = defineTable({
  name: 'supervisorImports',
  owner: 'supervisor',
  label: '导入记录',
  stores: { 4: 'unitId, bundleId' },
  record: supervisorImportRecord,
  key: ['unitId'],
});

export const supervisorBundlesTable = defineTable({
  name: 'supervisorBundles',
  owner: 'supervisor',
  label: '数据包',
  stores: { 4: 'bundleId, unitId, role, [unitId+role]' },
  record: supervisorBundleRecord,
  key: ['bundleId'],
});

export const supervisorSummariesTable = defineTable({
  name: 'supervisorSummaries',
  owner: 'supervisor',
  label: '单位概况',
  stores: { 4: 'unitId' },
  record: unitSummarySchema,
  key: ['unitId'],
});

export const supervisorMarksTable = defineTable({
  name: 'supervisorMarks',
  owner: 'supervisor',
  label: '典型',
  stores: { 4: 'unitId' },
  record: supervisorMarkRecord,
  key: ['unitId'],
});

export const supervisorAcceptancesTable = defineTable({
  name: 'supervisorAcceptances',
  owner: 'supervisor',
  label: '验收记录',
  stores: { 4: 'id, unitId, &receiptId, [unitId+stageId]' },
  record: supervisorAcceptanceRecord,
  key: 'id',
});

export const supervisorProfileTable = defineTable({
  name: 'supervisorProfile',
  owner: 'supervisor',
  label: '督导组信息',
  stores: { 4: 'key' },
  record: supervisorProfileRecord,
  key: ['key'],
});

export const SUPERVISOR_TABLE_DEFS = [
  supervisorImportsTable,
  supervisorBundlesTable,
  supervisorSummariesTable,
  supervisorMarksTable,
  supervisorAcceptancesTable,
  supervisorProfileTable,
] as const;
export type SupervisorTableName = (typeof SUPERVISOR_TABLE_DEFS)[number]['name'];
export const SUPERVISOR_TABLES: readonly SupervisorTableName[] = SUPERVISOR_TABLE_DEFS.map((t) => t.name);

export type SupervisorImport = RecordOf<typeof supervisorImportsTable>;
export type SupervisorBundle = RecordOf<typeof supervisorBundlesTable>;
export type SupervisorMark = RecordOf<typeof supervisorMarksTable>;
export type SupervisorAcceptance = RecordOf<typeof supervisorAcceptancesTable>;
export type SupervisorProfile = RecordOf<typeof supervisorProfileTable>;

/** The Dexie stores of the supervisor's tables that change at `version`. */
export function supervisorStoresAt(version: number): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const t of SUPERVISOR_TABLE_DEFS) {
    const spec = (t.stores as Record<number, string | null>)[version];
    if (spec !== undefined) out[t.name] = spec;
  }
  return out;
}

/** The versions at which a supervisor table changed. */
export const SUPERVISOR_VERSIONS: readonly number[] = [...new Set(SUPERVISOR_TABLE_DEFS.flatMap((t) => Object.keys(t.stores).map(Number)))].sort((a, b) => a - b);
