import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { buildTalkPlan, buildTalkRecord } from '../documents';
import { talkPlanModel, talkRecordModel } from './documentModels';
import { personLabels } from './people';
import { doneTalk, makeBureau, talk } from './testing';

const bureau = makeBureau();
const names = personLabels(bureau.members, bureau.branches);
const unit = { name: '示例市经济局', orgName: '中共示例市经济局机关委员会' };
const xml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']);

describe('talk documents', () => {
  it('the 谈心计划表 lists who talks with whom, when, where and why, by date; cancelled talks are left out', () => {
    const talks = [
      talk('sun', 'wangwei', { reasons: ['secretaryMember', 'leaderBranch'], date: '2005-09-09', time: '09:00', place: '党员活动室', topic: '听取对支部工作的意见' }),
      talk('chen', 'wang', { reasons: ['headTeam', 'leaderBranch'], date: '2005-09-08', time: '15:00', place: '局长办公室' }),
      talk('zhou', 'deng', { reasons: ['secretaryMember'] }),
      talk('wu', 'zheng', { reasons: ['secretaryMember'], status: 'cancelled', date: '2005-09-08', time: '09:00' }),
    ];
    const m = talkPlanModel(unit, talks, names, '2005-09-06');
    expect(m.rows.map((r) => [r.initiator, r.partner, r.relation, r.date, r.place])).toEqual([
      ['陈国栋', '王建华', '主要领导与\n班子成员\n领导干部与\n本支部党员', '9月8日\n15:00', '局长办公室'],
      ['孙丽萍', '王伟（办公室科员）', '支部书记\n与党员\n领导干部与\n本支部党员', '9月9日\n09:00', '党员活动室'],
      ['周海涛', '邓红梅', '支部书记\n与党员', '', ''],
    ]);
    expect(m.signature).toEqual({ name: '中共示例市经济局机关委员会', date: '2005-09-06' });
  });

  it('prints the plan with the hour and a done talk\'s record with its note', async () => {
    const planned = talk('chen', 'wang', { reasons: ['headTeam'], date: '2005-09-08', time: '15:00', place: '局长办公室', topic: '交换对班子作风的意见' });
    const plan = xml(await buildTalkPlan(talkPlanModel(unit, [planned], names, '2005-09-06')));
    for (const text of ['示例市经济局谈心谈话计划表', '陈国栋', '王建华', '9月8日', '15:00', '局长办公室', '交换对班子作风的意见']) {
      expect(plan.includes(text), text).toBe(true);
    }
    const held = doneTalk('chen', 'wang', { note: '王建华同志谈了分管科室作风方面的问题，表示立即整改', time: '15:00', date: '2005-09-08', doneOn: '2005-09-08' });
    const model = talkRecordModel(unit, held, names);
    expect(model).toMatchObject({ initiator: '陈国栋', partner: '王建华', time: '2005-09-08T15:00', place: '党员活动室' });
    const record = xml(await buildTalkRecord(model));
    expect(record.includes('表示立即整改')).toBe(true);
    expect(record.includes('下午3时')).toBe(true);
    // Held on another day than planned: the planned hour is not printed as if it were true.
    expect(talkRecordModel(unit, { ...held, doneOn: '2005-09-09' }, names).time).toBe('2005-09-09');
  });
});
