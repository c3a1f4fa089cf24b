/**
 * Schema version 4: the special meetings (with attendance, minutes and the 督导组's confirmations),
 * the evaluation and its report, the two notices, the survey rounds and the self-inspection.
 * Opened empty, and over real v3 data (the v3 backup fixture written into a version-3 database)
 * with nothing lost and the new tables empty.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { schemaAt } from '@shared/data/registry';
import { decodeBackup, encodeBackup, UNIT_BACKUP_FORMAT_VERSION } from '@shared/backup/format';
import { openDb } from '../../renderer/db/db';
import { exportUnitBackup } from '../../renderer/db/repos/backup';

const NEW_TABLES = ['specialMeetings', 'meetingAttendance', 'meetingTurns', 'meetingGateChecks', 'evaluations', 'evaluationReports', 'notices', 'surveyRounds', 'selfChecks', 'acceptanceReceipts'];

const names: string[] = [];
const fresh = (tag: string) => {
  const n = `db-v4-${tag}-${crypto.randomUUID()}`;
  names.push(n);
  return n;
};
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

const fixture = JSON.parse(
  readFileSync(fileURLToPath(new URL('../fixtures/backup/unit-backup-v3.json', import.meta.url)), 'utf8'),
) as { unit: Record<string, unknown>; records: Record<string, Record<string, unknown>[]> };

describe('schema version 4', () => {
  it('an empty database opens at version 4 with the stores of the meetings, the evaluation, the notices, the survey and the self-inspection', async () => {
    const name = fresh('empty');
    (await openDb(name, { upTo: 4 })).close();
    const raw = new Dexie(name);
    await raw.open();
    expect(raw.verno).toBe(4);
    expect(raw.tables.map((t) => t.name).sort()).toEqual(Object.keys(schemaAt(4)).sort());
    for (const t of NEW_TABLES) expect(raw.tables.map((x) => x.name), t).toContain(t);
    raw.close();
  });

  it('upgrades real version-3 data: every record stays as it was, the new tables are empty, and it backs up as format 4', async () => {
    const name = fresh('upgrade');
    const old = await openDb(name, { upTo: 3 });
    await old.table('units').add(fixture.unit);
    for (const [table, rows] of Object.entries(fixture.records)) {
      const stored = table === 'audit' ? rows.map((r, i) => ({ ...r, seq: i + 1 })) : rows;
      await old.table(table).bulkAdd(stored);
    }
    old.close();

    const db = await openDb(name, { upTo: 4 });
    expect(db.verno).toBe(4);
    const unitId = String(fixture.unit.id);
    expect(await db.units.get(unitId)).toEqual(fixture.unit);
    for (const [table, rows] of Object.entries(fixture.records)) {
      if (table === 'audit') continue;
      const after = await db.table(table).where('unitId').equals(unitId).toArray();
      expect(after, table).toEqual(expect.arrayContaining(rows));
      expect(after, table).toHaveLength(rows.length);
    }
    for (const t of NEW_TABLES) expect(await db.table(t).count(), t).toBe(0);

    db.close();
    const current = await openDb(name);
    const backup = await exportUnitBackup(current, unitId, 'test', '2026-12-01T00:00:00.000Z');
    const decoded = decodeBackup(encodeBackup(backup));
    expect(decoded.ok, decoded.ok ? '' : decoded.error.join('\n')).toBe(true);
    expect(backup.formatVersion).toBe(UNIT_BACKUP_FORMAT_VERSION);
    for (const t of NEW_TABLES) expect(backup.records[t as keyof typeof backup.records], t).toEqual([]);
    current.close();
  });
});
