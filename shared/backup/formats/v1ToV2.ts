/**
 * Backup format 1 → 2, pure. Format 2 adds 内设科室 / 二级单位 (`offices`), moves 分管 from
 * branches to offices (shared/members/migrations/overseesToOffices.ts, the same transform the
 * database upgrade uses), cleans the text stored before entry points cleaned it (./cleanV1.ts)
 * and records the template version a unit follows. Tables format 1 did
 * not have are filled in empty by format.ts.
 */
import { overseesToOffices } from '../../members/migrations/overseesToOffices';
import type { UnitBackupV1 } from './v1';
import { cleanRecordsV1, cleanUnitV1 } from './cleanV1';

export function backupV1ToV2(b: UnitBackupV1): unknown {
  const clean = cleanRecordsV1(b.records as unknown as Record<string, Record<string, unknown>[]>) as unknown as UnitBackupV1['records'];
  const { offices, members } = overseesToOffices(clean.branches, clean.members);
  const { branches, ...rest } = clean;
  return {
    ...b,
    formatVersion: 2,
    unit: { ...cleanUnitV1(b.unit), templateVersion: 1 },
    records: { branches, offices, ...rest, members },
  };
}
