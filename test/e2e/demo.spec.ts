import { expect, test } from '@playwright/test';
import { UnitNav, WelcomePage, outsideLocalhost, pinToday, recordRequests, shot } from './pages/app';

test('the demo unit opens as a living app on its 演示日期, whatever the PC’s date, and nothing leaves localhost', async ({ page }) => {
  const requests = recordRequests(page);
  // Long after the campaign: every page must still count from the demo's 2005年9月13日.
  await pinToday(page, '2026-11-27T10:00:00+08:00');
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await welcome.openDemo();
  const demoToday = page.getByTestId('demo-today');
  await expect(demoToday).toHaveText('演示日期 2005年9月13日');
  await demoToday.hover();
  await expect(page.getByRole('tooltip').filter({ hasText: '期限、剩余天数和是否超期都从这一天算起' })).toBeVisible();
  await expect(page.getByTestId('current-stage')).toContainText('分析评议阶段');
  await expect(page.getByTestId('days-left')).toHaveText('距完成还有 17 天');
  await expect(page.getByTestId('mobilise-card')).toContainText('已完成');
  await expect(page.getByTestId('next-actions').locator('.ant-list-item')).toHaveCount(3);
  await expect(page.getByTestId('overdue')).toContainText('制定谈心计划');

  // The new steps' items are decided by the demo's records and name who or what is missing.
  await expect(page.getByTestId('detail-talks.plan')).toContainText(/对谈心还没有安排时间、地点：.*王建华/);
  await expect(page.getByTestId('detail-talks.leaderAll')).toContainText('陈国栋已谈');
  await expect(page.getByTestId('detail-opinions.content')).toContainText('领导班子的理想信念');
  await expect(page.getByTestId('detail-throughout.fixNow')).toContainText('1 项整改已过期：“企业诉求回复不及时');
  await expect(page.getByTestId('detail-throughout.study')).toContainText('蒋卫东');
  await page.mouse.move(0, 0);
  await expect(page.getByRole('tooltip').filter({ hasText: '期限、剩余天数' })).toBeHidden();
  await shot(page, '10-demo-home');

  const nav = new UnitNav(page);
  await nav.go('党员名册');
  await expect(page.locator('.ant-pagination-total-text')).toContainText(/共 \d+ 人/);
  await shot(page, '11-demo-roster');
  await nav.go('阶段工作方案');
  await expect(page.getByTestId('plan-state')).toBeVisible();
  await shot(page, '12-demo-plan');
  await nav.go('转段动员会');
  await expect(page.getByTestId('mobilise-status')).toContainText('转段动员已按要求完成');
  await expect(page.getByLabel('会上进行了骨干人员培训')).toBeChecked();
  await shot(page, '13-demo-mobilise');
  await nav.go('阶段与验收');
  await expect(page.getByTestId('stage-analysis')).toContainText('当前阶段');
  await shot(page, '14-demo-stages');
  await nav.go('单位与设置');
  await expect(page.getByText('市委规定的标准')).toBeVisible();
  await shot(page, '15-demo-settings');
  await nav.go('操作记录');
  await expect(page.getByText(/共 \d+ 条/)).toBeVisible();

  expect(outsideLocalhost(requests)).toEqual([]);
});

test('R-STAGE-MOBILISE: a unit that has not mobilised by 9月4日 sees it in red', async ({ page }) => {
  await pinToday(page, '2026-09-08T10:00:00+08:00');
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await welcome.createUnit({ name: '某县教育局', orgName: '中共某县教育局党组', parentOrg: '中共某县委', year: 2026, contact: '张华' });
  await expect(page.getByTestId('mobilise-card')).toContainText('已超期');
  await expect(page.getByTestId('mobilise-card').locator('.ant-statistic-content')).toHaveCSS('color', 'rgb(207, 19, 34)');
});
