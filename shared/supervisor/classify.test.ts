import { describe, expect, it } from 'vitest';
import { classifyBatch, compareExportedAt, formatExportedAt, type Candidate, type HeldState } from './classify';

const KEY_A = 'A'.repeat(43) + '=';
const KEY_B = 'B'.repeat(43) + '=';
const c = (bundleId: string, exportedAt: string, over: Partial<Candidate> = {}): Candidate => ({
  unitId: 'u1',
  unitName: '东城区商务局',
  bundleId,
  publicKey: KEY_A,
  fingerprint: '1111 2222 3333 4444',
  exportedAt,
  ...over,
});
const nothing: HeldState = { current: new Map(), kept: new Map() };
const holding = (bundleId: string, exportedAt: string, role: 'current' | 'previous' | 'held' = 'current'): HeldState => ({
  current: new Map([['u1', { bundleId: 'cur', publicKey: KEY_A, fingerprint: '1111 2222 3333 4444', exportedAt }]]),
  kept: new Map([
    ['cur', 'current'],
    [bundleId, role],
  ]),
});

describe('R-SUPERVISE: what importing each bundle would do, never a silent merge', () => {
  it('a unit not held is new; a newer bundle of a held unit replaces it; an older or equally old one is skipped', () => {
    expect(classifyBatch([c('b1', '2005-09-13T17:00:00.000+08:00')], nothing)[0].status).toBe('new');
    const held = holding('cur', '2005-09-13T17:00:00.000+08:00');
    expect(classifyBatch([c('b2', '2005-09-20T09:00:00.000+08:00')], held)[0]).toEqual({
      status: 'newer',
      note: '替换导出于 2005年9月13日 17:00 的数据（替换前的数据包会保留）',
    });
    expect(classifyBatch([c('b2', '2005-09-10T09:00:00.000+08:00')], held)[0]).toEqual({
      status: 'older',
      note: '已导入的数据包更新（导出于 2005年9月13日 17:00），这份较旧，跳过',
    });
    expect(classifyBatch([c('b2', '2005-09-13T17:00:00.000+08:00')], held)[0].status).toBe('older');
  });

  it('the same bundle again changes nothing, whether held, kept as replaced, or twice in one batch', () => {
    expect(classifyBatch([c('cur', '2005-09-13T17:00:00.000+08:00')], holding('cur', '2005-09-13T17:00:00.000+08:00'))[0]).toEqual({
      status: 'same',
      note: '与已导入的数据包完全相同，不再导入',
    });
    expect(classifyBatch([c('old', '2005-09-01T17:00:00.000+08:00')], holding('old', '2005-09-13T17:00:00.000+08:00', 'previous'))[0].status).toBe('older');
    expect(classifyBatch([c('h', '2005-09-20T17:00:00.000+08:00', { publicKey: KEY_B })], holding('h', '2005-09-13T17:00:00.000+08:00', 'held'))[0].status).toBe('same');
    const twice = classifyBatch([c('b1', '2005-09-13T17:00:00.000+08:00'), c('b1', '2005-09-13T17:00:00.000+08:00')], nothing);
    expect(twice.map((d) => d.status)).toEqual(['new', 'same']);
    expect(twice[1].note).toBe('与本批第 1 个文件是同一份数据包，不再导入');
  });

  it('a held unit’s bundle with another key is held, whatever its date, and names both fingerprints', () => {
    const d = classifyBatch([c('b2', '2005-09-20T09:00:00.000+08:00', { publicKey: KEY_B, fingerprint: '9999 8888 7777 6666' })], holding('cur', '2005-09-13T17:00:00.000+08:00'))[0];
    expect(d.status).toBe('keyMismatch');
    expect(d.note).toContain('已有的指纹 1111 2222 3333 4444');
    expect(d.note).toContain('这份的指纹 9999 8888 7777 6666');
  });

  it('within one batch the newest bundle of a unit is used, the others skipped, another key held', () => {
    const d = classifyBatch(
      [
        c('b1', '2005-09-13T17:00:00.000+08:00'),
        c('b3', '2005-09-28T17:00:00.000+08:00'),
        c('b2', '2005-09-20T17:00:00.000+08:00'),
        c('bx', '2005-09-21T17:00:00.000+08:00', { publicKey: KEY_B }),
        c('other', '2005-09-01T17:00:00.000+08:00', { unitId: 'u2', unitName: '西城区教育局' }),
      ],
      nothing,
    );
    expect(d.map((x) => x.status)).toEqual(['older', 'new', 'older', 'keyMismatch', 'new']);
    expect(d[0].note).toBe('本批第 2 个文件是这个单位更新的数据包，这份跳过');
  });

  it('export times are compared as instants across time zones, and written as the exporting PC wrote them', () => {
    expect(compareExportedAt('2005-09-13T17:00:00.000+08:00', '2005-09-13T10:00:00.000Z')).toBe(-1);
    expect(compareExportedAt('2005-09-13T18:30:00.000+08:00', '2005-09-13T10:00:00.000Z')).toBe(1);
    expect(formatExportedAt('2005-09-13T17:05:00.000+08:00')).toBe('2005年9月13日 17:05');
  });
});
