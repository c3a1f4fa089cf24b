import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { UnitNav, WelcomePage, outsideLocalhost, pinToday, recordRequests, shot } from './pages/app';
import { RosterPage } from './pages/roster';
import { TalksPage, downloadedDocXml } from './pages/talks';

const ROSTER = path.resolve('test/fixtures/roster/awkward.xlsx');
const PAIRS_ITEM = '班子成员之间、书记与党员、党员之间、党员与群众普遍谈心';
const PLAN_ITEM = '制定谈心计划（谁和谁谈、什么时间谈）';

/** The home page's checklist line shows its detail: who or what is still missing. */
async function expectChecklistDetail(page: Page, title: string, detail: RegExp) {
  await expect(page.getByRole('listitem').filter({ hasText: title })).toContainText(detail);
}

test('R-TALK-PLAN: talks are generated from the roster, a double booking is refused, a talk is recorded, and coverage and the home page follow', async ({ page }) => {
  const requests = recordRequests(page);
  // Console errors and warnings, less the <style> writes of rc-components the CSP refuses knowingly
  // (electron/main/csp.ts says why) and the browser's own request for a favicon the web build has not.
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'error' && m.type() !== 'warning') return;
    if (/^Applying inline style violates the following Content Security Policy directive 'style-src /.test(m.text())) return;
    if (m.location().url.endsWith('/favicon.ico')) return;
    problems.push(`${m.text()} ${m.location().url}`);
  });
  await pinToday(page, '2026-09-08T09:00:00+08:00');
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await welcome.createUnit({ name: '某市经济局', orgName: '中共某市经济局机关委员会', parentOrg: '中共某市直属机关工作委员会', year: 2026, contact: '李建国' });
  const nav = new UnitNav(page);
  await nav.go('党员名册');
  const roster = new RosterPage(page);
  await roster.importFile(ROSTER);
  await roster.confirmImport();

  // The home page names who has not talked yet, from the roster alone.
  await nav.go('工作台');
  await expectChecklistDetail(page, PAIRS_ITEM, /应谈 17 对已谈 0 对；17 人还没有谈心：褚红、冯刚、韩梅、黄丽、李建国、马强等 17 人/);
  await expectChecklistDetail(page, PLAN_ITEM, /17 对谈心还没有安排时间、地点（其中 17 对还没列入名单，请点“生成应谈名单”）：李建国—张志强、/);

  const talks = new TalksPage(page);
  await talks.open();
  await talks.generate();
  await expect(page.getByText('应谈名单已生成，新增 17 对')).toBeVisible();
  await expect(talks.row('李建国', '张志强')).toContainText('主要领导与班子成员');
  await expect(talks.row('李建国', '杨帆')).toContainText('领导干部与本支部党员');
  await expect(talks.row('李建国', '杨帆')).toContainText('待安排');

  // Booked in advance, with a prepared topic.
  await talks.filterPerson('杨帆');
  await expect(page.getByRole('row')).toHaveCount(3); // the header and 杨帆's two talks
  await talks.row('李建国', '杨帆').getByText('安排', { exact: true }).click();
  await talks.fillPlan({ date: '2026年9月8日', time: '15:00', place: '局长办公室', topic: '听取对机关作风的意见，反馈群众意见' });
  await expect(talks.dialog()).toBeHidden();
  await expect(talks.row('李建国', '杨帆')).toContainText('9月8日 15:00');
  await expect(talks.row('李建国', '杨帆')).toContainText('60 分钟');
  await expect(talks.row('李建国', '杨帆')).toContainText('已安排');

  // The same leader at an overlapping time is refused, naming the clash; nothing is saved.
  await page.getByLabel('只看某人的谈心').click();
  await page.getByLabel('只看某人的谈心').fill('黄丽');
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="黄丽"]').click();
  await talks.row('李建国', '黄丽').getByText('安排', { exact: true }).click();
  await talks.fillPlan({ date: '2026年9月8日', time: '15:30', place: '局长办公室' });
  await expect(page.getByTestId('talk-dialog-error')).toHaveText('李建国 9月8日 15:00 已安排与杨帆谈心');
  await shot(page, '54-talks-clash');
  await talks.dialog().getByRole('button', { name: /取\s*消/ }).click();
  await expect(talks.row('李建国', '黄丽')).toContainText('待安排');

  // Recorded with its day and a short note.
  await talks.filterPerson('杨帆');
  await talks.row('李建国', '杨帆').getByText('记为已谈').click();
  await talks.recordDone('杨帆同志谈了窗口服务中群众反映的问题，表示立即整改。');
  await expect(talks.row('李建国', '杨帆')).toContainText('已谈 9月8日');
  await shot(page, '54-talks-list');

  // Coverage: who has talked with whom, who has not yet.
  await talks.tab('谈心情况（按人）');
  await page.getByPlaceholder('查找姓名').fill('杨帆');
  const yang = page.getByRole('row', { name: /^杨帆/ });
  await expect(yang).toContainText('李建国');
  await expect(yang).toContainText('1 / 2');
  await expect(yang).toContainText('张志强');
  await expect(page.getByTestId('talk-silent')).toContainText('15 人还没有谈过心');
  await expect(page.getByTestId('talk-silent')).not.toContainText('杨帆');
  await page.getByPlaceholder('查找姓名').fill('');
  await shot(page, '54-talks-coverage');

  // Several talks of one leader booked one after another.
  await talks.tab('谈心安排和记录');
  await talks.filterPerson('张志强');
  await page.getByLabel('选择 张志强 与 韩梅').check();
  await page.getByLabel('选择 张志强 与 黄丽').check();
  await page.getByTestId('plan-row').click();
  await talks.fillPlan({ date: '2026年9月9日', time: '14:00', place: '党员活动室' });
  await expect(talks.dialog()).toBeHidden();
  await expect(talks.row('张志强', '韩梅')).toContainText('9月9日 14:00');
  await expect(talks.row('张志强', '韩梅')).toContainText('30 分钟');
  await expect(talks.row('张志强', '黄丽')).toContainText('9月9日 14:30');
  await expect(talks.row('张志强', '黄丽')).toContainText('30 分钟');

  // On paper: the plan with the hour, the record with the note.
  const plan = await downloadedDocXml(page, () => page.getByTestId('export-talk-plan').click());
  for (const text of ['某市经济局谈心谈话计划表', '李建国', '杨帆', '15:00', '局长办公室', '听取对机关作风的意见']) expect(plan.includes(text), text).toBe(true);
  await talks.filterPerson('杨帆');
  const record = await downloadedDocXml(page, () => talks.row('李建国', '杨帆').getByText('导出记录').click());
  expect(record.includes('表示立即整改'), 'note').toBe(true);

  // The home page follows: two fewer people without a talk, and 李建国 is no longer named.
  await nav.go('工作台');
  await expectChecklistDetail(page, PAIRS_ITEM, /应谈 17 对已谈 1 对；15 人还没有谈心：褚红、冯刚、韩梅、黄丽、马强、沈冰等 15 人；李建国、杨帆还有应谈的人没谈；2 名在职党员还没有与群众谈心：李建国、杨帆/);
  await expectChecklistDetail(page, PLAN_ITEM, /14 对谈心还没有安排时间、地点：/);
  await shot(page, '54-talks-home');

  // The app started again: the page opens on its first screen (counts and first page) as the
  // last session left it on disk, the same as it showed then.
  await talks.open();
  const rowsShown = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rowsShown.first()).toBeVisible();
  const shown = async () => ({ cards: await page.locator('.ant-statistic').allInnerTexts(), rows: await rowsShown.allInnerTexts() });
  const before = await shown();
  expect(before.rows.length).toBeGreaterThan(10);
  await page.reload();
  await talks.open();
  await expect(rowsShown.first()).toBeVisible();
  expect(await shown()).toEqual(before);

  expect(outsideLocalhost(requests)).toEqual([]);
  expect(problems).toEqual([]);
});

test('the talks page opens on its first screen and reads the rest when asked — another page, a filter, the coverage — with the same counts and order', async ({ page }) => {
  await pinToday(page, '2026-11-27T10:00:00+08:00');
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await welcome.openDemo();
  const talks = new TalksPage(page);
  await talks.open();
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows).toHaveCount(20);
  const all = page.locator('.ant-segmented-item').filter({ hasText: /^全部（\d+）$/ });
  const total = Number((await all.innerText()).match(/\d+/)![0]);
  expect(total).toBeGreaterThan(40);
  const cards = await page.locator('.ant-statistic').allInnerTexts();
  // Which talks the list shows, in order (their row keys).
  const shownIds = () => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row-key')));
  const firstPage = await shownIds();
  // 待安排 first: the first screen is the head of the whole list.
  await expect(rows.first()).toContainText('待安排');

  // Page 2: the whole list is read, and page 1 is what the first screen showed.
  await page.locator('.ant-pagination-item-2').click();
  await expect(page.locator('.ant-pagination-item-active')).toHaveText('2');
  await expect(rows).toHaveCount(20);
  expect(await shownIds()).not.toEqual(firstPage);
  await page.locator('.ant-pagination-item-1').click();
  await expect(rows.first()).toHaveAttribute('data-row-key', firstPage[0]!);
  expect(await shownIds()).toEqual(firstPage);
  expect(await page.locator('.ant-statistic').allInnerTexts()).toEqual(cards);
  await expect(page.locator('.ant-pagination-total-text')).toHaveText(`共 ${total} 条`);

  // A filter: only the talks held, as many as its label says.
  const done = page.locator('.ant-segmented-item').filter({ hasText: /^已谈（\d+）$/ });
  const held = Number((await done.innerText()).match(/\d+/)![0]);
  await done.click();
  await expect(page.locator('.ant-pagination-total-text')).toHaveText(`共 ${held} 条`);
  for (const stage of await page.getByTestId('talk-stage').allInnerTexts()) expect(stage).toMatch(/^已谈/);

  // The coverage per person.
  await talks.tab('谈心情况（按人）');
  await expect(page.getByPlaceholder('查找姓名')).toBeVisible();
});
