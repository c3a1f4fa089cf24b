import { expect, test } from '@playwright/test';
import path from 'node:path';
import { RosterPage } from './pages/roster';
import { UnitNav, WelcomePage, outsideLocalhost, pinToday, recordRequests, shot } from './pages/app';

const ROSTER = path.resolve('test/fixtures/roster/awkward.xlsx');

test('first run: create the unit, import the awkward roster, stage 2 locked until the acceptance (R-STAGE-LOOKBACK)', async ({ page }) => {
  const requests = recordRequests(page);
  await pinToday(page, '2026-09-02T09:00:00+08:00');
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await shot(page, '01-welcome');

  // Bad input changes nothing and says why in Chinese.
  await page.getByRole('button', { name: '创建单位并开始' }).click();
  await expect(page.getByText('请填写单位名称')).toBeVisible();

  await welcome.createUnit({
    name: '某市经济局',
    orgName: '中共某市经济局机关委员会',
    parentOrg: '中共某市直属机关工作委员会',
    year: 2026,
    contact: '李建国',
  });
  await expect(page.getByTestId('unit-name')).toHaveText('中共某市经济局机关委员会');
  await expect(page.getByTestId('current-stage')).toContainText('学习动员阶段');
  await expect(page.getByTestId('focus-locked')).toContainText('尚未经督导组验收合格');

  // Import the roster as secretaries keep it: title row, odd headers, awkward dates, same names.
  const nav = new UnitNav(page);
  await nav.go('党员名册');
  const roster = new RosterPage(page);
  await roster.importFile(ROSTER);
  const summary = await roster.summary().innerText();
  const errors = Number(/(\d+) 行有错误/.exec(summary)?.[1]);
  const same = Number(/(\d+) 人同名/.exec(summary)?.[1]);
  const chosen = Number(/已勾选 (\d+) 人/.exec(summary)?.[1]);
  expect(errors).toBeGreaterThan(0);
  expect(same).toBeGreaterThanOrEqual(2);
  expect(chosen).toBeGreaterThan(10);
  await expect(page.getByText('将新建支部')).toBeVisible();
  await shot(page, '02-import-preview');
  await roster.confirmImport();
  await expect.poll(() => roster.total()).toBe(chosen);
  await shot(page, '03-roster');

  // The data survives a reload (IndexedDB), and the app reopens the last unit.
  await page.reload();
  await expect(page.getByTestId('unit-name')).toHaveText('中共某市经济局机关委员会');

  // Stage 2 locked with the reason; the 督导组's acceptance unlocks it.
  await nav.go('阶段与验收');
  await expect(page.getByTestId('stage-locked-analysis')).toContainText('学习动员阶段尚未经督导组验收合格');
  await shot(page, '04-stage-locked');
  const study = page.getByTestId('stage-study');
  await study.getByLabel('督导组同志').fill('王督导');
  await study.getByLabel('验收意见').fill('回头看扎实，补课到位，同意转入分析评议阶段');
  await study.getByTestId('record-acceptance-study').click();
  await expect(page.getByTestId('stage-locked-analysis')).toHaveCount(0);
  await expect(study).toContainText('验收合格');

  await nav.go('工作台');
  await expect(page.getByTestId('current-stage')).toContainText('分析评议阶段');
  await expect(page.getByTestId('focus-locked')).toHaveCount(0);
  await expect(page.getByTestId('next-actions')).toContainText('9月3日前：工作方案和动员讲话经督导组把关');
  await shot(page, '05-home-unlocked');

  expect(outsideLocalhost(requests)).toEqual([]);
});
