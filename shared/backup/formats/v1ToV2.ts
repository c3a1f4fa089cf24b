/**
 * Backup format 1 → 2, pure. Format 2 adds 内设科室 / 二级单位 (`offices`), moves 分管 from
 * branches to offices (shared/members/migrations/overseesToOffices.ts, the same transform the
 * database upgrade uses) and records the template version a unit follows. Tables format 1 did
 * not have are filled in empty by format.ts.
 */
import { overseesToOffices } from '../../members/migrations/overseesToOffices';
import type { UnitBackupV1 } from './v1';

export function backupV1ToV2(b: UnitBackupV1): unknown {
  const { offices, members } = overseesToOffices(b.records.branches, b.records.members);
  const { branches, ...rest } = b.records;
  return {
    ...b,
    formatVersion: 2,
    unit: { ...b.unit, templateVersion: 1 },
    records: { branches, offices, ...rest, members },
  };
}
