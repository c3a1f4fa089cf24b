import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import fixture from '../../test/fixtures/backup/unit-backup-v1.json';
import { officeIdForBranch } from '../members/migrations/overseesToOffices';
import { backupV1ToV2 } from './formats/v1ToV2';
import type { UnitBackupV1 } from './formats/v1';
import {
  backupFileName,
  buildUnitBackup,
  decodeBackup,
  encodeBackup,
  migrateBackup,
  parseUnitBackup,
  sameBackupContent,
  UNIT_BACKUP_FORMAT_VERSION,
  unitBackupSchema,
  unitBackupSchemaAt,
  type UnitBackup,
} from './format';
import { MAX_LISTED_PROBLEMS } from './issues';
import { remapBackupAsNew, restoredUnitName } from './remap';

const v1 = (): UnitBackupV1 => JSON.parse(JSON.stringify(fixture)) as UnitBackupV1;
/** The v1 fixture as the current format reads it. */
const good = (): UnitBackup => {
  const r = parseUnitBackup(v1());
  if (!r.ok) throw new Error(r.error.join('\n'));
  return JSON.parse(JSON.stringify(r.value)) as UnitBackup;
};
const errors = (json: unknown) => {
  const r = parseUnitBackup(json);
  return r.ok ? [] : r.error;
};

describe('parseUnitBackup: the envelope', () => {
  it('reads the v1 fixture and brings it to the current format: 分管 over offices, the template version on the unit', () => {
    const r = parseUnitBackup(v1());
    const v2 = backupV1ToV2(v1()) as UnitBackup;
    // Format 2's content, then format 3's tables, empty.
    expect(r).toMatchObject({ ok: true, value: { ...v2, formatVersion: UNIT_BACKUP_FORMAT_VERSION, records: { ...v2.records, opinions: [], talks: [], analyses: [] } } });
    const b = good();
    expect(b.formatVersion).toBe(UNIT_BACKUP_FORMAT_VERSION);
    expect(b.unit.templateVersion).toBe(1);
    const retired = b.records.branches.find((x) => x.name === '离退休干部党支部')!;
    expect(b.records.offices.map((o) => o.name)).toContain('离退休干部党支部');
    expect(b.records.members.find((m) => m.name === '李明')!.oversees).toEqual([officeIdForBranch(retired.id)]);
    expect(parseUnitBackup(b)).toEqual({ ok: true, value: b });
  });

  it('a file of format 1 is read by the frozen format-1 schema, not the live one', () => {
    const old = v1() as unknown as { records: { members: Record<string, unknown>[] } };
    // Fields that exist only since format 2 are refused in a format-1 file.
    old.records.members[0].education = 'bachelor';
    expect(errors(old)).toEqual(['records.members[0]: 无法识别的字段：education']);
  });

  it('the current format is frozen: a changed table declaration needs a new format version', () => {
    const file = fileURLToPath(new URL(`../../test/fixtures/backup/format-v${UNIT_BACKUP_FORMAT_VERSION}.schema.json`, import.meta.url));
    const frozen = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    expect(
      z.toJSONSchema(unitBackupSchema, { unrepresentable: 'any' }),
      'The backup records changed: freeze this format in shared/backup/formats/, bump UNIT_BACKUP_FORMAT_VERSION, add a migration step and a fixture',
    ).toEqual(frozen);
  });

  it.each(Array.from({ length: UNIT_BACKUP_FORMAT_VERSION - 1 }, (_, i) => i + 2))('format %i, derived from the declarations, is still read exactly as it shipped', (v) => {
    const file = fileURLToPath(new URL(`../../test/fixtures/backup/format-v${v}.schema.json`, import.meta.url));
    expect(z.toJSONSchema(unitBackupSchemaAt(v), { unrepresentable: 'any' })).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });

  it('names what is not a backup, another pingyitong file, a missing or future version', () => {
    expect(errors(null)).toEqual(['不是评议通的备份文件']);
    expect(errors('hello')).toEqual(['不是评议通的备份文件']);
    expect(errors({ ...good(), type: 'excalidraw' })).toEqual(['不是评议通的备份文件']);
    expect(errors({ ...good(), type: 'pingyitong.bundle' })).toEqual(['这是评议通的其他文件，不是单位备份']);
    expect(errors({ ...good(), formatVersion: undefined })).toEqual(['备份文件缺少有效的格式版本，可能已损坏']);
    expect(errors({ ...good(), formatVersion: 1.5 })).toEqual(['备份文件缺少有效的格式版本，可能已损坏']);
    expect(errors({ ...good(), formatVersion: 5 })).toEqual(['备份文件来自更新版本的评议通（格式 5），请先升级本程序']);
  });

  it('an unknown old version has no reader', () => {
    expect(migrateBackup(good(), 0)).toEqual({ ok: false, error: ['不支持的备份格式（格式 0）'] });
  });
});

describe('parseUnitBackup: fields', () => {
  it('gives each problem in Chinese with its path', () => {
    const b = good() as unknown as { unit: Record<string, unknown>; records: { members: Record<string, unknown>[] } };
    delete b.unit.name;
    b.records.members[1].kind = 'alien';
    b.records.members[2].shoeSize = 42;
    b.records.members[3].birth = '1965';
    expect(errors(b)).toEqual([
      'unit.name: 缺少此项',
      expect.stringMatching(/^records\.members\[1\]\.kind: 应为以下之一：party、masses/),
      'records.members[2]: 无法识别的字段：shoeSize',
      'records.members[3].birth: 年月应写作 YYYY-MM（月份 01—12）',
    ]);
  });

  it('tolerates absent optional fields', () => {
    const b = good();
    b.records.members = b.records.members.map(({ gender: _g, birth: _b, post: _p, phone: _ph, note: _n, ...m }) => m);
    b.records.planReviews = b.records.planReviews.map(({ texts: _t, ...r }) => r);
    expect(parseUnitBackup(b).ok).toBe(true);
  });

  it('lists at most a screenful of problems', () => {
    const b = good() as unknown as { records: { members: unknown[] } };
    b.records.members = Array.from({ length: 30 }, () => ({}));
    const e = errors(b);
    expect(e).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(e.at(-1)).toMatch(/^……另有 \d+ 处问题$/u);
  });
});

describe('parseUnitBackup: consistency', () => {
  it('refuses records of another unit, duplicates and dangling references', () => {
    const b = good();
    const [m0, m1] = b.records.members;
    b.records.branches[1].unitId = 'other-unit';
    b.records.members.push({ ...m1 });
    m0.oversees = ['ghost-office'];
    b.records.meetings[0].branchId = 'ghost-branch';
    b.records.ticks.push({ ...b.records.ticks[0] });
    expect(errors(b)).toEqual([
      `records.branches[1].unitId: 不属于备份的单位（示例市财政局）`,
      `records.members[6]: 人员“${m1.id}”重复`,
      `records.ticks[1]: 清单项“lookback.notes”重复`,
      `records.members[0].oversees[0]: ${m0.name}所指的科室或二级单位（ghost-office）不在备份中`,
      'records.meetings[0].branchId: 支部（ghost-branch）不在备份中',
    ]);
  });
});

describe('parseUnitBackup: audit entries', () => {
  it('refuses an audit entry about something no table declares', () => {
    const b = good();
    b.records.audit[2] = { ...b.records.audit[2], entity: 'alien' };
    expect(errors(b)).toEqual(['records.audit[2].entity: 未知的记录类型“alien”']);
  });
});

describe('encodeBackup / decodeBackup', () => {
  it('writes indented UTF-8 JSON and reads it back; a BOM is fine', () => {
    const bytes = encodeBackup(good());
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith(`{\n  "type": "pingyitong.unitBackup",\n  "formatVersion": ${UNIT_BACKUP_FORMAT_VERSION},`)).toBe(true);
    expect(text).toContain('示例市财政局');
    expect(decodeBackup(bytes)).toEqual({ ok: true, value: good() });
    expect(decodeBackup(strToU8(`\uFEFF${text}`)).ok).toBe(true);
  });

  it('says a cut-off or empty file is damaged', () => {
    const bytes = encodeBackup(good());
    expect(decodeBackup(bytes.subarray(0, 100))).toEqual({ ok: false, error: ['文件已损坏或不是评议通的备份文件（内容不完整或不是 JSON）'] });
    expect(decodeBackup(strToU8('  \n'))).toEqual({ ok: false, error: ['文件是空的，不是评议通的备份文件'] });
  });
});

describe('buildUnitBackup and sameBackupContent', () => {
  it('orders records by key, keeps audit order, drops seq; key order does not matter when comparing', () => {
    const b = good();
    const shuffled = { ...b.records, members: [...b.records.members].reverse(), audit: b.records.audit.map((a, i) => ({ seq: i + 1, ...a })) };
    const built = buildUnitBackup({ unit: b.unit, records: shuffled, appVersion: '0.2.0', exportedAt: '2030-01-01T00:00:00.000Z' });
    expect(built.records).toEqual(b.records);
    const reordered = { ...b, unit: Object.fromEntries(Object.entries(b.unit).reverse()) as unknown as UnitBackup['unit'] };
    expect(sameBackupContent(built, reordered)).toBe(true);
    expect(sameBackupContent(built, { ...b, unit: { ...b.unit, name: '别的' } })).toBe(false);
  });
});

describe('remapBackupAsNew', () => {
  it('gives every record a fresh id and rewrites every reference', () => {
    const b = good();
    let n = 0;
    const copy = remapBackupAsNew(b, { makeId: () => `new-${(n += 1)}`, name: '示例市财政局（恢复）' });
    expect(parseUnitBackup(copy).ok).toBe(true);
    const oldIds = new Set(JSON.stringify(b).match(/00000000-0000-4000-8000-\d{12}/gu));
    expect(JSON.stringify(copy).match(/00000000-0000-4000-8000-\d{12}/gu)).toBeNull();
    expect(JSON.stringify(copy)).not.toContain('office-');
    expect(oldIds.size).toBeGreaterThan(20);
    const officeOf = (x: UnitBackup, id: string) => x.records.offices.find((o) => o.id === id)!.name;
    const branchOf = (x: UnitBackup, id: string) => x.records.branches.find((br) => br.id === id)!.name;
    const li = (x: UnitBackup) => x.records.members.find((m) => m.name === '李明')!;
    expect(officeOf(copy, li(copy).oversees[0])).toBe(officeOf(b, li(b).oversees[0]));
    expect(branchOf(copy, li(copy).branchId!)).toBe(branchOf(b, li(b).branchId!));
    expect(copy.records.audit.find((a) => a.summary === '新增党员 李明')!.entityId).toBe(li(copy).id);
    expect(copy.records.audit.find((a) => a.action === 'tick.done')!.entityId).toBe('lookback.notes');
  });

  it('names the copy （恢复）, （恢复2）… only when the name is taken', () => {
    expect(restoredUnitName('财政局', new Set())).toBe('财政局');
    expect(restoredUnitName('财政局', new Set(['财政局']))).toBe('财政局（恢复）');
    expect(restoredUnitName('财政局', new Set(['财政局', '财政局（恢复）']))).toBe('财政局（恢复2）');
  });
});

describe('backupFileName', () => {
  it('makes a safe file name from the unit', () => {
    const b = good();
    expect(backupFileName(b, '2005-09-05')).toBe('示例市财政局-2005年度-备份-2005-09-05.json');
    expect(backupFileName({ unit: { ...b.unit, name: 'a/b:c*' } }, '2005-09-05 08:00')).toBe('a_b_c_-2005年度-备份-2005-09-05 08_00.json');
  });
});

describe('format 3 → 4: the satisfaction floor raised to the city’s 70 % (R-SURVEY-70)', () => {
  const v3 = () =>
    JSON.parse(readFileSync(fileURLToPath(new URL('../../test/fixtures/backup/unit-backup-v3.json', import.meta.url)), 'utf8')) as {
      unit: { id: string };
      records: Record<string, unknown[]>;
      checksum?: string;
    };

  it('an old backup whose unit had set the floor to 60 % still restores: the lower value no longer applies, its history stays', () => {
    const old = v3();
    delete old.checksum;
    const unitId = old.unit.id;
    old.records.thresholdOverrides = [
      { unitId, key: 'satisfactionRate', value: 0.6 },
      { unitId, key: 'meetingAttendanceRatio', value: 0.9 },
    ];
    old.records.thresholdChanges = [
      { id: 'tc-1', unitId, key: 'satisfactionRate', from: 0.7, to: 0.6, reason: '本单位群众分散', by: '孙丽萍', at: '2005-09-02T09:00:00.000+08:00' },
    ];
    const r = parseUnitBackup(old);
    expect(r.ok, r.ok ? '' : r.error.join('\n')).toBe(true);
    if (!r.ok) return;
    expect(r.value.records.thresholdOverrides).toEqual([{ unitId, key: 'meetingAttendanceRatio', value: 0.9 }]);
    expect(r.value.records.thresholdChanges).toHaveLength(1);
  });

  it('a current-format file that lowers the floor is refused', () => {
    const b = good();
    const bad = { ...b, records: { ...b.records, thresholdOverrides: [{ unitId: b.unit.id, key: 'satisfactionRate', value: 0.6 }] } };
    const r = parseUnitBackup(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.join('\n')).toMatch(/satisfactionRate|群众满意度/u);
  });
});
