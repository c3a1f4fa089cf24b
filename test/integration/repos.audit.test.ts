import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import { openDb, type PytDb } from '../../renderer/db/db';
import { listAudit } from '../../renderer/db/repos/audit';
import {
  changeThreshold,
  extendSchedule,
  recordAcceptance,
  saveMeeting,
  savePlanAction,
  setTick,
  transitionPlanReview,
} from '../../renderer/db/repos/campaign';
import { deleteBranch, deleteMember, importMembers, saveBranch, saveMember } from '../../renderer/db/repos/members';
import { createUnit, updateUnit } from '../../renderer/db/repos/units';
import { defaultTemplate } from '@shared/campaign/defaultTemplate';

const template = defaultTemplate();
const open: PytDb[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

it('every write leaves its audit entry, newest first, with who and when', async () => {
  const db = await openDb(`repos-audit-${crypto.randomUUID()}`);
  open.push(db);
  let minute = 0;
  const ctx = () => ({ actor: '孙丽萍', now: `2005-09-02T08:${String(minute++).padStart(2, '0')}:00.000Z`, today: '2005-09-02', template });
  const draft = { name: '示例市财政局', orgName: '中共示例市财政局机关委员会', parentOrg: '', year: 2005, contact: '' };
  const unit = await createUnit(db, draft, ctx());
  const u = unit.id;
  await updateUnit(db, u, { ...draft, contact: '孙丽萍' }, ctx());
  const b = await saveBranch(db, u, { name: '机关第一党支部' }, ctx());
  const m = await saveMember(db, u, {
    kind: 'party', name: '王伟', branchId: b.id, roles: [], oversees: [], employment: 'working', frail: false, cannotWrite: false, away: null,
  }, ctx());
  await deleteMember(db, u, m.id, ctx());
  await deleteBranch(db, u, b.id, ctx());
  await importMembers(db, u, [{ line: 2, draft: { ...m, branchId: undefined }, branchName: '二支部', overseesNames: [] }], ctx());
  await recordAcceptance(db, u, { stageId: 'study', supervisor: '刘振华', date: '2005-09-01', opinion: '合格', passed: true }, ctx());
  await extendSchedule(db, u, 'analysis', '2005-10-08', '谈心未全覆盖', ctx());
  await setTick(db, u, 'transition.briefing', { done: true }, ctx());
  await savePlanAction(db, u, { stageId: 'analysis', title: '走访企业', description: '听取意见', due: '2005-09-12' }, ctx());
  await transitionPlanReview(db, u, 'analysis', 'submit', ctx());
  await saveMeeting(db, u, { kind: 'mobilise', date: '2005-09-03', place: '会议室', host: '王建华', supervisorsPresent: [] }, ctx());
  await changeThreshold(db, u, 'satisfactionRate', 0.8, '市委通知', ctx());

  const log = await listAudit(db, u);
  expect(log.map((a) => a.action)).toEqual([
    'threshold.change', 'meeting.create', 'planReview.submit', 'planAction.create', 'tick.done', 'schedule.extend',
    'acceptance.record', 'member.import', 'branch.delete', 'member.delete', 'member.create', 'branch.create',
    'unit.update', 'unit.create',
  ]);
  expect(log.every((a) => a.actor === '孙丽萍' && a.unitId === u && a.summary.length > 0)).toBe(true);
  expect(log.map((a) => a.at)).toEqual([...log.map((a) => a.at)].sort().reverse());
  expect(await listAudit(db, u, { limit: 3 })).toEqual(log.slice(0, 3));
});
