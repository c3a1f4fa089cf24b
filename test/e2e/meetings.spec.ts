import { expect, test } from '@playwright/test';
import { outsideLocalhost, pinToday, recordRequests } from './pages/app';
import { MeetingsPages, docxText } from './pages/meetings';

const BRANCH_MEETING = '机关第一党支部专题组织生活会';

test('R-MEET-SIX: a branch meeting is shut with named reasons, opens as the data is fixed, is held, minuted and exported', async ({ page }) => {
  test.setTimeout(240_000);
  const requests = recordRequests(page);
  const logged: string[] = [];
  page.on('console', (m) => {
    const known = m.location().url.endsWith('/favicon.ico') || m.text().includes('Applying inline style violates');
    if ((m.type() === 'error' || m.type() === 'warning') && !known) logged.push(m.text());
  });
  await pinToday(page, '2005-09-20T09:00:00+08:00');
  const mp = new MeetingsPages(page);
  await mp.restoreFixture();
  await mp.open();
  await expect(mp.row('领导班子专题民主生活会')).toContainText('未安排');
  await expect(mp.row(BRANCH_MEETING)).toContainText('5 人');
  await expect(page.getByTestId('meeting-checks')).toContainText('还没有安排领导班子专题民主生活会');
  await mp.shot('60-meetings-list');

  // The plan: date, time, place, host (the branch secretary, suggested), recorder, 列席, 上级党组织; no 督导组 yet.
  await page.getByTestId('plan-b1').click();
  const d = mp.dialog();
  await expect(d).toContainText(`安排会议：${BRANCH_MEETING}`);
  await d.getByPlaceholder('如 08:30').click();
  await d.getByPlaceholder('如 08:30').fill('08:30');
  await d.getByPlaceholder('如 08:30').press('Enter');
  await d.getByLabel('地点').fill('局机关三楼会议室');
  await expect(d.getByLabel('主持人')).toHaveValue('王芳');
  await d.getByLabel('记录人').fill('赵刚');
  // 列席: the roster's non-party people are offered; typing the name picks it.
  await d.getByLabel('列席的党外群众').click();
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="郑秀英（群众代表）"]')).toBeVisible();
  await d.getByLabel('列席的党外群众').fill('郑秀英');
  await d.getByLabel('列席的党外群众').press('Enter');
  await expect(d.locator('.ant-select-selection-item', { hasText: '郑秀英' })).toBeVisible();
  await d.getByLabel('列席的党外群众').press('Escape');
  await d.getByLabel('上级党组织参加人员1姓名').fill('高建华');
  await d.getByLabel('上级党组织参加人员1单位').fill('市直机关工委组织部');
  await mp.ok('保存安排');
  await expect(page.getByRole('heading', { name: BRANCH_MEETING })).toBeVisible();
  await expect(page.getByTestId('plan-card')).toContainText('郑秀英');

  // The gate is shut, each unmet condition in red with its people.
  await mp.expectMet(1, false);
  await expect(mp.gateDetail(1)).toHaveText('督导组还没有确认征求意见深入');
  await expect(mp.gateLine(1)).toContainText('数据：机关第一党支部 5 名党员都征求到了对本人的意见，意见的内容和范围没有空白');
  await expect(mp.gateDetail(2)).toHaveText('督导组还没有确认谈心广泛');
  await expect(mp.gateDetail(3)).toHaveText('机关第一党支部 1 名党员的党性分析材料未审阅通过：赵刚');
  await expect(mp.gateDetail(4)).toHaveText('还没有登记到会情况（应到 5 人，至少 4 人到会）');
  await expect(mp.gateDetail(5)).toHaveText('支部书记王芳还没有登记到会');
  await expect(mp.gateDetail(6)).toHaveText('还没有督导组的同志参加');
  await expect(page.getByTestId('hold-meeting')).toBeDisabled();
  await expect(page.getByTestId('hold-blocked')).toContainText('还有 6 项没有达到（第 1、2、3、4、5、6 项），会议不能召开。');
  await mp.shot('60-meetings-gate-shut');

  // 3: 赵刚's material is approved on its own page; the gate follows live.
  await page.getByRole('menuitem', { name: '党性分析材料' }).click();
  await expect(page.getByRole('row', { name: /^赵刚/ })).toContainText('已提交');
  await page.getByRole('row', { name: /^赵刚/ }).getByText('赵刚', { exact: true }).click();
  await expect(page.getByRole('heading', { name: '赵刚的党性分析材料' })).toBeVisible();
  // The text is loaded (the page refuses a review step while its editor differs from the saved text).
  await expect(page.getByLabel('存在的主要问题')).toHaveValue('理论学习不够系统，深入基层调研不够。');
  await page.getByRole('button', { name: '审阅通过', exact: true }).click();
  await expect(mp.dialog()).toContainText('审阅通过');
  await mp.ok(/确\s*定/);
  await expect(page.getByTestId('analysis-state').first()).toHaveText('审阅通过');
  await mp.open();
  await mp.row(BRANCH_MEETING).getByText(BRANCH_MEETING).click();
  await mp.expectMet(3, true);
  await expect(mp.gateDetail(3)).toHaveText('5 份党性分析材料都已审阅通过');

  // 4–5: attendance, all present first, then 孙海 (away) unticked with his reason.
  await page.getByTestId('all-present').click();
  await mp.attendanceRow('孙海').getByLabel('孙海到会').uncheck();
  await expect(mp.attendanceRow('孙海').getByLabel('孙海缺席原因')).toHaveValue('外出');
  await mp.attendanceRow('孙海').getByLabel('孙海缺席原因').fill('外出务工');
  await page.getByTestId('save-attendance').click();
  await expect(page.getByText('到会情况已保存')).toBeVisible();
  await mp.expectMet(4, true);
  await expect(mp.gateDetail(4)).toHaveText('应到 5 人，实到 4 人，达到规定的 80%；缺席：孙海（外出务工）');
  await expect(mp.gateDetail(5)).toHaveText('支部书记王芳到会');

  // 6: the 督导组 comes.
  await page.getByTestId('edit-plan').click();
  await mp.dialog().getByLabel('督导组参加人员').fill('刘志勇');
  await mp.ok('保存安排');
  await mp.expectMet(6, true);
  await expect(mp.gateDetail(6)).toHaveText('上级党组织：高建华（市直机关工委组织部）；督导组：刘志勇');

  // 1–2: the 督导组 confirms, seeing the data next to the button.
  for (const n of [1, 2]) {
    await page.getByTestId(`confirm-${n}`).click();
    await expect(mp.dialog()).toContainText('数据显示：');
    await expect(mp.dialog().getByLabel('确认的督导组同志')).toHaveValue('刘志勇');
    await mp.ok('记录确认');
    await mp.expectMet(n, true);
  }
  await expect(mp.gateDetail(2)).toHaveText(/^督导组刘志勇于2005年9月20日确认谈心广泛；机关第一党支部应谈 \d+ 对都已谈完$/);
  await mp.shot('60-meetings-gate-open');

  // Held.
  await page.getByTestId('hold-meeting').click();
  await mp.ok('登记召开');
  await expect(page.getByTestId('meeting-status')).toHaveText('已召开');
  await expect(page.getByTestId('gate-card')).toContainText('会议已于2005年9月20日召开');

  // The minutes, member by member: in person, orally (the frail retiree), in writing (the away member).
  const turn = async (name: string, analysis: string, critic?: [string, string], extra?: () => Promise<void>) => {
    await mp.minutesRow(name).getByRole('button', { name: `记录${name}的发言` }).click();
    await mp.dialog().getByLabel('党性分析发言（要点）').fill(analysis);
    if (critic) {
      await mp.dialog().getByLabel('第1条批评意见提出人').fill(critic[0]);
      await mp.dialog().getByLabel('第1条批评意见内容').fill(critic[1]);
    }
    if (extra) await extra();
    await mp.ok('保存发言');
    await expect(mp.dialog()).toHaveCount(0);
  };
  await turn('王芳', '对照党章，查找出服务意识不强的问题。', ['陈国强', '组织生活有时流于形式'], async () => {
    await mp.dialog().getByLabel('自我批评').fill('带头学习不够。');
    await mp.dialog().getByLabel('群众评议（列席群众的意见）').fill('郑秀英：办事热情，希望多下村。');
    await mp.dialog().getByLabel('点评人').fill('高建华');
    await mp.dialog().getByLabel('领导点评').fill('查找问题比较准。');
  });
  await turn('陈国强', '作为班长，带头查摆了调研不深的问题。', ['王芳', '开会多、下乡少']);
  await turn('赵刚', '财务审核把关不严。', ['吴敏', '报销审核太慢']);
  await expect(mp.dialog()).toHaveCount(0);
  await mp.minutesRow('钱德福').getByRole('button', { name: '记录钱德福的发言' }).click();
  await expect(mp.dialog().getByLabel('口头作党性分析（年老体弱）')).toBeChecked();
  await mp.dialog().getByLabel('党性分析发言（要点）').fill('年纪大了，学习跟不上，口头谈了认识。');
  await mp.dialog().getByLabel('第1条批评意见提出人').fill('王芳');
  await mp.dialog().getByLabel('第1条批评意见内容').fill('参加组织生活少');
  await mp.ok('保存发言');
  await mp.minutesRow('孙海').getByRole('button', { name: '记录孙海的发言' }).click();
  await expect(mp.dialog().getByLabel('书面提交（外出党员）')).toBeChecked();
  // In person is refused for someone not present, in the dialog, naming him.
  await mp.dialog().getByLabel('到会作党性分析').check();
  await mp.ok('保存发言');
  await expect(page.getByTestId('meeting-dialog-error')).toHaveText('孙海没有登记到会，不能记为“到会作党性分析”：外出或缺席的党员可以书面提交');
  await mp.dialog().getByLabel('书面提交（外出党员）').check();
  await mp.dialog().getByLabel('党性分析发言（要点）').fill('书面材料寄回，在会上宣读。');
  await mp.ok('保存发言');
  await expect(page.getByTestId('minutes-card')).toContainText('每名党员的党性分析都已记录。');
  await page.getByLabel('会议决定').fill('会上提出的意见纳入边议边改台账\n9月29日前完成群众满意度测评');
  await page.getByTestId('save-conclusions').click();
  await expect(page.getByText('会议决定已保存')).toBeVisible();
  await mp.shot('60-meetings-minutes');

  // Word, read back.
  const text = docxText(await mp.download(() => page.getByTestId('export-minutes').click()));
  for (const s of [
    '某市农业局机关第一党支部专题组织生活会记录',
    '2005年9月20日上午8时30分',
    '局机关三楼会议室',
    '应到5人，实到4人',
    '孙海（外出务工）',
    '郑秀英',
    '高建华（市直机关工委组织部）',
    '刘志勇（督导组）',
    '王芳同志（到会发言）',
    '钱德福同志（口头发言）',
    '孙海同志（书面提交）',
    '组织生活有时流于形式',
    '郑秀英：办事热情，希望多下村。',
    '领导点评（高建华）：',
    '9月29日前完成群众满意度测评',
  ]) {
    expect(text, s).toContain(s);
  }

  // The step's checks: this branch is done; the other branch and the leadership meeting are named.
  await page.getByText('返回会议一览').click();
  const checks = page.getByTestId('meeting-checks');
  await expect(checks).toContainText('3 名党员的党性分析还没有在支部会上作出（到会、口头或书面）：李明、吴敏、周华');
  await expect(checks).toContainText('陈国强未参加领导班子专题民主生活会（会议还没有安排）');
  await expect(checks).toContainText('机关第二党支部专题组织生活会还没有安排');
  await expect(checks).not.toContainText('机关第一党支部：');
  await expect(mp.row(BRANCH_MEETING)).toContainText('已召开');
  await mp.shot('60-meetings-list-after');

  // The home page's checklist decides the same items from the data.
  await page.getByRole('menuitem', { name: '工作台' }).click();
  await expect(page.getByText('3 名党员的党性分析还没有在支部会上作出（到会、口头或书面）：李明、吴敏、周华').first()).toBeVisible();
  expect(outsideLocalhost(requests)).toEqual([]);
  expect(logged, 'the console stays clean').toEqual([]);
});

test('R-MEET-SIX: the leadership meeting is for the team, led by the 党组书记: his absence and a short quorum keep it shut, by name', async ({ page }) => {
  await pinToday(page, '2005-09-20T09:00:00+08:00');
  const mp = new MeetingsPages(page);
  await mp.restoreFixture();
  await mp.open();
  await page.getByTestId('plan-dl').click();
  const d = mp.dialog();
  await expect(d.getByLabel('主持人')).toHaveValue('陈国强');
  await d.getByLabel('地点').fill('局党组会议室');
  await d.getByLabel('记录人').fill('王芳');
  await d.getByLabel('上级党组织参加人员1姓名').fill('高建华');
  await d.getByLabel('上级党组织参加人员1单位').fill('市委组织部');
  await d.getByLabel('督导组参加人员').fill('刘志勇、张华');
  await mp.ok('保存安排');
  await expect(page.getByRole('heading', { name: '领导班子专题民主生活会' })).toBeVisible();
  await expect(mp.gateLine(1)).toContainText('数据：领导班子 2 名成员都征求到了对本人的意见，意见的内容和范围没有空白');
  await expect(mp.gateDetail(3)).toHaveText('2 份党性分析材料都已审阅通过');
  await expect(mp.gateDetail(5)).toHaveText('党组书记陈国强还没有登记到会');
  await expect(mp.gateDetail(6)).toHaveText('上级党组织：高建华（市委组织部）；督导组：刘志勇、张华');

  await page.getByTestId('all-present').click();
  await mp.attendanceRow('陈国强').getByLabel('陈国强到会').uncheck();
  await mp.attendanceRow('陈国强').getByLabel('陈国强缺席原因').fill('到省里开会');
  await page.getByTestId('save-attendance').click();
  await expect(mp.gateDetail(4)).toHaveText('实到 1 人，不到应到 2 人的 80%（至少 2 人）；缺席：陈国强（到省里开会）');
  await expect(mp.gateDetail(5)).toHaveText('党组书记陈国强缺席（到省里开会）');
  await expect(page.getByTestId('gate-summary')).toHaveText('“六个不开”还有 4 项没达到');
  await expect(page.getByTestId('hold-meeting')).toBeDisabled();
  await mp.shot('60-meetings-leadership-shut');
});
