/**
 * The unit backup file (单位备份): everything of one unit, to keep on a USB stick and restore.
 *
 *   { type: 'pingyitong.unitBackup', formatVersion, appVersion, exportedAt, unit, records }
 *
 * UTF-8 JSON, indented, `.json`: a secretary (or a support engineer) can open it in any
 * editor, and it compresses well enough on its own. Reading a file: JSON → envelope → the
 * schema of its own format version → pure steps up to the current version → consistency.
 * A new version adds a schema and a pure `toNext` step here, and a fixture in
 * test/fixtures/backup/ that is kept forever.
 */
import { strToU8 } from 'fflate';
import { z } from 'zod';
import { UNIT_TABLE_DEFS } from '../data/registry';
import type { Unit } from '../units/types';
import type { Result } from '../util/result';
import { checkBackupConsistency } from './consistency';
import { checkBackupRules } from './rules';
import { canonicalJson, checksumOf, decodeUtf8Strict } from '../util/checksum';
import { parseWithChinese } from '../util/zodChinese';
import { capProblems } from './issues';
import { unitBackupV1Schema, type UnitBackupV1 } from './formats/v1';
import { backupV1ToV2 } from './formats/v1ToV2';
import { unitRecordsSchema, unitRecordsSchemaAt, unitSchema, unitSchemaAt, type BackupRecords } from './records';
import { timestamp } from '../data/fields';

export const UNIT_BACKUP_TYPE = 'pingyitong.unitBackup';
export const UNIT_BACKUP_FORMAT_VERSION = 4;
export const UNIT_BACKUP_EXTENSION = 'json';

/** The backup of the current format version. */
export interface UnitBackup {
  type: typeof UNIT_BACKUP_TYPE;
  formatVersion: typeof UNIT_BACKUP_FORMAT_VERSION;
  /** Version of the program that wrote the file (package.json). */
  appVersion: string;
  /** ISO date-time of the export. */
  exportedAt: string;
  unit: Unit;
  records: BackupRecords;
}

/** The current format, derived from the table declarations (./records.ts). */
export const unitBackupSchema = z.strictObject({
  type: z.literal(UNIT_BACKUP_TYPE),
  formatVersion: z.literal(UNIT_BACKUP_FORMAT_VERSION),
  appVersion: z.string(),
  exportedAt: timestamp,
  unit: unitSchema,
  records: unitRecordsSchema,
});

/** A format derived from the declarations (2 onwards), as a file of that version holds it. */
export function unitBackupSchemaAt(formatVersion: number) {
  return z.strictObject({
    type: z.literal(UNIT_BACKUP_TYPE),
    formatVersion: z.literal(formatVersion),
    appVersion: z.string(),
    exportedAt: timestamp,
    unit: unitSchemaAt(formatVersion),
    records: unitRecordsSchemaAt(formatVersion),
  });
}

/** How each format version is read, and its pure step to the next version (none for the newest). */
interface FormatStep {
  schema: z.ZodType<unknown>;
  toNext?: (valid: unknown) => unknown;
}
const FORMAT_STEPS: Record<number, FormatStep> = {
  1: { schema: unitBackupV1Schema, toNext: (v) => backupV1ToV2(v as UnitBackupV1) },
  // Format 3 adds the working records of 分析评议 (opinions, talks, materials, the ledger, the
  // study log) and the demo's 演示日期; a format-2 file has none of them.
  2: { schema: unitBackupSchemaAt(2), toNext: (v) => ({ ...(v as object), formatVersion: 3 }) },
  // Format 4 adds the special meetings, the evaluation, the notices, the survey rounds and the
  // self-inspection; a format-3 file has none of them.
  // Format 4 also raises the satisfaction floor's lower bound to the city's 70 % (R-SURVEY-70): a
  // unit's lower value from an older program no longer applies and is dropped (its change history
  // stays), so that an old backup still restores.
  3: { schema: unitBackupSchemaAt(3), toNext: (v) => withoutLoweredFloor({ ...(v as object), formatVersion: 4 }) },
  4: { schema: unitBackupSchema },
};

/** The city's satisfaction floor (R-SURVEY-70): no unit may set it lower. */
const CITY_SATISFACTION_FLOOR = 0.7;

function withoutLoweredFloor(value: Record<string, unknown>): Record<string, unknown> {
  const records = value.records as { thresholdOverrides?: { key: string; value: number }[] } | undefined;
  if (!records?.thresholdOverrides) return value;
  const kept = records.thresholdOverrides.filter((o) => !(o.key === 'satisfactionRate' && o.value < CITY_SATISFACTION_FLOOR));
  return { ...value, records: { ...records, thresholdOverrides: kept } };
}

/** Validates a backup of any known version and brings it forward to the current one. */
export function migrateBackup(raw: unknown, fromVersion: number): Result<UnitBackup, string[]> {
  let value = raw;
  for (let v = fromVersion; ; v += 1) {
    const step = FORMAT_STEPS[v];
    if (!step) return { ok: false, error: [`不支持的备份格式（格式 ${v}）`] };
    const parsed = parseWithChinese(step.schema, value);
    if (!parsed.ok) return { ok: false, error: capProblems(parsed.error) };
    if (v === UNIT_BACKUP_FORMAT_VERSION) return { ok: true, value: parsed.value as UnitBackup };
    if (!step.toNext) return { ok: false, error: [`无法升级格式 ${v} 的备份`] };
    value = withEveryTable(step.toNext(parsed.value), v + 1);
  }
}

/**
 * A file of an older format cannot hold records of tables declared since: once migrated to
 * `formatVersion`, those of that format's tables it lacks are empty. Only for migrated files; a
 * file read in its own format must name every table of it.
 */
function withEveryTable(value: unknown, formatVersion: number): unknown {
  if (!isObject(value) || !isObject(value.records)) return value;
  const records: Record<string, unknown> = { ...value.records };
  const tables = Object.keys(unitRecordsSchemaAt(formatVersion).shape);
  for (const name of tables) if (!(name in records)) records[name] = [];
  return { ...value, records };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates an unknown JSON value as a unit backup; errors are Chinese, one per problem. */
export function parseUnitBackup(json: unknown): Result<UnitBackup, string[]> {
  if (!isObject(json) || json.type !== UNIT_BACKUP_TYPE) {
    const other = isObject(json) && typeof json.type === 'string' && json.type.startsWith('pingyitong.');
    return { ok: false, error: [other ? '这是评议通的其他文件，不是单位备份' : '不是评议通的备份文件'] };
  }
  const version = json.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: ['备份文件缺少有效的格式版本，可能已损坏'] };
  }
  if (version > UNIT_BACKUP_FORMAT_VERSION) {
    return { ok: false, error: [`备份文件来自更新版本的评议通（格式 ${version}），请先升级本程序`] };
  }
  const migrated = migrateBackup(json, version);
  if (!migrated.ok) return migrated;
  // References first: the rules read a consistent unit.
  const consistency = checkBackupConsistency(migrated.value);
  const problems = consistency.length > 0 ? consistency : checkBackupRules(migrated.value);
  return problems.length > 0 ? { ok: false, error: capProblems(problems) } : migrated;
}

/** The checksum a file of the current format carries: over everything in it but the checksum. */
export function backupChecksum(b: UnitBackup): string {
  return checksumOf(b);
}

/** The file's bytes: indented UTF-8 JSON, with a checksum of its content. */
export function encodeBackup(backup: UnitBackup): Uint8Array {
  const { checksum: _old, ...content } = backup as UnitBackup & { checksum?: string };
  return strToU8(`${JSON.stringify({ ...content, checksum: backupChecksum(content as UnitBackup) }, null, 2)}\n`);
}

const DAMAGED = '文件已损坏或被改动过（校验码不符），未做任何改动；请改用其他备份文件';

/**
 * Reads a file's bytes as a unit backup: strict UTF-8 (a BOM tolerated), JSON, and for format 2
 * on the checksum over its content, so one flipped bit anywhere is refused rather than restored.
 * `bytesVerified`: the caller has already proven these exact bytes (a signed bundle whose signed
 * manifest carries their SHA-256), so the checksum must be present but is not computed again
 * (a canonical JSON of every record, hashed: about a third of the read). Every rule still runs.
 */
export function decodeBackup(bytes: Uint8Array, opts: { bytesVerified?: boolean } = {}): Result<UnitBackup, string[]> {
  const decoded = decodeUtf8Strict(bytes);
  if (decoded === null) return { ok: false, error: ['文件已损坏或不是评议通的备份文件（含有无法识别的字节）'] };
  const text = decoded.replace(/^\uFEFF/u, '');
  if (text.trim() === '') return { ok: false, error: ['文件是空的，不是评议通的备份文件'] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: ['文件已损坏或不是评议通的备份文件（内容不完整或不是 JSON）'] };
  }
  const version = isObject(json) && json.type === UNIT_BACKUP_TYPE ? json.formatVersion : undefined;
  // A file of a newer format is left to parseUnitBackup, which says to upgrade the program.
  if (isObject(json) && typeof version === 'number' && version >= 2 && version <= UNIT_BACKUP_FORMAT_VERSION) {
    const { checksum, ...content } = json;
    if (typeof checksum !== 'string') return { ok: false, error: ['备份文件缺少校验码，可能已被改动，未做任何改动'] };
    if (!opts.bytesVerified && checksum !== checksumOf(content)) return { ok: false, error: [DAMAGED] };
    json = content;
  }
  return parseUnitBackup(json);
}

const byKey =
  <T>(key: (r: T) => string) =>
  (a: T, b: T) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };

type Row = Record<string, unknown>;

/**
 * Wraps a unit's records as a backup. Records are put in a fixed order (by key) so two
 * backups of the same data are byte-equal but for `exportedAt`; an ordered table (the audit
 * log) keeps the order given (storage order), without its store-only fields (`seq`).
 */
export function buildUnitBackup(input: {
  unit: Unit;
  records: Record<keyof BackupRecords, readonly object[]>;
  appVersion: string;
  exportedAt: string;
}): UnitBackup {
  const records: Record<string, Row[]> = {};
  for (const t of UNIT_TABLE_DEFS) {
    const list = (input.records[t.name] ?? []).map((r) => {
      const row = { ...(r as Row) };
      for (const k of t.storeOnly ?? []) delete row[k];
      return row;
    });
    const key = t.key === 'id' ? (r: Row) => String(r.id) : (r: Row) => (t.key as readonly string[]).map((k) => String(r[k])).join('\u0000');
    records[t.name] = t.ordered ? list : list.sort(byKey(key));
  }
  return {
    type: UNIT_BACKUP_TYPE,
    formatVersion: UNIT_BACKUP_FORMAT_VERSION,
    appVersion: input.appVersion,
    exportedAt: input.exportedAt,
    unit: input.unit,
    records: records as unknown as BackupRecords,
  };
}

/** True when two backups hold the same unit and records (who wrote them, and when, aside). */
export function sameBackupContent(a: UnitBackup, b: UnitBackup): boolean {
  return canonicalJson([a.unit, a.records]) === canonicalJson([b.unit, b.records]);
}

/** A file name for the save dialog, e.g. `示例市经济局-2026年度-备份-2026-11-27.json`. */
export function backupFileName(backup: Pick<UnitBackup, 'unit'>, stamp: string): string {
  const safe = (s: string) =>
    [...s]
      .map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? '_' : c))
      .join('')
      .trim();
  return `${safe(backup.unit.name)}-${backup.unit.year}年度-备份-${safe(stamp)}.${UNIT_BACKUP_EXTENSION}`;
}
