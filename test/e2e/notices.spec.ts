import { expect, test } from '@playwright/test';
import path from 'node:path';
import { UnitNav, WelcomePage, pinToday } from './pages/app';
import { NoticesPage, putRecords, readRoster } from './pages/notices';
import { RosterPage } from './pages/roster';
import { SurveyPage, checklistDetail, consoleProblems, quietShot } from './pages/survey';

const ROSTER = path.resolve('test/fixtures/roster/awkward.xlsx');
const SHOTS = '/tmp/notices-results';
const T = '2005-09-24T09:00:00.000+08:00';

test.beforeEach(async ({ page }) => {
  await pinToday(page, '2005-09-27T10:00:00+08:00');
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await welcome.createUnit({ name: '某市经济局', orgName: '中共某市经济局机关委员会', parentOrg: '中共某市直属机关工作委员会', year: 2005, contact: '李建国' });
  await expect(page.getByTestId('unit-name')).toHaveText('中共某市经济局机关委员会');
  await new UnitNav(page).go('党员名册');
  const roster = new RosterPage(page);
  await roster.importFile(ROSTER);
  await roster.confirmImport();
});

test('R-NOTICE-BRANCH, R-NOTICE-LEADERSHIP: both notices prefilled from the meetings, the evaluation and the ledger, edited, given in order, printed and read back', async ({ page }) => {
  const errors = consoleProblems(page);
  const { unitId, branches, people } = await readRoster(page);
  const branch = branches.find((b) => b.name === '机关第一党支部')!;
  const party = people.filter((p) => p.kind === 'party' && p.branchId === branch.id);
  expect(party.length).toBeGreaterThanOrEqual(4);
  const [absent, speaker, second, lastOut] = party;
  const evaluation = (memberId: string) => ({
    id: `e-${memberId}`, unitId, memberId, fulfils: true, qualified: true, opinion: '能够履行党员义务，符合党员条件', distinctions: {}, decidedOn: '2005-09-25', createdAt: T, updatedAt: T,
  });
  const meeting = { unitId, status: 'held', place: '机关三楼会议室', nonParty: [], higherNames: [], higherOrgs: [], agenda: [], heldAt: T, createdAt: T, updatedAt: T };
  const turn = { unitId, presentation: 'inPerson', criticFrom: [], criticisms: [], createdAt: T, updatedAt: T };
  await putRecords(page, 'specialMeetings', [
    { ...meeting, id: 'm-dl', kind: 'democraticLife', date: '2005-09-24', place: '局党组会议室', hostName: speaker.name, recorderName: second.name, supervisorNames: ['高建华'] },
    { ...meeting, id: 'm-org', kind: 'orgLife', branchId: branch.id, date: '2005-09-25', hostName: speaker.name, recorderName: second.name, nonParty: ['周大姐'], supervisorNames: ['高建华'], conclusions: '坚持边议边改，转入整改提高阶段' },
  ]);
  await putRecords(page, 'meetingAttendance', party.map((p) => ({ id: `a-${p.id}`, unitId, meetingId: 'm-org', memberId: p.id, present: p !== absent, ...(p === absent ? { absentReason: '外出务工' } : {}), createdAt: T, updatedAt: T })));
  await putRecords(page, 'meetingTurns', [
    { ...turn, id: 't1', meetingId: 'm-org', memberId: speaker.id, order: 1, analysis: '理论学习不够深入，联系群众不够紧密' },
    { ...turn, id: 't2', meetingId: 'm-org', memberId: second.id, order: 2, analysis: '工作作风不够扎实' },
    { ...turn, id: 't3', meetingId: 'm-dl', memberId: speaker.id, order: 1, analysis: '深入基层调查研究不够' },
  ]);
  await putRecords(page, 'evaluations', party.filter((p) => p !== lastOut).map((p) => evaluation(p.id)));
  await putRecords(page, 'fixItems', [
    { id: 'f1', unitId, opinionIds: [], problem: '办事要跑好几趟', measure: '实行首问负责制和限时办结制', ownerId: speaker.id, ownerName: speaker.name, deadline: '2005-09-30', status: 'open', order: 0, createdAt: T, updatedAt: T },
  ]);

  const notices = new NoticesPage(page);
  await notices.open();

  // The leadership notice: drafted from the 专题民主生活会 and the ledger, edited, given, printed.
  await expect(notices.leadership()).toContainText('2005年9月24日已召开');
  await page.getByTestId('notice-edit-leadership').click();
  const d = notices.dialog();
  await expect(d.getByLabel('一、专题民主生活会基本情况')).toHaveValue(/2005年9月24日，中共某市经济局机关委员会领导班子在局党组会议室召开专题民主生活会/);
  await expect(d.getByLabel('二、查摆出的主要问题')).toHaveValue(`${speaker.name}：深入基层调查研究不够`);
  await expect(d.getByLabel('三、整改措施')).toHaveValue(`实行首问负责制和限时办结制（${speaker.name}负责，2005年9月30日前完成）`);
  await d.getByLabel('二、查摆出的主要问题').fill(`${speaker.name}：深入基层调查研究不够\n班子成员之间谈心交心不够`);
  await quietShot(page, `${SHOTS}/64-notice-editor.png`);
  await d.getByRole('button', { name: /保\s*存/ }).click();
  await expect(d).toHaveCount(0);
  await notices.give('notice-give-leadership', '召开通报会');
  await expect(notices.dialog()).toHaveCount(0);
  await expect(notices.leadership()).toContainText('2005年9月27日已通报（召开通报会）');

  // The branch notice: the meeting, who was absent and why, the members' problems, the evaluation in counts.
  const row = notices.branchRow(branch.name);
  await expect(row).toContainText('2005年9月25日已召开');
  await expect(row).toContainText(`未评议：${lastOut.name}`);
  await page.getByTestId(`notice-edit-${branch.id}`).click();
  await expect(d.getByLabel('一、专题组织生活会召开情况')).toHaveValue(new RegExp(`应到党员${party.length}名，实到${party.length - 1}名，${absent.name}因外出务工缺席。督导组高建华到会指导。邀请群众代表周大姐列席。`));
  await expect(d.getByLabel('二、党员查摆的主要问题')).toHaveValue(`${speaker.name}：理论学习不够深入，联系群众不够紧密\n${second.name}：工作作风不够扎实`);
  await expect(d.getByLabel('四、民主评议党员结果')).toHaveValue(new RegExp(`支部对${party.length - 1}名党员逐一提出了评议意见.*尚有1名党员的评议意见待定`));
  await d.getByRole('button', { name: /保\s*存/ }).click();
  await expect(d).toHaveCount(0);

  // Given before every member is evaluated: refused, naming who.
  await page.getByTestId(`notice-give-${branch.id}`).click();
  await expect(notices.dialog()).toContainText(`1 名党员还没有评议意见，评议完成后才能通报：${lastOut.name}`);
  await notices.dialog().getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.locator('.ant-message').getByText(`1 名党员还没有评议意见，评议完成后才能通报：${lastOut.name}`)).toBeVisible();
  await notices.dialog().getByRole('button', { name: /取\s*消/ }).click();
  await expect(row).toContainText('已起草，未通报');

  // The last member evaluated: the draft is filled again from the records, then edited.
  await putRecords(page, 'evaluations', [evaluation(lastOut.id)]);
  await new UnitNav(page).go('工作台');
  await notices.open();
  await expect(row).toContainText(`${party.length} 名党员都已评议`);
  await page.getByTestId(`notice-edit-${branch.id}`).click();
  await d.getByRole('button', { name: '按最新记录重新填写' }).click();
  await page.locator('.ant-popconfirm:visible').getByRole('button', { name: '重新填写' }).click();
  await expect(d.getByLabel('四、民主评议党员结果')).toHaveValue(new RegExp(`支部对${party.length}名党员逐一提出了评议意见。${party.length}名党员都能履行党员义务、符合党员条件。`));
  await d.getByLabel('三、今后努力方向').fill('坚持用党章规范党员行为，巩固和扩大分析评议成果');
  await d.getByRole('button', { name: /保\s*存/ }).click();
  await expect(d).toHaveCount(0);
  await notices.give(`notice-give-${branch.id}`, '张榜公布');
  await expect(notices.dialog()).toHaveCount(0);
  await expect(row).toContainText('2005年9月27日已通报（张榜公布）');
  await quietShot(page, `${SHOTS}/64-notices.png`);

  const survey = new SurveyPage(page);
  const branchText = await survey.docxText(() => page.getByTestId(`notice-export-${branch.id}`).click());
  for (const s of [
    `某市经济局${branch.name}关于召开专题组织生活会和开展民主评议党员情况的通报`,
    '全体党员和群众：',
    `${absent.name}因外出务工缺席`,
    `${speaker.name}：理论学习不够深入，联系群众不够紧密`,
    '针对查摆出的问题，制定了以下整改措施：',
    '坚持用党章规范党员行为，巩固和扩大分析评议成果',
    '四、民主评议党员结果',
    `支部对${party.length}名党员逐一提出了评议意见`,
    '2005年9月27日',
  ]) {
    expect(branchText, s).toContain(s);
  }
  for (const grade of ['优秀', '合格', '格次', '票']) expect(branchText, grade).not.toContain(grade);
  const leadershipText = await survey.docxText(() => page.getByTestId('notice-export-leadership').click());
  for (const s of ['中共某市经济局机关委员会关于领导班子专题民主生活会情况的通报', '全体干部职工：', '一、专题民主生活会基本情况', '班子成员之间谈心交心不够', '三、整改措施', '实行首问负责制和限时办结制']) {
    expect(leadershipText, s).toContain(s);
  }

  // The checklist: the leadership notice is met; the branches still to inform are named.
  await new UnitNav(page).go('工作台');
  const others = branches.filter((b) => b.id !== branch.id).map((b) => b.name);
  expect(await checklistDetail(page, 'notices.branch', '各支部向群众通报民主评议情况')).toContain(`${others.length} 个支部尚未向群众通报：`);
  expect(await checklistDetail(page, 'notices.branch', '各支部向群众通报民主评议情况')).not.toContain(branch.name);
  expect(await checklistDetail(page, 'notices.leadership', '向干部群众通报领导班子专题民主生活会情况')).toContain('已于2005年9月27日以“召开通报会”方式通报');
  expect(errors).toEqual([]);
});
