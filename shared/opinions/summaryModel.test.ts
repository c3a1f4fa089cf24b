import { describe, expect, it } from 'vitest';
import { opinionSummaryModel } from './summaryModel';
import type { Opinion } from './types';

let n = 0;
const op = (o: Partial<Opinion>): Opinion => ({
  id: `o${++n}`,
  unitId: 'u',
  text: '意见',
  channel: 'forum',
  source: 'masses',
  target: 'leadership',
  category: 'style',
  date: '2005-09-10',
  anonymous: true,
  fromStage1: false,
  createdAt: `2005-09-10T08:00:0${n % 10}.000Z`,
  ...o,
});

describe('征求意见汇总表 from the register', () => {
  it('groups by target (党组织, 领导班子, then members by name) and category in the form’s order, with where each came from and what was done', () => {
    const opinions = [
      op({ id: 'a', text: '李四上班迟到', target: 'member', targetMemberId: 'li', category: 'work' }),
      op({ id: 'b', text: '会议多', category: 'style', date: '2005-09-08', channel: 'box', source: 'client', fromStage1: true }),
      op({ id: 'c', text: '学习流于形式', category: 'ideals' }),
      op({ id: 'd', text: '张三不参加组织生活', target: 'member', targetMemberId: 'zhang', category: 'ideals', date: '2005-09-12' }),
      op({ id: 'e', text: '组织生活不经常', target: 'organisation', category: 'work', date: '2005-09-06' }),
      op({ id: 'f', text: '已删除者的意见', target: 'member', targetMemberId: 'gone', category: 'other' }),
    ];
    const m = opinionSummaryModel({
      orgName: '中共某局机关委员会',
      opinions,
      memberNames: new Map([
        ['li', '李四'],
        ['zhang', '张三'],
      ]),
      fixes: [
        { opinionIds: ['b'], measure: '每周只开一次例会', status: 'done', result: '已执行两周' },
        { opinionIds: ['b', 'c'], measure: '学习要有笔记', status: 'open' },
      ],
      preparedBy: '孙丽萍',
      today: '2005-09-13',
    });
    expect(m.groups.map((g) => [g.target, g.categories.map((c) => [c.category, c.items.map((i) => i.text)])])).toEqual([
      ['党组织', [['工作学习', ['组织生活不经常']]]],
      ['领导班子', [['理想信念', ['学习流于形式']], ['工作作风', ['会议多']]]],
      ['（已删除的党员）', [['其他', ['已删除者的意见']]]],
      ['李四同志', [['工作学习', ['李四上班迟到']]]],
      ['张三同志', [['理想信念', ['张三不参加组织生活']]]],
    ]);
    const meeting = m.groups[1].categories[1].items[0];
    expect(meeting).toEqual({ text: '会议多', source: '征求意见箱（服务对象，第一阶段）', action: '每周只开一次例会（已完成：已执行两周）；学习要有笔记（正在整改）' });
    expect(m.groups[0].categories[0].items[0]).toEqual({ text: '组织生活不经常', source: '座谈会（群众）' });
    expect(m).toMatchObject({ unitName: '中共某局机关委员会', from: '2005-09-06', to: '2005-09-12', preparedBy: '孙丽萍', signature: { name: '中共某局机关委员会', date: '2005-09-13' } });
  });

  it('makes an empty table from an empty register, with no period', () => {
    const m = opinionSummaryModel({ orgName: '某支部', opinions: [], memberNames: new Map(), today: '2005-09-13' });
    expect(m.groups).toEqual([]);
    expect(m.from).toBeUndefined();
  });
});
