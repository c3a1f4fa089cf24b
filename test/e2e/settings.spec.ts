import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { readRosterFile } from '../../renderer/features/members/io/readRosterFile';
import { UnitNav, WelcomePage, chooseOption, pinToday } from './pages/app';

async function download(page: Page, click: () => Promise<void>): Promise<Uint8Array> {
  const d = page.waitForEvent('download');
  await click();
  return new Uint8Array(readFileSync(await (await d).path()));
}

test.beforeEach(async ({ page }) => {
  await pinToday(page, '2026-09-10T10:00:00+08:00');
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await welcome.openDemo();
  await expect(page.getByTestId('current-stage')).toContainText('分析评议阶段');
});

test('document fonts are settings: switching to Windows fonts changes the Word file', async ({ page }) => {
  const nav = new UnitNav(page);
  await nav.go('单位与设置');
  const fonts = page.locator('.ant-card', { hasText: '公文字体' });
  await fonts.getByLabel('正文').click();
  await chooseOption(page, '仿宋');
  await fonts.getByRole('button', { name: '保存字体' }).click();
  await expect(page.getByText('字体设置已保存')).toBeVisible();

  await nav.go('打印材料');
  const zip = unzipSync(await download(page, () => page.getByTestId('export-stagePlan').click()));
  const styles = strFromU8(zip['word/styles.xml']);
  expect(styles.includes('w:eastAsia="仿宋"'), 'body font 仿宋 in styles.xml').toBe(true);
  expect(styles.includes('仿宋_GB2312'), 'no 仿宋_GB2312 left').toBe(false);
});

test('a city-set threshold changes only with a reason, and the change is recorded', async ({ page }) => {
  const nav = new UnitNav(page);
  await nav.go('单位与设置');
  const card = page.locator('.ant-card', { hasText: '市委规定的标准' });
  const row = card.locator('.ant-list-item', { hasText: '群众满意度' });
  await expect(row).toContainText('70%');
  await row.getByText('修改').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('spinbutton').fill('80');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog.getByText('请写明修改依据')).toBeVisible();
  await dialog.getByLabel('修改依据（如市委文件）').fill('市委先教办〔2005〕12号通知');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(row).toContainText('80%');
  await expect(card).toContainText('由 70% 改为 80%（市委先教办〔2005〕12号通知）');
  await nav.go('操作记录');
  await expect(page.getByRole('row', { name: /80%/ })).toBeVisible();
});

test('the roster: a party member needs a branch; a new person is found by search; the roster exports to Excel', async ({ page }) => {
  const nav = new UnitNav(page);
  await nav.go('党员名册');
  await page.getByRole('button', { name: '添加人员' }).click();
  const drawer = page.locator('.ant-drawer');
  await drawer.getByLabel('姓名').fill('钱学明');
  // Typed as rosters write it.
  await drawer.getByLabel('出生年月').fill('1968.05');
  await drawer.getByLabel('出生年月').press('Enter');
  await drawer.getByTestId('member-save').click();
  await expect(drawer.getByText('党员须选择所在支部')).toBeVisible();
  await drawer.getByLabel('所在支部').click();
  await chooseOption(page, '机关第二党支部');
  await drawer.getByTestId('member-save').click();
  await expect(page.getByText('已保存')).toBeVisible();
  await page.getByLabel('查找人员').fill('钱学明');
  await expect(page.locator('.ant-pagination-total-text')).toHaveText('共 1 人');
  await expect(page.getByRole('row', { name: /钱学明/ })).toContainText('1968.05');
  await page.getByLabel('查找人员').fill('');

  const bytes = await download(page, () => page.getByRole('button', { name: '导出 Excel' }).click());
  // Read back with the app's own reader: what was exported imports again.
  const text = (await readRosterFile('名册.xlsx', bytes)).flat().map(String).join(' ');
  expect(text.includes('钱学明'), 'new member exported').toBe(true);
});
