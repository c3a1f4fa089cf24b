import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readKeyFile, readReceipt } from '../../shared/bundle/receipt';
import { chooseOption, pinToday } from './pages/app';
import { consoleProblems, downloaded, makeBundles, SupervisorDesk, supervisorShot } from './pages/supervisor';

test('R-SUPERVISE: the 督导组 imports two units’ bundles and refuses a tampered one, sees them at a glance, opens one read-only, and signs an acceptance the unit can check', async ({ page }) => {
  test.setTimeout(180_000);
  const logged = consoleProblems(page);
  await pinToday(page, '2005-09-20T10:00:00+08:00');

  // Two units export on their own PCs; someone edits a copy of the second one's file.
  const [east, west] = makeBundles(test.info().outputPath('bundles'), [
    { name: '东城区商务局', exportedAt: '2005-09-13T17:05:00.000+08:00' },
    { name: '西城区教育局', exportedAt: '2005-09-14T16:30:00.000+08:00' },
  ]);
  const eastFile = east.file;
  const westFile = west.file;
  const forged = Buffer.from(westFile.buffer);
  forged[Math.floor(forged.length / 2)] ^= 0x20;

  const desk = new SupervisorDesk(page);
  await desk.openFromWelcome();
  await expect(page.getByText('还没有导入任何单位的数据包')).toBeVisible();
  await desk.go('导入数据包');
  await desk.pick([eastFile, westFile, { name: '西城区教育局-副本.pytb', mimeType: 'application/octet-stream', buffer: forged }]);

  // The preview: nothing written yet; the tampered file refused with its reason.
  await expect(desk.previewRow('东城区商务局.pytb')).toContainText('新单位，将导入');
  await expect(desk.previewRow('东城区商务局.pytb')).toContainText('2005年9月13日 17:05');
  await expect(desk.previewRow('东城区商务局.pytb')).toContainText('签名有效');
  await expect(desk.previewRow('西城区教育局.pytb')).toContainText('新单位，将导入');
  const refused = desk.previewRow('西城区教育局-副本.pytb');
  await expect(refused).toContainText('不能导入');
  await expect(refused).toContainText(/文件在导出后被改动过|与清单不符/);
  await expect(page.getByTestId('preview')).toContainText('新单位 2 个');
  await expect(page.getByTestId('apply-import')).toHaveText(/确认导入（2 个）/);
  await supervisorShot(page, '01-import-preview');
  await desk.apply();
  await expect(page.getByTestId('import-result')).toContainText('已导入');
  await supervisorShot(page, '02-import-result');

  // The dashboard: both units, their steps coloured, filters.
  await page.getByTestId('to-board').click();
  await expect(desk.boardRow('东城区商务局')).toBeVisible();
  await expect(desk.boardRow('西城区教育局')).toBeVisible();
  await expect(desk.boardRow('东城区商务局')).toContainText('分析评议阶段');
  await expect(desk.boardRow('东城区商务局').locator('[data-state]').first()).toBeVisible();
  await expect(page.getByTestId('chart-steps').locator('canvas')).toBeVisible();
  await page.getByLabel('按单位名称查找').fill('东城');
  await page.getByLabel('按单位名称查找').press('Enter');
  await expect(desk.boardRow('西城区教育局')).toHaveCount(0);
  await page.getByLabel('按单位名称查找').fill('');
  await page.getByLabel('按单位名称查找').press('Enter');
  await expect(desk.boardRow('西城区教育局')).toBeVisible();
  await desk.boardRow('东城区商务局').locator('.ant-table-row-expand-icon').click();
  await expect(page.getByTestId('unit-detail')).toContainText('还没有完成的事项');
  await supervisorShot(page, '03-dashboard');

  // A 典型, with its note.
  await desk.boardRow('西城区教育局').getByText('标为典型').click();
  const typical = page.getByRole('dialog', { name: '标为典型：西城区教育局' });
  await typical.getByLabel('典型在哪里（一两句）').fill('服务对象意见征求得广，边议边改见效快');
  await typical.getByLabel('标记人').fill('刘振华');
  await typical.getByRole('button', { name: /保\s*存/ }).click();
  await expect(desk.boardRow('西城区教育局')).toContainText('典型');

  // A unit opened read-only: the unit's own pages, and a write is refused with the reason.
  await desk.boardRow('东城区商务局').getByTestId('open-unit').click();
  await expect(page.getByTestId('read-only-banner')).toContainText('督导组查看：东城区商务局的数据包（导出于 2005年9月13日 17:05）');
  await expect(page.getByTestId('current-stage')).toContainText('分析评议阶段');
  await supervisorShot(page, '04-unit-read-only');
  await page.getByRole('menuitem', { name: '党员名册' }).click();
  const total = await page.locator('.ant-pagination-total-text').innerText();
  await page.getByRole('button', { name: '添加人员' }).click();
  const drawer = page.locator('.ant-drawer');
  await drawer.getByLabel('姓名').fill('钱学明');
  await drawer.getByLabel('所在支部').click();
  await chooseOption(page, '机关第二党支部');
  await drawer.getByTestId('member-save').click();
  await expect(page.getByText('督导组工作台中的单位数据来自单位的数据包，只能查看，不能修改')).toBeVisible();
  await drawer.getByRole('button', { name: /取\s*消/ }).click();
  await expect(page.locator('.ant-pagination-total-text')).toHaveText(total);
  await page.getByRole('button', { name: '返回督导组工作台' }).click();
  await expect(desk.boardRow('东城区商务局')).toBeVisible();

  // The group's key file, its fingerprint shown large for the phone.
  await desk.saveProfile('市先进性教育活动第三督导组', '刘振华');
  const print = (await page.getByTestId('fingerprint').innerText()).trim();
  expect(print).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
  const key = readKeyFile(await desk.exportKey());
  expect(key.ok && key.value).toMatchObject({ group: '市先进性教育活动第三督导组', fingerprint: print });
  await supervisorShot(page, '05-key');
  if (!key.ok) return;

  // 验收, and the signed receipt: the unit reads it with the key it trusts; another unit cannot.
  await desk.go('各单位进度');
  const receipt = await desk.accept('东城区商务局', '分析评议各步骤扎实，同意转入整改提高阶段');
  expect(receipt.name).toBe('东城区商务局-分析评议阶段-验收回执-2005-09-20.pytr');
  const read = await readReceipt(receipt.bytes, { unitId: east.unitId, trusted: [key.value] });
  expect(read.ok && read.value).toMatchObject({
    unit: { id: east.unitId, name: '东城区商务局' },
    stageId: 'analysis',
    passed: true,
    date: '2005-09-20',
    supervisor: '刘振华',
    group: '市先进性教育活动第三督导组',
    opinion: '分析评议各步骤扎实，同意转入整改提高阶段',
  });
  const other = await readReceipt(receipt.bytes, { unitId: west.unitId, trusted: [key.value] });
  expect(other.ok).toBe(false);
  await expect(desk.boardRow('东城区商务局')).toContainText('已签发回执');
  await desk.go('验收与回执');
  await expect(page.getByTestId('issued')).toContainText('东城区商务局');
  await expect(page.getByTestId('issued')).toContainText('合格');
  await supervisorShot(page, '06-acceptances');

  // The report upwards, as Word and as Excel.
  await desk.go('各单位进度');
  let download = page.waitForEvent('download');
  await page.getByRole('button', { name: '进度报告（Word）' }).click();
  const docx = unzipSync(await downloaded(await download));
  const text = new TextDecoder().decode(docx['word/document.xml']);
  expect(text).toContain('东城区商务局');
  expect(text).toContain('服务对象意见征求得广');
  download = page.waitForEvent('download');
  await page.getByRole('button', { name: '进度表（Excel）' }).click();
  const xlsx = unzipSync(await downloaded(await download));
  expect(Object.keys(xlsx)).toContain('xl/workbook.xml');
  expect(logged, 'the console stays clean').toEqual([]);
});
