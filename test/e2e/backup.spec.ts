import { expect, test } from '@playwright/test';
import { UnitNav, WelcomePage, pinToday, shot } from './pages/app';

test('deleting a unit saves a backup first, and the backup restores the unit whole', async ({ page }) => {
  await pinToday(page, '2026-09-10T10:00:00+08:00');
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await welcome.openDemo();
  await expect(page.getByTestId('current-stage')).toContainText('分析评议阶段');
  const nav = new UnitNav(page);
  await nav.go('党员名册');
  const total = await page.locator('.ant-pagination-total-text').innerText();

  await nav.go('单位与设置');
  await page.getByRole('button', { name: '删除本单位' }).click();
  const dialog = page.getByRole('dialog');
  const confirm = dialog.getByRole('button', { name: '保存备份并删除' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel('输入单位名称确认删除').fill('示例市经济局');
  const download = page.waitForEvent('download');
  await confirm.click();
  const backup = await (await download).path();
  // A browser cannot tell whether the download was kept, so it asks before deleting.
  await page.getByRole('button', { name: '已保存，继续' }).click();
  await expect(page.getByRole('heading', { name: '欢迎使用评议通' })).toBeVisible();

  // On the welcome screen (as on a new PC), the backup brings the unit back.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从备份恢复' }).click();
  await (await chooser).setFiles(backup);
  await expect(page.getByRole('dialog')).toContainText('本机没有这个单位');
  await page.getByRole('dialog').getByRole('button', { name: /恢\s*复/ }).click();
  await expect(page.getByTestId('unit-name')).toHaveText('中共示例市经济局机关委员会');
  await expect(page.getByTestId('mobilise-card')).toContainText('已完成');
  await nav.go('党员名册');
  await expect(page.locator('.ant-pagination-total-text')).toHaveText(total);
});

test('a file that is not a backup is refused in Chinese and nothing changes', async ({ page }) => {
  const welcome = new WelcomePage(page);
  await welcome.goto();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从备份恢复' }).click();
  await (await chooser).setFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
  await expect(page.getByText(/无法恢复：.*不是评议通的备份文件/)).toBeVisible();
  await expect(page.getByText('已有单位')).toHaveCount(0);
});

test('a backup from the first version restores: 分管 now names an office, and the unit opens', async ({ page }) => {
  await pinToday(page, '2005-09-10T10:00:00+08:00');
  const welcome = new WelcomePage(page);
  await welcome.goto();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从备份恢复' }).click();
  await (await chooser).setFiles('test/fixtures/backup/unit-backup-v1.json');
  await expect(page.getByRole('dialog')).toContainText('本机没有这个单位');
  await page.getByRole('dialog').getByRole('button', { name: /恢\s*复/ }).click();
  await expect(page.getByTestId('unit-name')).toHaveText('中共示例市财政局机关委员会');
  await expect(page.getByTestId('current-stage')).toContainText('分析评议阶段');
  const nav = new UnitNav(page);
  await nav.go('党员名册');
  await expect(page.locator('.ant-pagination-total-text')).toContainText('共 6 人');
  await page.getByRole('button', { name: '管理科室' }).click();
  const offices = page.getByRole('dialog', { name: '内设科室和二级单位' });
  const row = offices.getByRole('row').filter({ hasText: '离退休干部党支部' });
  await expect(row).toContainText('李明');
  await page.waitForTimeout(500); // let the dialog finish opening before the picture
  await shot(page, '30-v1-backup-offices');
});

test('automatic backups: one a day on opening, listed with dates, restorable with a preview', async ({ page }) => {
  await pinToday(page, '2026-09-10T10:00:00+08:00');
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await welcome.openDemo();
  await expect(page.getByTestId('current-stage')).toBeVisible();
  const nav = new UnitNav(page);
  await nav.go('单位与设置');
  const card = page.getByTestId('auto-backups');
  await expect(card.getByRole('listitem')).toHaveCount(1);
  await expect(card).toContainText('每日自动');
  await card.getByText('查看并恢复').click();
  const dialog = page.getByRole('dialog', { name: '从备份恢复单位' });
  await expect(dialog.getByTestId('restore-summary')).toContainText('中共示例市经济局机关委员会');
  await expect(dialog).toContainText('每日自动的自动备份');
  await dialog.getByText('作为一个新单位恢复').click();
  await dialog.getByRole('button', { name: /恢\s*复/ }).click();
  await expect(page.getByRole('combobox', { name: '切换单位' })).toBeVisible();
  await expect(page.getByText('已恢复单位：示例市经济局（恢复）')).toBeVisible();
  await shot(page, '31-auto-backup-restored');
});
