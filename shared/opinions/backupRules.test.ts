import { describe, expect, it } from 'vitest';
import { opinionBackupProblems } from './backupRules';
import type { Feedback } from './types';

const fb = (o: Partial<Feedback>): Feedback => ({ id: 'f', unitId: 'u', fromId: 'head', toId: 'deputy', date: '2005-09-12', way: 'separate', createdAt: '2005-09-12T08:00:00.000Z', ...o });
const talks = [{ id: 't1', aId: 'deputy', bId: 'head' }, { id: 't2', aId: 'zhang', bId: 'sec' }];

describe('feedback records a backup brings in', () => {
  it('accepts feedback given apart or in a talk between the same two people, either way round', () => {
    expect(opinionBackupProblems({ feedbacks: [fb({}), fb({ way: 'talk', talkId: 't1' })], talks })).toEqual([]);
  });

  it('refuses feedback to oneself, a talk between other people, and a talk named by a separate feedback', () => {
    expect(
      opinionBackupProblems({ feedbacks: [fb({ toId: 'head' }), fb({ way: 'talk', talkId: 't2' }), fb({ talkId: 't1' })], talks }),
    ).toEqual([
      'records.feedbacks[0].toId: 反馈人和被反馈人不能是同一人',
      'records.feedbacks[1].talkId: 关联的谈心不是这两人之间的谈心',
      'records.feedbacks[2].talkId: 单独反馈不应关联谈心记录',
    ]);
  });
});
