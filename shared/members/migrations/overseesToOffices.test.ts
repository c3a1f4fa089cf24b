import { describe, expect, it } from 'vitest';
import { officeIdForBranch, overseesToOffices } from './overseesToOffices';

const branch = (id: string, name: string, order: number) => ({ id, unitId: 'u1', name, order });
const member = (id: string, oversees: string[]) => ({ id, unitId: 'u1', oversees });

describe('schema 2: 分管 moves from branches to offices', () => {
  it('each overseen branch becomes one office of the same name, referenced by every member who oversaw it', () => {
    const r = overseesToOffices(
      [branch('b1', '办公室党支部', 0), branch('b2', '业务科党支部', 1), branch('b3', '退休党支部', 2)],
      [member('m1', ['b2', 'b1']), member('m2', ['b2']), member('m3', [])],
    );
    expect(r.offices).toEqual([
      { id: officeIdForBranch('b1'), unitId: 'u1', name: '办公室党支部', kind: 'office', order: 0 },
      { id: officeIdForBranch('b2'), unitId: 'u1', name: '业务科党支部', kind: 'office', order: 1 },
    ]);
    expect(r.members.map((m) => m.oversees)).toEqual([[officeIdForBranch('b2'), officeIdForBranch('b1')], [officeIdForBranch('b2')], []]);
  });

  it('is deterministic and keeps every other field', () => {
    const input = [{ ...member('m1', ['b1']), name: '王伟', note: '备注' }];
    const a = overseesToOffices([branch('b1', '一支部', 0)], input);
    const b = overseesToOffices([branch('b1', '一支部', 0)], input);
    expect(a).toEqual(b);
    expect(a.members[0]).toMatchObject({ name: '王伟', note: '备注' });
  });

  it('drops a reference to a branch that does not exist instead of inventing an office', () => {
    const r = overseesToOffices([branch('b1', '一支部', 0)], [member('m1', ['gone', 'b1'])]);
    expect(r.offices).toHaveLength(1);
    expect(r.members[0].oversees).toEqual([officeIdForBranch('b1')]);
  });
});
