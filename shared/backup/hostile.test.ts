/**
 * The findings of a hostile review of backup files, one test each: every file below is a
 * well-formed backup with a valid checksum (made by encodeBackup), so only the app's own rules
 * stand between it and the database.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup, type UnitBackup } from './format';

const fixture = readFileSync(fileURLToPath(new URL('../../test/fixtures/backup/unit-backup-v4.json', import.meta.url)));
const good = (): UnitBackup => {
  const r = decodeBackup(fixture);
  if (!r.ok) throw new Error(r.error.join('\n'));
  return JSON.parse(JSON.stringify(r.value)) as UnitBackup;
};
/** The errors of a backup after `mutate`, re-encoded with a valid checksum. */
const errorsAfter = (mutate: (b: UnitBackup) => void): string[] => {
  const b = good();
  mutate(b);
  const r = decodeBackup(encodeBackup(b));
  return r.ok ? [] : r.error;
};
type Loose = Record<string, unknown>;

describe('backup files are held to the app’s own rules', () => {
  it('the fixture itself is accepted', () => {
    expect(errorsAfter(() => {})).toEqual([]);
  });

  it.each([-1, 275761, 1e6, 1999, 2101, 2005.5])('an 活动年度 of %s is refused (it broke the home page on every start)', (year) => {
    expect(errorsAfter((b) => void (b.unit.year = year))).toEqual([expect.stringMatching(/^unit\.year: /u)]);
  });

  it('unknown stage, item and threshold keys are refused', () => {
    expect(errorsAfter((b) => void (b.records.schedules[0].stageId = 'nowhere'))).toContainEqual(expect.stringContaining('活动模板中没有阶段“nowhere”'));
    expect(errorsAfter((b) => void (b.records.ticks[0].itemId = 'made.up'))).toEqual([expect.stringContaining('活动模板中没有检查项“made.up”')]);
    expect(errorsAfter((b) => void (b.records.thresholdOverrides[0].key = 'bogus'))).toContainEqual(expect.stringContaining('活动模板中没有标准“bogus”'));
  });

  it('a threshold outside its range (275761 where 0.5–1 is allowed) is refused, not stored and ignored', () => {
    expect(errorsAfter((b) => void (b.records.thresholdOverrides[0].value = 275761))).toEqual([
      expect.stringMatching(/^records\.thresholdOverrides\[0\]\.value: .*应在/u),
    ]);
  });

  it('a 5 MB name is refused with a short message (the form allows 20 characters)', () => {
    const errors = errorsAfter((b) => void (b.records.members[0].name = '王'.repeat(5_000_000)));
    expect(errors).toEqual([expect.stringMatching(/^records\.members\[0\]\.name: /u)]);
    expect(errors.join('').length).toBeLessThan(300);
  });

  it('a 5 MB unknown field name gives a short message too', () => {
    const errors = errorsAfter((b) => void ((b.records.members[0] as unknown as Loose)['x'.repeat(5_000_000)] = 1));
    expect(errors.join('').length).toBeLessThan(300);
  });

  it('a party member with no branch is refused', () => {
    expect(errorsAfter((b) => void delete b.records.members.find((m) => m.kind === 'party')!.branchId)).toEqual([
      expect.stringContaining('须有所在党支部'),
    ]);
  });

  it.each([
    ['a birth month 2005-13', (b: UnitBackup) => void (b.records.members[0].birth = '2005-13'), /members\[0\]\.birth/u],
    ['a due date 2005-13-45', (b: UnitBackup) => void (b.records.planActions[0].due = '2005-13-45'), /planActions\[0\]\.due/u],
    ['a start 0000-00-00', (b: UnitBackup) => void (b.records.schedules[0].start = '0000-00-00'), /schedules\[0\]\.start/u],
    ['a timestamp 2005-09-01Tgarbage', (b: UnitBackup) => void (b.records.members[0].createdAt = '2005-09-01Tgarbage'), /members\[0\]\.createdAt/u],
  ])('%s is refused', (_label, mutate, where) => {
    expect(errorsAfter(mutate)).toEqual([expect.stringMatching(where)]);
  });

  it('a hand tick on an item the data decides is refused', () => {
    expect(errorsAfter((b) => void (b.records.ticks[0].itemId = 'transition.roster'))).toEqual([expect.stringContaining('由系统根据数据判断')]);
  });

  it('a stage schedule out of order is refused as the schedule form refuses it', () => {
    expect(errorsAfter((b) => void (b.records.schedules[0].due = '2004-01-01'))).not.toEqual([]);
  });

  it('a unit template this program does not have is refused with a way forward', () => {
    expect(errorsAfter((b) => void (b.unit.templateVersion = 9))).toEqual([expect.stringContaining('请升级评议通')]);
  });

  it('one flipped bit in a name (郑 → 郐) or an invalid byte is refused by the checksum and strict UTF-8', () => {
    const b = good();
    b.records.members[0].name = '郑永年';
    const bytes = encodeBackup(b);
    const at = Buffer.from(bytes).indexOf(Buffer.from('郑'));
    const flipped = bytes.slice();
    flipped[at + 2] ^= 0x01; // 郑 E9 83 91 → 郐 E9 83 90
    expect(new TextDecoder().decode(flipped)).toContain('郐永年');
    expect(decodeBackup(flipped)).toEqual({ ok: false, error: [expect.stringContaining('校验码不符')] });
    const broken = bytes.slice();
    broken[at] = 0xff;
    expect(decodeBackup(broken)).toEqual({ ok: false, error: [expect.stringContaining('无法识别的字节')] });
  });
});
