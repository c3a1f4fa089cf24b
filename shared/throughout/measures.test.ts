import { describe, expect, it } from 'vitest';
import { itemStatus } from '../campaign/checklist';
import { checklistItems } from '../campaign/template';
import { makeSnapshot } from '../campaign/testing';
import type { ThroughoutFacts } from './measures';
import { THROUGHOUT_FEATURE } from './measures';

const TODAY = '2005-09-20';

function facts(over: { fix?: Partial<ThroughoutFacts['fix']>; study?: Partial<ThroughoutFacts['study']> } = {}): ThroughoutFacts {
  return {
    fix: { items: 0, done: 0, open: [], massesUnanswered: 0, massesUnansweredLabels: [], ...over.fix },
    study: {
      sessions: 0,
      partyMembers: 0,
      topics: { constitutionRights: { sessions: 0, missing: 0, missingNames: [] }, sixRequirements: { sessions: 0, missing: 0, missingNames: [] } },
      sameMissing: false,
      ...over.study,
    },
  };
}

/** The checklist item of the default template, as the home page computes it. */
function item(id: 'throughout.fixNow' | 'throughout.study', f: ThroughoutFacts) {
  const s = makeSnapshot();
  const tpl = checklistItems(s.template).find((i) => i.id === id)!;
  return itemStatus(s, { [THROUGHOUT_FEATURE]: f }, tpl, TODAY);
}

describe('throughout.fixNow', () => {
  it('R-FIX-NOW: not done without a ledger, naming the masses\' opinions still without an item', () => {
    expect(item('throughout.fixNow', facts())).toMatchObject({ done: false, computed: true, detail: '尚未建立边议边改整改台账', feature: 'throughout' });
    const r = item('throughout.fixNow', facts({ fix: { massesUnanswered: 4, massesUnansweredLabels: ['“窗口排队久”', '“收费不公开”'] } }));
    expect(r.detail).toBe('尚未建立边议边改整改台账；4 条群众意见尚未列入台账：“窗口排队久”、“收费不公开”等 4 条');
  });

  it('R-FIX-NOW: an open item past its deadline makes it not done and is named; one due today is not late', () => {
    const open = [
      { label: '窗口排队久', deadline: '2005-09-10' },
      { label: '收费不公开', deadline: '2005-09-15' },
      { label: '走访不够', deadline: '2005-09-20' },
    ];
    const r = item('throughout.fixNow', facts({ fix: { items: 4, done: 1, open } }));
    expect(r).toMatchObject({ done: false, detail: '2 项整改已过期：“窗口排队久”、“收费不公开”' });
    const onTime = item('throughout.fixNow', facts({ fix: { items: 4, done: 1, open: open.slice(2) } }));
    expect(onTime).toMatchObject({ done: true, detail: '整改台账 4 项，已完成 1 项，正在整改 3 项（均未过期）' });
  });

  it('R-FIX-NOW: caps a long list of overdue items', () => {
    const open = Array.from({ length: 8 }, (_, i) => ({ label: `问题${i + 1}`, deadline: '2005-09-01' }));
    const r = item('throughout.fixNow', facts({ fix: { items: 8, open } }));
    expect(r.detail).toBe('8 项整改已过期：“问题1”、“问题2”、“问题3”、“问题4”、“问题5”等 8 项');
  });
});

describe('throughout.study', () => {
  const studied = { sessions: 2, missing: 0, missingNames: [] };
  it('R-STUDY: not done until both required topics have been studied', () => {
    expect(item('throughout.study', facts())).toMatchObject({ done: false, detail: '尚未记录集中学习' });
    const one = facts({ study: { sessions: 1, partyMembers: 0, topics: { constitutionRights: studied, sixRequirements: { sessions: 0, missing: 0, missingNames: [] } } } });
    expect(item('throughout.study', one)).toMatchObject({ done: false, detail: '尚未学习：先进性六条基本要求' });
  });

  it('R-STUDY: names the party members who neither attended nor made up a topic, capped', () => {
    const f = facts({
      study: {
        sessions: 3,
        partyMembers: 40,
        topics: {
          constitutionRights: { sessions: 2, missing: 12, missingNames: ['张三', '李四', '王五', '赵六', '孙七'] },
          sixRequirements: { sessions: 1, missing: 1, missingNames: ['周八'] },
        },
      },
    });
    expect(item('throughout.study', f)).toMatchObject({
      done: false,
      detail: '党章关于党员权利和义务的规定尚有 12 人未参加也未补学：张三、李四、王五、赵六、孙七等 12 人；先进性六条基本要求尚有 1 人未参加也未补学：周八',
    });
    const same = { sessions: 1, missing: 7, missingNames: ['张三', '李四', '王五', '赵六', '孙七'] };
    expect(item('throughout.study', facts({ study: { sessions: 1, partyMembers: 40, topics: { constitutionRights: same, sixRequirements: same }, sameMissing: true } }))).toMatchObject({
      done: false,
      detail: '两项必学内容尚有 7 人未参加也未补学：张三、李四、王五、赵六、孙七等 7 人',
    });
    const all = facts({ study: { sessions: 3, partyMembers: 40, topics: { constitutionRights: studied, sixRequirements: studied } } });
    expect(item('throughout.study', all)).toMatchObject({ done: true, detail: '两项必学内容已学完，集中学习 3 次，40 名党员均已参加或补学' });
  });
});
