import { describe, expect, it } from 'vitest';
import { fixNowLedgerModel, sourceText } from './documentModels';
import type { FixItem } from './types';

const T = '2005-09-01T08:00:00.000Z';
const fix = (over: Partial<FixItem>): FixItem => ({
  id: 'f',
  unitId: 'u',
  opinionIds: [],
  problem: '问题',
  measure: '措施',
  ownerName: '张三',
  deadline: '2005-09-30',
  status: 'open',
  order: 0,
  createdAt: T,
  updatedAt: T,
  ...over,
});

describe('the 边议边改整改台账 model', () => {
  it('R-FIX-NOW: lists the items in the ledger order, with where each came from, the owner\'s current name and the result', () => {
    const m = fixNowLedgerModel({
      orgName: '中共某局机关委员会',
      items: [
        fix({ id: 'a', problem: '会议多、文件多', ownerId: 'm1', ownerName: '旧名', order: 0 }),
        fix({ id: 'b', problem: '办事要跑多趟', opinionIds: ['o1', 'o2', 'o3'], status: 'done', doneOn: '2005-09-15', result: '实行一次性告知', order: 1 }),
      ],
      opinions: [
        { id: 'o1', source: 'masses' },
        { id: 'o2', source: 'client' },
        { id: 'o3', source: 'masses' },
      ],
      memberNames: new Map([['m1', '李四']]),
      today: '2005-09-20',
    });
    expect(m.unitName).toBe('中共某局机关委员会');
    expect(m.intro).toContain('截至2005年9月20日，共列入整改事项 2 项，已完成 1 项，正在整改 1 项');
    expect(m.items).toEqual([
      { problem: '办事要跑多趟', source: '群众意见 2 条、服务对象意见 1 条', measure: '措施', owner: '张三', deadline: '2005-09-30', result: '实行一次性告知（2005年9月15日完成）' },
      { problem: '会议多、文件多', source: undefined, measure: '措施', owner: '李四', deadline: '2005-09-30', result: undefined },
    ]);
    expect(m.signature).toEqual({ name: '中共某局机关委员会', date: '2005-09-20' });
  });

  it('says nothing of the source for an item entered freely or whose opinions are gone', () => {
    expect(sourceText([], new Map())).toBeUndefined();
    expect(sourceText(['gone'], new Map())).toBeUndefined();
  });
});
