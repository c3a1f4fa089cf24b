import { describe, expect, it } from 'vitest';
import { checkTalkClash, clashingTalks, consecutiveTimes } from './clash';
import { talk } from './testing';

const names: Record<string, string> = { zhang: '张三', li: '李四', wang: '王五', zhao: '赵六' };
const nameOf = (id: string) => names[id] ?? id;
const booked = talk('zhang', 'li', { date: '2005-09-08', time: '15:00', minutes: 60, place: '党员活动室' });

describe('talk clashes', () => {
  it('R-TALK-PLAN: booking a person twice at overlapping times is refused, naming the clash', () => {
    const candidate = { aId: 'zhang', bId: 'wang', date: '2005-09-08', time: '15:30', minutes: 30, status: 'planned' as const };
    expect(checkTalkClash(candidate, [booked], nameOf)).toEqual({
      ok: false,
      reasons: [{ rule: 'R-TALK-PLAN', message: '张三 9月8日 15:00 已安排与李四谈心' }],
    });
    // The partner side clashes as well: 李四 is the one booked.
    const other = { ...candidate, aId: 'wang', bId: 'li', time: '14:30', minutes: 45 };
    expect(checkTalkClash(other, [booked], nameOf)).toMatchObject({ ok: false, reasons: [{ message: '李四 9月8日 15:00 已安排与张三谈心' }] });
  });

  it('R-TALK-PLAN: back-to-back talks, other days, other people and cancelled talks do not clash', () => {
    const next = { aId: 'zhang', bId: 'wang', date: '2005-09-08', time: '16:00', minutes: 60, status: 'planned' as const };
    expect(checkTalkClash(next, [booked], nameOf)).toEqual({ ok: true });
    expect(checkTalkClash({ ...next, time: '14:00' }, [booked], nameOf)).toEqual({ ok: true });
    expect(checkTalkClash({ ...next, time: '14:01' }, [booked], nameOf).ok).toBe(false);
    expect(checkTalkClash({ ...next, time: '15:00', date: '2005-09-09' }, [booked], nameOf)).toEqual({ ok: true });
    expect(checkTalkClash({ ...next, aId: 'wang', bId: 'zhao', time: '15:00' }, [booked], nameOf)).toEqual({ ok: true });
    expect(checkTalkClash({ ...next, time: '15:00' }, [{ ...booked, status: 'cancelled' }], nameOf)).toEqual({ ok: true });
  });

  it('R-TALK-PLAN: moving a talk does not clash with itself; a talk without a length counts an hour', () => {
    expect(clashingTalks({ ...booked, time: '15:30' }, [booked])).toEqual([]);
    const noLength = talk('zhang', 'zhao', { date: '2005-09-08', time: '14:10' });
    expect(clashingTalks({ aId: 'zhang', bId: 'wang', date: '2005-09-08', time: '15:05', minutes: 30, status: 'planned' }, [noLength])).toEqual([noLength]);
  });
});

describe('talks in a row', () => {
  it('R-TALK-PLAN: one after another from the start, refusing a row that runs past midnight', () => {
    expect(consecutiveTimes('14:00', 30, 4)).toEqual(['14:00', '14:30', '15:00', '15:30']);
    expect(consecutiveTimes('23:00', 30, 2)).toEqual(['23:00', '23:30']);
    expect(consecutiveTimes('23:00', 30, 3)).toBeNull();
  });
});
