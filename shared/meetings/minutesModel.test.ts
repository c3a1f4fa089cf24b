import { describe, expect, it } from 'vitest';
import { minutesBody } from '../documents/minutes';
import { minutesModel } from './minutesModel';
import { meeting, present, turn } from './testing';

describe('the minutes of a held meeting', () => {
  it('lists attendance, attendees from above, every turn in speaking order with how the analysis came, and the decisions', () => {
    const m = meeting('b1m', { status: 'held', heldAt: '2005-09-22T10:00:00.000Z', conclusions: '将会上意见纳入整改台账\n\n9月29日前完成测评' });
    const names: Record<string, string> = { sun: '孙丽萍', jiang: '蒋卫东', huang: '黄志明' };
    const model = minutesModel({
      unitName: '示例市经济局',
      meeting: m,
      branchName: '机关第一党支部',
      expected: ['sun', 'jiang', 'huang'].map((id) => ({ id, name: names[id] })),
      attendance: [present('b1m', 'sun'), present('b1m', 'jiang', { present: false, absentReason: '援疆挂职' }), present('b1m', 'huang')],
      turns: [
        turn('b1m', 'jiang', 3, { presentation: 'written', analysis: undefined, criticFrom: [], criticisms: [] }),
        turn('b1m', 'sun', 1, { selfCriticism: '带头作用发挥不够', massComments: '群众希望多下基层', leaderCommentBy: '陈国栋', leaderComment: '问题找得准' }),
        turn('b1m', 'huang', 2, { criticFrom: ['孙丽萍', '钱小红'], criticisms: ['报销审核慢', '窗口态度生硬'] }),
      ],
      nameOf: (id) => names[id],
    });
    expect(model).toMatchObject({
      kind: 'orgLife',
      title: '示例市经济局机关第一党支部专题组织生活会记录',
      start: '2005-09-22T08:30',
      expected: 3,
      present: 2,
      absent: [{ name: '蒋卫东', reason: '援疆挂职' }],
      attendees: ['孙丽萍', '黄志明'],
      nonParty: ['钱小红'],
      higherLevel: [{ name: '高建华', org: '市直机关工委' }, { name: '刘督导', org: '督导组' }],
      decisions: ['将会上意见纳入整改台账', '9月29日前完成测评'],
    });
    expect(model.speeches.map((s) => [s.member, s.presentation])).toEqual([
      ['孙丽萍', '到会发言'],
      ['黄志明', '到会发言'],
      ['蒋卫东', '书面提交'],
    ]);
    expect(model.speeches[1].criticisms).toEqual([{ from: '孙丽萍', text: '报销审核慢' }, { from: '钱小红', text: '窗口态度生硬' }]);
    expect(model.speeches[2].analysis).toBe('书面党性分析材料已在会上宣读');
    const text = JSON.stringify(minutesBody(model));
    for (const s of ['孙丽萍同志（到会发言）', '群众评议：', '群众希望多下基层', '领导点评（陈国栋）：', '蒋卫东同志（书面提交）']) expect(text).toContain(s);
  });
});
