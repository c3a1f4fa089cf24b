import { expect, test } from '@playwright/test';
import { WelcomePage, shot } from './pages/app';

/** Opens the app's database at a later schema version from the page, as a newer build would. */
async function upgradeFromAnotherTab(page: import('@playwright/test').Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const probe = indexedDB.open('pingyitong');
        probe.onsuccess = () => {
          const version = probe.result.version;
          probe.result.close();
          const req = indexedDB.open('pingyitong', version + 10);
          req.onsuccess = () => {
            req.result.close();
            resolve();
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

test('an upgrade from another window asks this one to reload instead of writing on', async ({ context, page }) => {
  const welcome = new WelcomePage(page);
  await welcome.goto();
  await welcome.openDemo();
  await expect(page.getByTestId('current-stage')).toBeVisible();
  const other = await context.newPage();
  await other.goto('/');
  await upgradeFromAnotherTab(other);
  await expect(page.getByTestId('db-reload')).toContainText('已在另一个窗口中升级了数据');
  await shot(page, '40-db-reload');
  await other.close();
});

test('a database newer than this build is refused with a message, not opened', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '欢迎使用评议通' })).toBeVisible();
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('pingyitong', 9990);
        req.onsuccess = () => {
          req.result.close();
          resolve();
        };
        req.onerror = () => reject(req.error);
      }),
  );
  await page.reload();
  await expect(page.getByTestId('db-failed')).toContainText('来自更新版本的评议通');
});
