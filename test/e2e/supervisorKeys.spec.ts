import { expect, test } from '@playwright/test';
import { pinToday } from './pages/app';
import { consoleProblems, makeBundles, SupervisorDesk, supervisorShot } from './pages/supervisor';

test('R-SUPERVISE: a unit’s bundle signed with another key is held, not imported; after a phone check the new key is accepted, and an impostor’s is discarded with nothing changed', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const logged = consoleProblems(page);
  await pinToday(page, '2005-09-20T10:00:00+08:00');
  // The unit's first bundle; the same unit from its new PC two days later; then someone else's
  // file in its name, later still.
  const [first, newPc, impostor] = makeBundles(test.info().outputPath('bundles'), [
    { name: '东城区商务局', exportedAt: '2005-09-13T17:05:00.000+08:00' },
    { name: '东城区商务局', exportedAt: '2005-09-15T09:10:00.000+08:00', againOf: 0, file: '东城区商务局-新电脑' },
    { name: '东城区商务局', exportedAt: '2005-09-16T11:00:00.000+08:00', againOf: 0, file: '东城区商务局-来历不明' },
  ]);
  expect(newPc.unitId).toBe(first.unitId);

  const desk = new SupervisorDesk(page);
  // Which of the unit's bundles the workspace holds: its export time, on the read-only banner.
  const expectExported = async (when: string) => {
    await desk.go('各单位进度');
    await desk.boardRow('东城区商务局').getByTestId('open-unit').click();
    await expect(page.getByTestId('read-only-banner')).toContainText(`导出于 ${when}`);
    await page.getByRole('button', { name: '返回督导组工作台' }).click();
  };
  await desk.openFromWelcome();
  await desk.go('导入数据包');
  await desk.pick([first.file]);
  await desk.apply();
  await expectExported('2005年9月13日 17:05');

  // Another key for a unit already imported: held, with both fingerprints, nothing replaced.
  await desk.go('导入数据包');
  await desk.pick([newPc.file]);
  const row = desk.previewRow('东城区商务局-新电脑.pytb');
  await expect(row).toContainText('换了签名密钥');
  await expect(row).toContainText('请与该单位电话核对后决定');
  await desk.apply();
  await expect(page.getByTestId('import-result')).toContainText('暂存');
  const held = page.getByTestId('held');
  await expect(held.getByRole('row')).toHaveCount(2);
  const cells = held.getByRole('row').nth(1).getByRole('cell');
  const heldPrint = (await cells.nth(2).innerText()).trim();
  const oldPrint = (await cells.nth(3).innerText()).trim();
  expect(heldPrint).toMatch(/\d{4}/);
  expect(oldPrint).toMatch(/\d{4}/);
  expect(heldPrint).not.toBe(oldPrint);
  await supervisorShot(page, '07-held');
  await expectExported('2005年9月13日 17:05');

  // Checked by phone: the new key is accepted and its (newer) bundle imported.
  await desk.go('导入数据包');
  await held.getByText('改用新密钥', { exact: true }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '已核对，改用新密钥' }).click();
  await expect(page.getByText(`已改用新的签名密钥（指纹 ${heldPrint}），并导入了这份数据包`)).toBeVisible();
  await expect(held).toHaveCount(0);
  await expectExported('2005年9月15日 09:10');

  // A file in the unit's name with yet another key: held against the key accepted now, then discarded.
  await desk.go('导入数据包');
  await desk.pick([impostor.file]);
  await expect(desk.previewRow('东城区商务局-来历不明.pytb')).toContainText(`已有的指纹 ${heldPrint}`);
  await desk.apply();
  await held.getByText('丢弃', { exact: true }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: /丢\s*弃/ }).click();
  await expect(page.getByText('已丢弃')).toBeVisible();
  await expect(held).toHaveCount(0);
  await expectExported('2005年9月15日 09:10');
  expect(logged, 'the console stays clean').toEqual([]);
});
