import { describe, expect, it } from 'vitest';
import { cleanRecordsV1, cleanUnitV1 } from './cleanV1';

describe('schema-1 text made clean on the way to schema 2', () => {
  it('names, branch names and every other text lose their invisible characters; unchanged rows stay the same objects', () => {
    const tidy = { id: 'm2', unitId: 'u', name: '李明', note: '好' };
    const r = cleanRecordsV1({
      members: [{ id: 'm1', unitId: 'u', name: '王\u200b伟', post: ' 科长\u202e', note: '第一行 \n第二行' }, tidy],
      branches: [
        { id: 'b1', unitId: 'u', name: '第一支部' },
        { id: 'b2', unitId: 'u', name: '第一支部\u200b' },
      ],
      ticks: [{ unitId: 'u', itemId: 'lookback.notes', by: '张书记\u2066', note: '\u0007抽查' }],
    });
    expect(r.members[0]).toMatchObject({ name: '王伟', post: '科长', note: '第一行\n第二行' });
    expect(r.members[1]).toBe(tidy);
    expect(r.branches.map((b) => b.name)).toEqual(['第一支部', '第一支部（2）']);
    expect(r.ticks[0]).toEqual({ unitId: 'u', itemId: 'lookback.notes', by: '张书记', note: '抽查' });
  });

  it('the unit’s one-line fields are cleaned, an empty phone dropped', () => {
    expect(cleanUnitV1({ id: 'u', name: '\u202e财政局', orgName: '中共 财政局\n机关', phone: '\u200b' })).toEqual({ id: 'u', name: '财政局', orgName: '中共 财政局 机关' });
  });
});
